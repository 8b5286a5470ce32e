package dev.tidings.browse;

import dev.tidings.browse.query.Query;
import dev.tidings.browse.query.QueryContext;
import dev.tidings.browse.query.QueryException;
import dev.tidings.model.TimelineEntry;
import java.time.Clock;
import java.util.function.Predicate;

/**
 * The filter's text as typed; what it matches is the {@link Query} it parses into (see {@link
 * Query} for the grammar: words in the title, excerpt, provider and topics ignoring case and
 * accents, phrases, {@code -} and {@code |}, fzf's marks, qualifiers). An empty or blank text
 * matches everything. A text that is not a query ({@link #parse()} throws) leaves the session
 * showing the last result of a valid one.
 *
 * @param query the text as typed; never null
 */
public record Filter(String query) {

  /** The filter that matches every article. */
  public static final Filter NONE = new Filter("");

  /** @throws NullPointerException if {@code query} is null */
  public Filter {
    java.util.Objects.requireNonNull(query, "query");
  }

  /** @return whether the text is blank, so that the filter matches everything */
  public boolean isEmpty() {
    return query.isBlank();
  }

  /**
   * @return the query the text parses into; {@link Query#isEmpty() empty} for blank text
   * @throws QueryException if the text is not a query, with where and why
   */
  public Query parse() throws QueryException {
    return Query.parse(query);
  }

  /**
   * @param entry a timeline row; never null
   * @return whether the query matches the row, with dates in the system's zone and nothing marked
   *     or linked; false for a text that is not a query
   */
  public boolean matches(TimelineEntry entry) {
    return matcher().test(entry);
  }

  /**
   * The filter as a predicate, parsed once, for testing many rows (tests and tools; the session
   * uses {@link Query#matcher(QueryContext)} with its own context).
   *
   * @return whether a row matches, with dates in the system's zone and nothing marked or linked;
   *     a text that is not a query matches no row; never null
   */
  public Predicate<TimelineEntry> matcher() {
    try {
      return parse().matcher(QueryContext.of(Clock.systemDefaultZone()));
    } catch (QueryException notAQuery) {
      return entry -> false;
    }
  }

  /**
   * Whether every row this filter matches is matched by {@code wider} too ({@link
   * Query#narrows}); false when either is not a query.
   *
   * @param wider another filter; never null
   * @return true when this filter is at least as narrow as {@code wider}
   */
  public boolean narrows(Filter wider) {
    try {
      return parse().narrows(wider.parse());
    } catch (QueryException notAQuery) {
      return false;
    }
  }
}
