package dev.tidings.browse;

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
    String[] words = words().toArray(String[]::new);
    TimelineEntry.SearchMask wanted = TimelineEntry.SearchMask.of(String.join("\n", words));
    return entry -> {
      if (!entry.searchMask().mayContain(wanted)) {
        return false;
      }
      String text = entry.searchText();
      for (String word : words) {
        if (!text.contains(word)) {
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
