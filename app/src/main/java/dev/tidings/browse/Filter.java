package dev.tidings.browse;

import dev.tidings.model.SearchText;
import dev.tidings.model.TextPattern;
import dev.tidings.model.TimelineEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A filter over the timeline: an article matches when its title, provider or topics contain every
 * word of the query, ignoring case (lower-cased with {@link Locale#ROOT}). Words are separated by
 * white space; an empty query matches everything. The excerpt is not searched: it is not in the
 * compact timeline index, which must stay small for a million articles.
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

  /** @return the lower-cased words of the query; empty when it has none */
  public List<String> words() {
    String trimmed = query.strip();
    if (trimmed.isEmpty()) {
      return List.of();
    }
    return Arrays.asList(trimmed.toLowerCase(Locale.ROOT).split("\\s+"));
  }

  /**
   * @param text typed text; never null
   * @return this filter with {@code text} typed at the end of the query
   */
  public Filter append(String text) {
    return new Filter(query + text);
  }

  /** @return this filter without the last character of the query (a whole code point) */
  public Filter deleteChar() {
    return query.isEmpty()
        ? this
        : new Filter(query.substring(0, query.offsetByCodePoints(query.length(), -1)));
  }

  /** @return this filter without the last word of the query and the spaces after it */
  public Filter deleteWord() {
    String trimmed = query.stripTrailing();
    return new Filter(trimmed.substring(0, trimmed.lastIndexOf(' ') + 1));
  }

  /** @return whether the query has no words, so that it matches everything */
  public boolean isEmpty() {
    return query.isBlank();
  }

  /**
   * @param entry a timeline row; never null
   * @return whether every word occurs in the row's search text
   */
  public boolean matches(TimelineEntry entry) {
    return matcher().test(entry);
  }

  /**
   * The filter as a predicate with the words split once, for testing many rows.
   *
   * @return whether a row's search text holds every word; never null
   */
  public Predicate<TimelineEntry> matcher() {
    List<TextPattern> patterns = words().stream().map(TextPattern::anywhere).toList();
    TextPattern.Prefilter prefilter = TextPattern.Prefilter.all(patterns);
    return entry -> {
      SearchText text = entry.searchText();
      if (!text.mayMatch(prefilter)) {
        return false;
      }
      for (TextPattern pattern : patterns) {
        if (!text.find(pattern)) {
          return false;
        }
      }
      return true;
    };
  }

  /**
   * Whether every row this filter matches is matched by {@code wider} too, so that this filter
   * can be applied to {@code wider}'s result instead of the whole timeline: each word of {@code
   * wider} is part of a word of this one (as when a character is typed at the end).
   *
   * @param wider another filter; never null
   * @return true when this filter is at least as narrow as {@code wider}
   */
  public boolean narrows(Filter wider) {
    List<String> mine = words();
    for (String word : wider.words()) {
      boolean contained = false;
      for (String own : mine) {
        if (own.contains(word)) {
          contained = true;
          break;
        }
      }
      if (!contained) {
        return false;
      }
    }
    return true;
  }
}
