package dev.tidings.browse;

import dev.tidings.repository.TimelineEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A filter over the timeline: an article matches when its title, excerpt, provider or topics
 * contain every word of the query, ignoring case (lower-cased with {@link Locale#ROOT}). Words are
 * separated by white space; an empty query matches everything.
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

  /** @return this filter with {@code text} typed at the end of the query */
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
   * @param entry a timeline row
   * @return whether every word occurs in the row's search text
   */
  public boolean matches(TimelineEntry entry) {
    for (String word : words()) {
      if (!entry.searchText().contains(word)) {
        return false;
      }
    }
    return true;
  }
}
