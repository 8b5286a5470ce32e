package dev.tidings.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of the timeline index: what the timeline, the filter and marks need of an article, and
 * no more (no excerpt, images or related stories, so that a million rows fit in memory). The full
 * article is fetched from the repository when it is shown.
 *
 * @param key the file version the row was built from; never null
 * @param published when the article was published (UTC instant), or the date that stands in for
 *     an undated one; null only when none is known
 * @param dateSource where {@code published} comes from; never null
 * @param title the title as read; never null
 * @param provider the provider's display name; never null, may be empty
 * @param url the article's URL ({@link Article#url()}); null when it has none
 * @param searchText title, provider and topics, lower-cased with {@link Locale#ROOT}, one per
 *     line; never null
 * @param searchMask {@link #searchMask(String)} of {@code searchText}, so that a filter can rule
 *     out most rows without reading their text
 */
public record TimelineEntry(
    FileKey key,
    Instant published,
    DateSource dateSource,
    String title,
    String provider,
    String url,
    String searchText,
    SearchMask searchMask) {

  /**
   * Which characters and pairs of adjacent characters a text holds, as two 64-bit sets of hashed
   * bits: a text that contains a word holds every character and pair of the word, so a row whose
   * mask lacks one of the word's bits cannot contain it. (The idea of a Bloom filter; here it
   * spares the filter most of the substring searches for rare letters and pairs.)
   *
   * @param chars bits of the characters
   * @param pairs bits of the pairs of adjacent characters on one line
   */
  public record SearchMask(long chars, long pairs) {

    /**
     * @param text any text; never null
     * @return its mask
     */
    public static SearchMask of(String text) {
      long chars = 0;
      long pairs = 0;
      char previous = '\n';
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        chars |= 1L << bit(c);
        if (previous != '\n' && c != '\n') {
          pairs |= 1L << bit(previous * 31 + c);
        }
        previous = c;
      }
      return new SearchMask(chars, pairs);
    }

    /** @return whether every bit of {@code word}'s mask is in this one */
    public boolean mayContain(SearchMask word) {
      return (chars & word.chars) == word.chars && (pairs & word.pairs) == word.pairs;
    }

    private static int bit(int value) {
      // Fibonacci hashing to 6 bits: spreads neighbouring characters over the 64 bits.
      return (value * 0x9E3779B1) >>> 26;
    }
  }

  /**
   * A row whose search mask is computed from its search text.
   *
   * @throws NullPointerException if a non-nullable component is null
   */
  public TimelineEntry(
      FileKey key,
      Instant published,
      DateSource dateSource,
      String title,
      String provider,
      String url,
      String searchText) {
    this(
        key,
        published,
        dateSource,
        title,
        provider,
        url,
        searchText,
        SearchMask.of(Objects.requireNonNull(searchText, "searchText")));
  }

  /**
   * Timeline order: newest first, undated articles last, then by title and by path so that the
   * order is total and stable.
   */
  public static final Comparator<TimelineEntry> NEWEST_FIRST =
      Comparator.comparing(
              TimelineEntry::published, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
          .thenComparing(TimelineEntry::title)
          .thenComparing(entry -> entry.key().path());

  /** @throws NullPointerException if a non-nullable component is null */
  public TimelineEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(searchText, "searchText");
    Objects.requireNonNull(searchMask, "searchMask");
  }

  /**
   * Builds a row, with its search text: the title, the provider and each topic on a line of its
   * own, lower-cased with {@link Locale#ROOT}.
   *
   * @param key the file version the row is built from; never null
   * @param published when the article was published (UTC instant), or the date that stands in for
   *     an undated one; null only when none is known
   * @param dateSource where {@code published} comes from; never null
   * @param title the title as read; never null
   * @param provider the provider's display name; never null, may be empty
   * @param url the article's URL ({@link Article#urlOf}); null when it has none
   * @param topics the topics as read; never null
   * @return the row; never null
   * @throws NullPointerException if a non-nullable argument is null
   */
  public static TimelineEntry of(
      FileKey key,
      Instant published,
      DateSource dateSource,
      String title,
      String provider,
      String url,
      List<String> topics) {
    StringBuilder search =
        new StringBuilder(title.length() + provider.length() + 32)
            .append(title)
            .append('\n')
            .append(provider);
    for (String topic : topics) {
      search.append('\n').append(topic);
    }
    return new TimelineEntry(
        key,
        published,
        dateSource,
        title,
        provider,
        url,
        search.toString().toLowerCase(Locale.ROOT));
  }
}
