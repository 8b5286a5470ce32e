package dev.tidings.browse.query;

import dev.tidings.model.SearchText.Field;
import dev.tidings.model.TextPattern;
import dev.tidings.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A parsed query of the filter, {@code --query} and {@code tidings list}. The grammar (the
 * README's "Queries" table shows it with examples):
 *
 * <ul>
 *   <li>Terms are separated by white space; a row must match every term. Terms joined by a
 *       standalone {@code |} form a group that matches when any of them does ({@code a | b c} is
 *       (a or b) and c, as in fzf).
 *   <li>A word matches when it is a substring of the title, the excerpt, the provider's name or
 *       domain, or a topic, ignoring case and accents ({@link dev.tidings.model.Folding}: {@code
 *       cafe} finds {@code Café}); {@code "an exact phrase"} the same with its spaces. fzf's
 *       marks: {@code 'word} (or {@code 'word'}) matches a whole word only, {@code ^prefix} at the
 *       start of a field, {@code suffix$} at its end, {@code ^whole$} a whole field; each also
 *       around a phrase.
 *   <li>{@code -term} or {@code !term} matches the rows the term does not.
 *   <li>Qualifiers (names in any case): {@code title:} (the title only, with the marks above),
 *       {@code provider:} (name or domain), {@code topic:} (a topic's whole name, quoted when it
 *       has spaces: {@code topic:"AI Ethics"}), {@code site:} (the URL's host or a subdomain of
 *       it), {@code since:} and {@code until:} (a day {@code 2021-12-10}, month {@code 2021-12},
 *       year {@code 2021} in the zone dates are shown in, {@code today}, {@code yesterday}, or a
 *       time ago {@code 7d}, {@code 24h}, {@code 2w}; {@code until:} takes the whole day, month or
 *       year), {@code quality:} and {@code heat:} ({@code 80}, {@code >80}, {@code >=80}, {@code
 *       <20}, {@code <=20}, {@code 50..90}, {@code 50..}, {@code ..90}, inclusive), {@code
 *       is:marked}, {@code is:linked} (a related story is an article of the timeline), {@code
 *       is:undated}, {@code is:repaired}, {@code has:related}, {@code is:unread}, {@code
 *       is:read}, {@code is:new} (unread and arrived since the previous run). Rows without a
 *       date or score never
 *       match a date or score qualifier (and always match its negation). A word with a colon that
 *       is not a qualifier ({@code 10:30}, {@code https://}) is a word.
 * </ul>
 *
 * <p>Immutable and thread-safe. Two queries are equal when they have the same terms in the same
 * order, however they were spaced or spelled ({@code IPO  sense} equals {@code ipo sense}).
 */
public final class Query {

  /** The empty query, which matches every row. */
  public static final Query ALL = new Query("", List.of());

  private final String text;
  private final List<Clause> clauses;

  private Query(String text, List<Clause> clauses) {
    this.text = text;
    this.clauses = List.copyOf(clauses);
  }

  /**
   * Parses a query.
   *
   * @param text the query as typed; never null
   * @return the query; {@link #isEmpty() empty} for blank text
   * @throws QueryException if the text is not a query: the position and what is expected there
   *     (an unknown {@code is:} value, a date or number that is not one, an unclosed {@code "}, a
   *     {@code |} or {@code -} with nothing to apply to, an empty qualifier value)
   */
  public static Query parse(String text) throws QueryException {
    Objects.requireNonNull(text, "text");
    return new Query(text, QueryParser.parse(text));
  }

  /** @return the text the query was parsed from; never null */
  public String text() {
    return text;
  }

  /** @return whether the query has no terms, so that it matches every row */
  public boolean isEmpty() {
    return clauses.isEmpty();
  }

  /**
   * The query as a test of rows. Relative dates ({@code today}, {@code 7d}) are fixed now, from
   * the context's clock.
   *
   * @param context the clock, zone and lookups; never null
   * @return whether a row matches; never null, safe to call from several threads at once when the
   *     context's lookups are
   */
  public Predicate<TimelineEntry> matcher(QueryContext context) {
    Objects.requireNonNull(context, "context");
    return RowMatcher.of(clauses, context);
  }

  /**
   * The query as a test of rows already known to match {@code wider}, such as the rows of
   * {@code wider}'s result when this query {@link #narrows} it: the terms {@code wider} already
   * guarantees are not tested again (typing {@code c} after {@code market } tests only {@code c}).
   *
   * @param context the clock, zone and lookups; never null
   * @param wider a query every row given to the test matches; never null
   * @return the test; on rows that do not match {@code wider} its answer means nothing
   */
  public Predicate<TimelineEntry> matcher(QueryContext context, Query wider) {
    Objects.requireNonNull(context, "context");
    List<Clause> rest = new ArrayList<>();
    for (Clause clause : clauses) {
      if (!Implication.impliedByAny(wider.clauses, clause)) {
        rest.add(clause);
      }
    }
    return RowMatcher.of(rest, context);
  }

  /**
   * Whether every row this query matches is matched by {@code wider}, whatever the rows and the
   * context, so that this query can be applied to {@code wider}'s result instead of the whole
   * timeline: each term of {@code wider} follows from a term of this one (as when a character is
   * typed at the end of a word, or a term is added). Conservative: false when not sure.
   *
   * @param wider another query; never null
   * @return true when this query is at least as narrow as {@code wider}
   */
  public boolean narrows(Query wider) {
    return Implication.query(clauses, wider.clauses);
  }

  /**
   * Whether the query asks about the session's state ({@code is:marked}, {@code is:linked}, {@code
   * is:unread}, {@code is:read}, {@code is:new}), so
   * that the same query may match other rows later without the timeline changing: its results
   * are not to be kept for reuse, nor narrowed.
   *
   * @return true when it has such a term
   */
  public boolean dependsOnSession() {
    for (Clause clause : clauses) {
      for (Term term : clause.anyOf()) {
        if (term.condition() instanceof Condition.FlagIs flag && flag.flag().ofSession()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The ranges of a shown text that the query's words, phrases and qualifiers for that field
   * match, to draw them highlighted; negated terms highlight nothing.
   *
   * @param field the field the text is shown for: {@link Field#TITLE} for a title, {@link
   *     Field#EXCERPT} for an excerpt, {@link Field#PROVIDER} for a provider's name
   * @param shownText the text as drawn (sanitized); never null
   * @return the ranges in UTF-16 {@code char} indices of {@code shownText}, in order, neither
   *     overlapping nor touching; never null, empty when nothing matches
   */
  public List<Highlight> highlights(Field field, String shownText) {
    Objects.requireNonNull(field, "field");
    List<TextPattern> patterns = new ArrayList<>();
    for (Clause clause : clauses) {
      for (Term term : clause.anyOf()) {
        if (!term.negated() && term.condition() instanceof Condition.Text text) {
          patterns.add(text.pattern());
        }
      }
    }
    return Highlighter.highlights(patterns, field, shownText);
  }

  /** Equal when the terms are, whatever the spacing and case of the text. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Query that && clauses.equals(that.clauses);
  }

  @Override
  public int hashCode() {
    return clauses.hashCode();
  }

  @Override
  public String toString() {
    return "Query[" + text + "]";
  }
}
