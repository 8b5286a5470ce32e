package dev.tidings.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the filter searches in one row: its title, provider name, provider domain, topics and
 * excerpt, each {@linkplain Folding folded}, as UTF-8 bytes in a slice of a byte array that many
 * rows share ({@link SearchTextWriter}), so that the excerpts of 100,000 rows are not 100,000
 * strings. Immutable once built.
 *
 * <p>Layout of the slice: {@value #BLOOM_BYTES} bytes of a Bloom filter, then each field as a tag
 * byte ({@link Field#tag()}, below U+0020 and so never part of folded text) followed by its
 * folded bytes, in the order title, provider, domain, each topic, excerpt. The filter holds one
 * bit (of {@value #BLOOM_BITS}) for every pair of adjacent bytes of a field, for the first byte of
 * a title or topic after its tag and for the last byte of every field before its end; a pattern
 * whose pairs are not all in it cannot match, so most rows are ruled out after reading a few
 * bytes. Fields are cut when folded: an excerpt after {@value SearchTextWriter#MAX_EXCERPT_BYTES}
 * bytes, other fields after {@value SearchTextWriter#MAX_FIELD_BYTES}.
 */
public final class SearchText {

  /** The searchable fields of a row. */
  public enum Field {
    /** The title. */
    TITLE,
    /** The provider's display name. */
    PROVIDER,
    /** The provider's domain. */
    DOMAIN,
    /** One topic's name; a row has any number. */
    TOPIC,
    /** The excerpt, its HTML character references decoded. */
    EXCERPT;

    /** @return the byte that starts this field in the layout: 1 for the title, and so on */
    public byte tag() {
      return (byte) (ordinal() + 1);
    }
  }

  /** Size of the Bloom filter at the start of each slice. */
  public static final int BLOOM_BYTES = 128;

  /** Bits of the Bloom filter: {@code BLOOM_BYTES * 8}, a power of two. */
  public static final int BLOOM_BITS = BLOOM_BYTES * 8;

  /** The stand-in for "end of field" when a pair's bit is computed. */
  static final int END = 0;

  private final byte[] bytes;
  private final int offset;
  private final int length;
  private final long chars;
  private final long pairs;

  SearchText(byte[] bytes, int offset, int length, long chars, long pairs) {
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
    this.chars = chars;
    this.pairs = pairs;
  }

  /**
   * A search text in an array of its own, for rows built one at a time (tests, small corpora).
   * Large corpora use a {@link SearchTextWriter}.
   *
   * @param title the title; never null
   * @param provider the provider's display name; never null
   * @param domain the provider's domain; null when none
   * @param topics the topics; never null
   * @param excerpt the excerpt; null when none
   * @return the search text; never null
   */
  public static SearchText of(
      String title, String provider, String domain, List<String> topics, String excerpt) {
    return new SearchTextWriter(0).add(title, provider, domain, topics, excerpt);
  }

  /**
   * The bit of a pair of bytes (or of a tag and a byte, or a byte and {@link #END}) in the Bloom
   * filter, by Fibonacci hashing.
   */
  static int bloomBit(int first, int second) {
    return (first << 8 | second) * 0x9E3779B1 >>> (32 - Integer.numberOfTrailingZeros(BLOOM_BITS));
  }

  /** @return the mask of characters and pairs of the fields' bytes; never null */
  public TimelineEntry.SearchMask mask() {
    return new TimelineEntry.SearchMask(chars, pairs);
  }

  /** @return the bytes this text takes in its shared array, Bloom filter included */
  public int size() {
    return length;
  }

  /**
   * Whether a row with this text may match patterns whose {@link TextPattern.Prefilter} this is:
   * false means it cannot. Reads the masks and a few bytes of the Bloom filter.
   *
   * @param prefilter the patterns' combined bits; never null
   * @return false when some pattern cannot match
   */
  public boolean mayMatch(TextPattern.Prefilter prefilter) {
    if ((chars & prefilter.chars()) != prefilter.chars()
        || (pairs & prefilter.pairs()) != prefilter.pairs()) {
      return false;
    }
    int[] bits = prefilter.bloomBits();
    for (int bit : bits) {
      if ((bytes[offset + (bit >>> 3)] & 1 << (bit & 7)) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the pattern matches one of this text's fields that it searches.
   *
   * @param pattern a pattern; never null
   * @return true when it matches; an empty pattern matches every text
   */
  public boolean matches(TextPattern pattern) {
    return mayMatch(pattern.prefilter()) && find(pattern);
  }

  /**
   * {@link #matches} without the prefilter: for a pattern whose {@link TextPattern.Prefilter} was
   * already checked with {@link #mayMatch}.
   *
   * @param pattern a pattern; never null
   * @return true when it matches
   */
  public boolean find(TextPattern pattern) {
    byte[] needle = pattern.needle();
    if (needle.length == 0) {
      return true;
    }
    int end = offset + length;
    int from = offset + BLOOM_BYTES;
    int fields = pattern.fieldMask();
    if (fields == TextPattern.ALL_FIELDS) {
      return find(pattern, needle, from, end);
    }
    // Field by field: only those the pattern searches.
    int i = from;
    while (i < end) {
      int tag = bytes[i];
      int fieldEnd = fieldEnd(i + 1, end);
      if ((fields & 1 << (tag - 1)) != 0 && find(pattern, needle, i + 1, fieldEnd)) {
        return true;
      }
      i = fieldEnd;
    }
    return false;
  }

  /** @return the index of the next tag at or after {@code from}, else {@code end} */
  private int fieldEnd(int from, int end) {
    int i = from;
    while (i < end && (bytes[i] >= 0x20 || bytes[i] < 0)) {
      i++;
    }
    return i;
  }

  /**
   * Searches {@code bytes[from, to)}, which may span fields, for a match of the pattern; the byte
   * before {@code from} is in the slice (a tag at least), and {@code to} ends a field.
   */
  private boolean find(TextPattern pattern, byte[] needle, int from, int to) {
    byte[] b = bytes;
    int n = needle.length;
    byte first = needle[0];
    int last = to - n;
    TextPattern.Mode mode = pattern.mode();
    for (int i = from; i <= last; i++) {
      if (b[i] != first) {
        continue;
      }
      int j = 1;
      while (j < n && b[i + j] == needle[j]) {
        j++;
      }
      if (j == n && mode.accepts(b[i - 1], i + n < to ? b[i + n] : END)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The fields as text, for tests and diagnostics.
   *
   * @return each field's folded text, in layout order, joined by line ends; never null
   */
  public String text() {
    StringBuilder text = new StringBuilder(length);
    int end = offset + length;
    int i = offset + BLOOM_BYTES;
    while (i < end) {
      int fieldEnd = fieldEnd(i + 1, end);
      if (i > offset + BLOOM_BYTES) {
        text.append('\n');
      }
      text.append(new String(bytes, i + 1, fieldEnd - i - 1, StandardCharsets.UTF_8));
      i = fieldEnd;
    }
    return text.toString();
  }

  /**
   * The folded text of each field of one kind, in layout order.
   *
   * @param field the field
   * @return its texts; never null
   */
  public List<String> fields(Field field) {
    List<String> found = new ArrayList<>();
    int end = offset + length;
    int i = offset + BLOOM_BYTES;
    while (i < end) {
      int tag = bytes[i];
      int fieldEnd = fieldEnd(i + 1, end);
      if (tag == field.tag()) {
        found.add(new String(bytes, i + 1, fieldEnd - i - 1, StandardCharsets.UTF_8));
      }
      i = fieldEnd;
    }
    return found;
  }

  /** Equal when the bytes of the slices are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof SearchText that
        && Arrays.equals(
            bytes, offset, offset + length, that.bytes, that.offset, that.offset + that.length);
  }

  /** A hash of the length and the masks, which equal texts share; cheap for long texts. */
  @Override
  public int hashCode() {
    return Long.hashCode(chars * 31 + pairs) * 31 + length;
  }

  @Override
  public String toString() {
    return "SearchText[" + text().replace('\n', '|') + "]";
  }
}
