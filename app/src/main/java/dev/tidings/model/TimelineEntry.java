package dev.tidings.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One row of the timeline index: what the timeline, the filter and marks need of an article, and
 * no more (no images or related stories, and the excerpt only in its folded, searchable form), so
 * that a million rows fit in memory. The full article is fetched from the repository when it is
 * shown.
 *
 * @param key the file version the row was built from; never null
 * @param published when the article was published (UTC instant), or the date that stands in for
 *     an undated one; null only when none is known
 * @param dateSource where {@code published} comes from; never null
 * @param title the title as read; never null
 * @param provider the provider's display name; never null, may be empty
 * @param url the article's URL ({@link Article#url()}); null when it has none
 * @param providerDomain the provider's domain as read, such as {@code forbes.com}; null when none
 * @param host the host of {@code url}, lower-cased, such as {@code www.forbes.com}; null when the
 *     row has no URL or the URL is not an absolute http(s) URL with a host
 * @param topics the topics as read, in file order; never null, immutable
 * @param quality the source's quality score; null when missing or not an integer
 * @param heat the source's heat score; null when missing or not an integer
 * @param hasRelated whether the article names related stories
 * @param repaired whether the file needed a repair to be read (it has notes, see {@link Problem})
 * @param searchText the folded title, provider, domain, topics and excerpt the filter searches;
 *     never null
 */
public record TimelineEntry(
    FileKey key,
    Instant published,
    DateSource dateSource,
    String title,
    String provider,
    String url,
    String providerDomain,
    String host,
    List<String> topics,
    Integer quality,
    Integer heat,
    boolean hasRelated,
    boolean repaired,
    SearchText searchText) {

  /**
   * Which characters and pairs of adjacent characters a text holds, as two 64-bit sets of bits: a
   * text that contains a word holds every character and pair of the word, so a row whose mask
   * lacks one of the word's bits cannot contain it. (The idea of a Bloom filter; here it spares
   * the filter most of the substring searches for rare letters and pairs.) Masks are taken over the
   * UTF-8 bytes of a text: each of the letters {@code a}-{@code z} and the digits has a bit of its
   * own, other bytes share the rest by a hash; pairs are hashed, and no pair spans a line end (or
   * another byte below U+0020, which separates the fields of a {@link SearchText}).
   *
   * @param chars bits of the characters
   * @param pairs bits of the pairs of adjacent characters on one line
   */
  public record SearchMask(long chars, long pairs) {

    /** The bit of each byte value; 0 for bytes below 0x20, which separate lines and fields. */
    private static final long[] CHAR_BITS = new long[256];

    static {
      for (int b = 0x20; b < 256; b++) {
        int bit;
        if (b >= 'a' && b <= 'z') {
          bit = b - 'a';
        } else if (b >= '0' && b <= '9') {
          bit = 26 + b - '0';
        } else {
          // The other 28 bits, by Fibonacci hashing: upper-case letters, punctuation, UTF-8.
          bit = 36 + (int) (((b * 0x9E3779B1L) & 0xFFFFFFFFL) * 28 >>> 32);
        }
        CHAR_BITS[b] = 1L << bit;
      }
    }

    /**
     * @param text any text; never null
     * @return the mask of its UTF-8 bytes ({@link #ofUtf8})
     */
    public static SearchMask of(String text) {
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      return ofUtf8(bytes, 0, bytes.length);
    }

    /**
     * @param bytes UTF-8 text; never null
     * @param from the first byte
     * @param to after the last byte
     * @return the mask of {@code bytes[from, to)}
     */
    public static SearchMask ofUtf8(byte[] bytes, int from, int to) {
      long chars = 0;
      long pairs = 0;
      int previous = -1;
      for (int i = from; i < to; i++) {
        int b = bytes[i] & 0xFF;
        if (b < 0x20) {
          previous = -1;
          continue;
        }
        chars |= CHAR_BITS[b];
        if (previous >= 0) {
          pairs |= pairBit(previous, b);
        }
        previous = b;
      }
      return new SearchMask(chars, pairs);
    }

    /** @return whether every bit of {@code word}'s mask is in this one */
    public boolean mayContain(SearchMask word) {
      return (chars & word.chars) == word.chars && (pairs & word.pairs) == word.pairs;
    }

    /** @return the bit of a pair of bytes, by Fibonacci hashing to 6 bits */
    static long pairBit(int first, int second) {
      return 1L << ((first * 31 + second) * 0x9E3779B1 >>> 26);
    }
  }

  /**
   * A row of title, provider and URL whose search text is given in the form rows had before they
   * carried excerpts: lines of the title, the provider and each topic (each line is folded again).
   * For tests and small tools; it has no domain, host, topics, scores or flags.
   *
   * @param searchText the title, the provider and the topics, one per line; never null
   * @throws NullPointerException if a non-nullable argument is null
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
        null,
        null,
        List.of(),
        null,
        null,
        false,
        false,
        linesText(Objects.requireNonNull(searchText, "searchText")));
  }

  private static SearchText linesText(String searchText) {
    String[] lines = searchText.split("\n", -1);
    List<String> topics = List.of(lines).subList(Math.min(2, lines.length), lines.length);
    return SearchText.of(lines[0], lines.length > 1 ? lines[1] : "", null, topics, null);
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
    topics = List.copyOf(topics);
    Objects.requireNonNull(searchText, "searchText");
  }

  /**
   * The row's mask of characters and pairs, which a filter tests before reading its text.
   *
   * @return {@link SearchText#mask()}; never null
   */
  public SearchMask searchMask() {
    return searchText.mask();
  }

  /**
   * Builds a row from the fields of an article with its search text in an array of its own; large
   * corpora build theirs with a {@link SearchTextWriter}.
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
    return new TimelineEntry(
        key,
        published,
        dateSource,
        title,
        provider,
        url,
        null,
        null,
        topics,
        null,
        null,
        false,
        false,
        SearchText.of(title, provider, null, topics, null));
  }
}
