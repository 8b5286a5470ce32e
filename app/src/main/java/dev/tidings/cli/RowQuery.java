package dev.tidings.cli;

import dev.tidings.browse.query.Query;
import dev.tidings.browse.query.QueryContext;
import dev.tidings.browse.query.QueryException;
import dev.tidings.cli.output.Escapes;
import dev.tidings.model.TimelineEntry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The one place where the command line turns the text of {@code --query} into a test of timeline
 * rows, for {@code tidings list} and {@code tidings --query}: {@link #compile} gives a matcher, or
 * the message and position of what is wrong with the text. The text is parsed by {@link
 * Query#parse} (the query language of the interactive filter); without a session no row is marked
 * or linked and nothing unread or new, so {@code is:marked}, {@code is:linked}, {@code is:unread}
 * and {@code is:new} match nothing (and {@code is:read} every row).
 */
final class RowQuery {

  private RowQuery() {}

  /** What {@link #compile} makes of a query's text: a {@link Valid} or an {@link Invalid}. */
  sealed interface Compiled permits Valid, Invalid {}

  /**
   * A query that can be run.
   *
   * @param matcher whether a row matches; never null
   */
  record Valid(Predicate<TimelineEntry> matcher) implements Compiled {

    /** @throws NullPointerException if {@code matcher} is null */
    Valid {
      Objects.requireNonNull(matcher, "matcher");
    }
  }

  /**
   * A query text that is not a query.
   *
   * @param message what is wrong, such as {@code since: expects a date such as 2021-12-10 or 7d};
   *     never null
   * @param position where in the text, as an index of its UTF-16 code units (0 for the first
   *     character, the text's length for its end); never negative
   */
  record Invalid(String message, int position) implements Compiled {

    /**
     * @throws NullPointerException if {@code message} is null
     * @throws IllegalArgumentException if {@code position} is negative
     */
    Invalid {
      Objects.requireNonNull(message, "message");
      if (position < 0) {
        throw new IllegalArgumentException("position must not be negative: " + position);
      }
    }

    /**
     * @param text the query's text; never null
     * @return one line for stderr, without the {@code tidings: } prefix, naming the character
     *     where the query goes wrong (counted from 1, in code points) and the rest of the text
     *     from there (at most 20 code points), escaped for a terminal: {@code bad query at
     *     character 7 ("since:zz"): since: expects a date such as 2021-12-10 or 7d}
     */
    String describe(String text) {
      int at = Math.min(position, text.length());
      int rest = Math.min(20, text.codePointCount(at, text.length()));
      String from = text.substring(at, text.offsetByCodePoints(at, rest));
      return "bad query at character "
          + (text.codePointCount(0, at) + 1)
          + (from.isEmpty() ? " (its end)" : " (\"" + Escapes.printable(from) + "\")")
          + ": "
          + Escapes.printable(message);
    }
  }

  /** Compiles query texts: {@link RowQuery#compile}, or a stand-in in tests. */
  @FunctionalInterface
  interface Compiler {

    /**
     * @param text the query's text as given; never null
     * @param zone the zone dates are shown in, for dates in the query; never null
     * @param clock now, for relative dates in the query ({@code 7d}); never null
     * @return the matcher, or what is wrong with the text; never null
     */
    Compiled compile(String text, ZoneId zone, Clock clock);
  }

  /**
   * Turns a query's text into a matcher of timeline rows. An empty text matches every row.
   *
   * @param text the query's text as given; never null
   * @param zone the zone dates are shown in, for dates in the query; never null
   * @param clock now, for relative dates in the query; never null
   * @return the matcher, or what is wrong with the text; never null
   */
  static Compiled compile(String text, ZoneId zone, Clock clock) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(clock, "clock");
    try {
      Query query = Query.parse(text);
      return new Valid(query.matcher(QueryContext.of(clock.withZone(zone))));
    } catch (QueryException e) {
      return new Invalid(e.getMessage(), Math.max(0, e.position()));
    }
  }
}
