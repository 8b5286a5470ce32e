package dev.tidings.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the filter searches in one row: its title, provider name, provider domain, topics and
 * excerpt, each {@linkplain Folding folded}, as UTF-8 bytes in a slice of an array that many rows
 * share ({@link SearchTextWriter}), so that the excerpts of 100,000 rows are not 100,000 strings.
 * Immutable once built.
 *
 * <p>The array is a {@code long[]} holding 8 bytes per element, the first byte in the lowest bits
 * (little-endian), so that a search reads 8 bytes at a time and finds the bytes equal to a
 * pattern's first two bytes with a few arithmetic operations per 8 bytes ("SWAR", the zero-byte
 * test of Hacker's Delight 6-1); each slice starts at an element. Layout of a slice: {@value
 * #BLOOM_BYTES} bytes of a Bloom filter, then each field as a tag byte ({@link Field#tag()}, below
 * U+0020 and so never part of folded text) followed by its folded bytes, in the order title,
 * provider, domain, each topic, excerpt; zero bytes pad the slice to a whole element. The filter
 * holds one bit (of {@value #BLOOM_BITS}) for every pair of adjacent bytes of a field, for the
 * first byte of a title or topic after its tag and for the last byte of every field before its
 * end; a pattern whose pairs are not all in it cannot match, so most rows that lack a word are
 * ruled out after reading a few bytes. Pairs of lower-case letters have a bit each, and the row's
 * {@link TimelineEntry.SearchMask} a bit for each letter and digit, so that a pattern of one
 * letter or digit, or of two letters, is decided by the bits alone ({@link
 * TextPattern#isDecidedByPrefilter()}). Fields are cut when folded: an excerpt after {@value
 * SearchTextWriter#MAX_EXCERPT_BYTES} bytes, other fields after {@value
 * SearchTextWriter#MAX_FIELD_BYTES}.
 */
public final class SearchText {

  /** The searchable fields of a row, in layout order. */
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

  /** Size of the Bloom filter at the start of each slice, in bytes. */
  public static final int BLOOM_BYTES = 128;

  /** Bits of the Bloom filter: {@code BLOOM_BYTES * 8}, a power of two. */
  public static final int BLOOM_BITS = BLOOM_BYTES * 8;

  /** The stand-in for "end of field" when a pair's bit is computed. */
  static final int END = 0;

  private static final long ONES = 0x0101010101010101L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long TOP3 = 0xE0E0E0E0E0E0E0E0L;

  private final long[] words;
  /** Index of the slice's first byte; a multiple of 8. */
  private final int offset;
  /** Bytes of the slice, padding excluded. */
  private final int length;
  private final long chars;
  private final long pairs;

  SearchText(long[] words, int offset, int length, long chars, long pairs) {
    this.words = words;
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

  /** Bits of the Bloom filter that stand for one pair of lower-case ASCII letters each. */
  private static final int LETTER_PAIRS = 26 * 26;

  /**
   * The bit of a pair of bytes (or of a tag and a byte, or a byte and {@link #END}) in the Bloom
   * filter: each pair of lower-case ASCII letters has a bit of its own, so that a row holds a
   * two-letter word exactly when its bit is set; other pairs share the other bits by Fibonacci
   * hashing.
   */
  static int bloomBit(int first, int second) {
    if (first >= 'a' && first <= 'z' && second >= 'a' && second <= 'z') {
      return (first - 'a') * 26 + second - 'a';
    }
    long hash = ((first << 8 | second) * 0x9E3779B1L) & 0xFFFFFFFFL;
    return LETTER_PAIRS + (int) (hash * (BLOOM_BITS - LETTER_PAIRS) >>> 32);
  }

  /** @return 0x80 in each byte of {@code x} that is zero, 0 in the others; exact */
  private static long zeroBytes(long x) {
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /** @return the byte at index {@code at} of the array, 0 to 255 */
  private int byteAt(int at) {
    return (int) (words[at >>> 3] >>> ((at & 7) << 3)) & 0xFF;
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
    long wanted = prefilter.chars();
    long wantedPairs = prefilter.pairs();
    if ((chars & wanted) != wanted || (pairs & wantedPairs) != wantedPairs) {
      return false;
    }
    int base = offset >>> 3;
    for (int bit : prefilter.bloomBits()) {
      if ((words[base + (bit >>> 6)] & 1L << bit) == 0) {
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
    if (pattern.isEmpty()) {
      return true;
    }
    int from = offset + BLOOM_BYTES;
    int end = offset + length;
    int fields = pattern.fieldMask();
    if (fields == TextPattern.ALL_FIELDS) {
      return find(pattern, from + 1, end, false);
    }
    // The fields from the first wanted to the last wanted one; when the wanted ones are not all
    // next to each other, each match's field is checked.
    int first = Integer.numberOfTrailingZeros(fields);
    int last = 31 - Integer.numberOfLeadingZeros(fields);
    boolean gaps = Integer.bitCount(fields) != last - first + 1;
    int start = -1;
    int stop = end;
    int at = from;
    while (at < end) {
      int tag = byteAt(at) - 1;
      if (start < 0 && tag >= first) {
        if (tag > last) {
          return false;
        }
        start = at + 1;
      }
      if (start >= 0 && tag > last) {
        stop = at;
        break;
      }
      at = nextTag(at + 1, end);
    }
    return start >= 0 && find(pattern, start, stop, gaps);
  }

  /** @return the index of the next tag (a byte below 0x20) at or after {@code from}, else end */
  private int nextTag(int from, int end) {
    if (from >= end) {
      return end;
    }
    int w = from >>> 3;
    long tags = zeroBytes(words[w] & TOP3) & -1L << ((from & 7) << 3);
    while (tags == 0) {
      w++;
      if (w << 3 >= end) {
        return end;
      }
      tags = zeroBytes(words[w] & TOP3);
    }
    return Math.min(end, (w << 3) + (Long.numberOfTrailingZeros(tags) >>> 3));
  }

  /**
   * Searches {@code [from, to)}, which may hold several fields, for a match of the pattern; the
   * byte before {@code from} is a tag, and {@code to} ends a field.
   *
   * @param checkField whether each match's field must be checked against the pattern's fields
   */
  private boolean find(TextPattern pattern, int from, int to, boolean checkField) {
    byte[] needle = pattern.needle();
    int n = needle.length;
    int lastStart = to - n;
    if (lastStart < from) {
      return false;
    }
    long first = ONES * (needle[0] & 0xFF);
    long second = n > 1 ? ONES * (needle[1] & 0xFF) : 0;
    long[] w = words;
    int word = from >>> 3;
    int lastWord = (to - 1) >>> 3;
    long current = w[word];
    long secondHere = zeroBytes(current ^ second);
    long skip = -1L << ((from & 7) << 3);
    while (true) {
      long next = word < lastWord ? w[word + 1] : 0;
      long secondNext = zeroBytes(next ^ second);
      long candidates = zeroBytes(current ^ first) & skip;
      if (n > 1) {
        // Where the first byte is followed by the second: the second's flags one byte down.
        candidates &= secondHere >>> 8 | secondNext << 56;
      }
      while (candidates != 0) {
        int at = (word << 3) + (Long.numberOfTrailingZeros(candidates) >>> 3);
        if (at > lastStart) {
          return false;
        }
        if (matchesAt(needle, at)
            && pattern.mode().accepts(byteAt(at - 1), at + n < to ? byteAt(at + n) : END)
            && (!checkField || inField(pattern.fieldMask(), at))) {
          return true;
        }
        candidates &= candidates - 1;
      }
      if (word == lastWord) {
        return false;
      }
      word++;
      current = next;
      secondHere = secondNext;
      skip = -1L;
    }
  }

  private boolean matchesAt(byte[] needle, int at) {
    for (int j = 2; j < needle.length; j++) {
      if (byteAt(at + j) != (needle[j] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  /** @return whether the field that holds index {@code at} is one of {@code fieldMask}'s */
  private boolean inField(int fieldMask, int at) {
    int i = at - 1;
    int b = byteAt(i);
    while (b >= 0x20) {
      b = byteAt(--i);
    }
    return (fieldMask & 1 << (b - 1)) != 0;
  }

  /**
   * The fields as text, for tests and diagnostics.
   *
   * @return each field's folded text, in layout order, joined by line ends; never null
   */
  public String text() {
    StringBuilder text = new StringBuilder(length);
    for (Field field : Field.values()) {
      for (String value : fields(field)) {
        if (text.length() > 0 || field != Field.TITLE) {
          text.append('\n');
        }
        text.append(value);
      }
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
    int at = offset + BLOOM_BYTES;
    while (at < end) {
      int tag = byteAt(at);
      int fieldEnd = nextTag(at + 1, end);
      if (tag == field.tag()) {
        byte[] bytes = new byte[fieldEnd - at - 1];
        for (int i = 0; i < bytes.length; i++) {
          bytes[i] = (byte) byteAt(at + 1 + i);
        }
        found.add(new String(bytes, StandardCharsets.UTF_8));
      }
      at = fieldEnd;
    }
    return found;
  }

  /** Equal when the bytes of the slices are. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SearchText that) || length != that.length) {
      return false;
    }
    int count = (length + 7) >>> 3;
    for (int i = 0; i < count; i++) {
      if (words[(offset >>> 3) + i] != that.words[(that.offset >>> 3) + i]) {
        return false;
      }
    }
    return true;
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
