package dev.tidings.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A text to look for in rows' {@link SearchText}: {@linkplain Folding folded} as the rows are, in
 * some of their fields, matched as a substring, a whole word, a prefix or suffix of a field, or a
 * whole field. Built once per query, then tested against every row; immutable and thread-safe.
 */
public final class TextPattern {

  /** How a pattern must sit in a field. */
  public enum Mode {
    /** Anywhere in a field. */
    SUBSTRING,
    /**
     * Not inside a longer word: the characters before and after it, if any, are not letters or
     * digits (any character outside ASCII counts as a letter), as fzf's {@code 'word'}.
     */
    WORD,
    /** At the start of a field, as fzf's {@code ^prefix}. */
    PREFIX,
    /** At the end of a field, as fzf's {@code suffix$}. */
    SUFFIX,
    /** The whole field, as fzf's {@code ^exact$}. */
    WHOLE;

    /**
     * @param before the byte before a match, 0 to 255: a tag (below 0x20) at the start of a field
     * @param after the byte after it, 0 to 255: a tag or {@link SearchText#END} at the end of a
     *     field
     * @return whether a match between them sits as this mode wants
     */
    boolean accepts(int before, int after) {
      return switch (this) {
        case SUBSTRING -> true;
        case WORD -> !isWordByte(before) && !isWordByte(after);
        case PREFIX -> before < 0x20;
        case SUFFIX -> after < 0x20;
        case WHOLE -> before < 0x20 && after < 0x20;
      };
    }

    /** Letters and digits of ASCII, and every byte of a character outside ASCII. */
    private static boolean isWordByte(int b) {
      return b >= 0x80 || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }
  }

  /**
   * Bits that every row matching some patterns has: the characters and pairs of their {@link
   * TimelineEntry.SearchMask} and the bits of their pairs in the rows' Bloom filter, sorted.
   *
   * @param chars character bits
   * @param pairs pair bits
   * @param bloomBits Bloom filter bits, ascending, without repeats; owned, not to be changed
   */
  public record Prefilter(long chars, long pairs, int[] bloomBits) {

    /** The prefilter that rules nothing out. */
    public static final Prefilter NONE = new Prefilter(0, 0, new int[0]);

    /**
     * @param patterns patterns a row must all match; never null
     * @return their combined prefilter; never null
     */
    public static Prefilter all(Collection<TextPattern> patterns) {
      long chars = 0;
      long pairs = 0;
      int[] bits = new int[0];
      for (TextPattern pattern : patterns) {
        Prefilter own = pattern.prefilter;
        chars |= own.chars;
        pairs |= own.pairs;
        int[] both = Arrays.copyOf(bits, bits.length + own.bloomBits.length);
        System.arraycopy(own.bloomBits, 0, both, bits.length, own.bloomBits.length);
        bits = both;
      }
      return new Prefilter(chars, pairs, Arrays.stream(bits).sorted().distinct().toArray());
    }
  }

  /** {@link #fieldMask()} of a pattern that searches every field. */
  public static final int ALL_FIELDS = (1 << SearchText.Field.values().length) - 1;

  private final String folded;
  private final byte[] needle;
  private final Set<SearchText.Field> fields;
  private final int fieldMask;
  private final Mode mode;
  private final Prefilter prefilter;
  private final boolean decided;

  private TextPattern(String text, Set<SearchText.Field> fields, Mode mode) {
    Folding.Utf8 out = new Folding.Utf8(text.length() + 8);
    out.fold(text, Integer.MAX_VALUE);
    this.needle = Arrays.copyOf(out.bytes, out.length);
    this.folded = new String(needle, StandardCharsets.UTF_8);
    this.fields = Set.copyOf(fields);
    int mask = 0;
    for (SearchText.Field field : fields) {
      mask |= 1 << field.ordinal();
    }
    this.fieldMask = mask;
    this.mode = mode;
    this.prefilter = computePrefilter();
    this.decided = mode == Mode.SUBSTRING && fieldMask == ALL_FIELDS && exactBits(needle);
  }

  /**
   * Whether the bits of a row stand for these bytes exactly: one ASCII letter or digit (its bit in
   * the mask of characters), or two lower-case ASCII letters (their pair's bit in the Bloom
   * filter).
   */
  private static boolean exactBits(byte[] needle) {
    if (needle.length == 1) {
      int b = needle[0];
      return b >= 'a' && b <= 'z' || b >= '0' && b <= '9';
    }
    return needle.length == 2
        && needle[0] >= 'a'
        && needle[0] <= 'z'
        && needle[1] >= 'a'
        && needle[1] <= 'z';
  }

  /**
   * @param text the text as typed; folded here; never null
   * @param fields the fields to look in; never null, not empty
   * @param mode how it must sit in a field; never null
   * @return the pattern; never null
   * @throws IllegalArgumentException if {@code fields} is empty
   */
  public static TextPattern of(String text, Set<SearchText.Field> fields, Mode mode) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mode, "mode");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a pattern searches at least one field");
    }
    return new TextPattern(text, fields, mode);
  }

  /**
   * @param text the text as typed; never null
   * @return a pattern that finds {@code text} as a substring of any field; never null
   */
  public static TextPattern anywhere(String text) {
    return of(text, EnumSet.allOf(SearchText.Field.class), Mode.SUBSTRING);
  }

  private Prefilter computePrefilter() {
    if (needle.length == 0) {
      return Prefilter.NONE;
    }
    TimelineEntry.SearchMask mask = TimelineEntry.SearchMask.ofUtf8(needle, 0, needle.length);
    int[] bits = new int[needle.length + 1];
    int count = 0;
    for (int i = 0; i + 1 < needle.length; i++) {
      bits[count++] = SearchText.bloomBit(needle[i] & 0xFF, needle[i + 1] & 0xFF);
    }
    boolean atStart = mode == Mode.PREFIX || mode == Mode.WHOLE;
    if (atStart && fields.size() == 1) {
      SearchText.Field only = fields.iterator().next();
      // The writer sets start bits for the fields matched from their start (see SearchText).
      if (only == SearchText.Field.TITLE || only == SearchText.Field.TOPIC) {
        bits[count++] = SearchText.bloomBit(only.tag(), needle[0] & 0xFF);
      }
    }
    if (mode == Mode.SUFFIX || mode == Mode.WHOLE) {
      bits[count++] = SearchText.bloomBit(needle[needle.length - 1] & 0xFF, SearchText.END);
    }
    int[] sorted = Arrays.stream(bits, 0, count).sorted().distinct().toArray();
    return new Prefilter(mask.chars(), mask.pairs(), sorted);
  }

  /** @return the folded text; empty when nothing searchable was left of the text */
  public String folded() {
    return folded;
  }

  /** @return whether the folded text is empty, so that the pattern matches every row */
  public boolean isEmpty() {
    return needle.length == 0;
  }

  /** @return the fields searched; never null, not empty */
  public Set<SearchText.Field> fields() {
    return fields;
  }

  /** @return how a match must sit in its field; never null */
  public Mode mode() {
    return mode;
  }

  /**
   * Whether a row matches this pattern exactly when it passes {@link SearchText#mayMatch} with
   * its {@link #prefilter()}, so that its text need not be searched: a substring of any field of
   * one ASCII letter or digit, or of two ASCII letters (after folding).
   *
   * @return true when the prefilter decides
   */
  public boolean isDecidedByPrefilter() {
    return decided;
  }

  /** @return the bits any row this pattern matches has; never null */
  public Prefilter prefilter() {
    return prefilter;
  }

  /** The folded UTF-8 bytes; read only. */
  byte[] needle() {
    return needle;
  }

  /** One bit per field searched, {@code 1 << ordinal}. */
  int fieldMask() {
    return fieldMask;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TextPattern that
        && folded.equals(that.folded)
        && fieldMask == that.fieldMask
        && mode == that.mode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(folded, fieldMask, mode);
  }

  @Override
  public String toString() {
    return mode + fields.toString() + "\"" + folded + "\"";
  }
}
