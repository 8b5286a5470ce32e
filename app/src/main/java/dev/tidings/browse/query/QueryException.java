package dev.tidings.browse.query;

/**
 * A query that cannot be parsed: where it goes wrong and what is expected there, in words meant
 * for the status line, such as {@code since: expects a date such as 2021-12-10 or 7d}. Every
 * malformed query gives one; the parser throws nothing else.
 */
public final class QueryException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int position;

  /**
   * @param position where the problem starts, as an index of a {@code char} of the query, from 0
   *     (the query's length when it is at the end)
   * @param message what is wrong, without the position; never null
   */
  public QueryException(int position, String message) {
    super(message);
    this.position = position;
  }

  /**
   * @return where the problem starts: the index of a {@code char} of the query, from 0; the
   *     query's length when something is missing at its end
   */
  public int position() {
    return position;
  }

  /**
   * The message with its place, for output that does not show the query next to it, such as
   * {@code tidings list}'s error.
   *
   * @return such as {@code column 7: since: expects a date such as 2021-12-10 or 7d}
   */
  public String describe() {
    return "column " + (position + 1) + ": " + getMessage();
  }
}
