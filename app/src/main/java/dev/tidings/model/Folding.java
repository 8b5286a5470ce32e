package dev.tidings.model;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The one folding of text for search, so that {@code cafe} finds {@code Café}, {@code strasse}
 * finds {@code Straße} and {@code we're} finds {@code we’re}: the searchable text of every row
 * ({@link SearchText}) and every query's text are folded alike, code point by code point:
 *
 * <ol>
 *   <li>compatibility decomposition (Unicode NFKD, {@link Normalizer.Form#NFKD}: {@code ﬁ} becomes
 *       {@code fi}, {@code é} becomes {@code e} and a combining acute), except for Hangul
 *       syllables, which stay whole;
 *   <li>lower case ({@link String#toLowerCase(Locale)} with {@link Locale#ROOT});
 *   <li>combining marks (general categories Mn, Mc, Me) and format characters (Cf: soft hyphens,
 *       zero-width and bidirectional formatting characters) are dropped;
 *   <li>letters that do not decompose are spelled out ({@code ß} as {@code ss}, {@code æ} as
 *       {@code ae}, {@code œ} as {@code oe}, {@code ø} as {@code o}, {@code ł} as {@code l}, {@code
 *       đ} and {@code ð} as {@code d}, {@code þ} as {@code th}, dotless {@code ı} as {@code i},
 *       final {@code ς} as {@code σ}), typographic quotes become {@code '} and {@code "}, dashes and
 *       the minus sign {@code -};
 *   <li>white space and control characters become a space; runs of spaces become one, and a text
 *       neither starts nor ends with one.
 * </ol>
 *
 * <p>So the folded text holds no character below U+0020, which {@link SearchText} relies on. The
 * folding of a code point is computed once per block of 256 code points of the Basic Multilingual
 * Plane and kept; ASCII takes a fast path. Thread-safe.
 */
public final class Folding {

  /** Folded code points of the Basic Multilingual Plane, by block of 256; filled as met. */
  private static final AtomicReferenceArray<String[]> BLOCKS = new AtomicReferenceArray<>(256);

  private static final String SPACE = " ";

  /** The folding of each ASCII character as one byte: a letter in lower case, a space for controls. */
  private static final byte[] ASCII_BYTES = new byte[128];

  /** The same as strings. */
  private static final String[] ASCII = new String[128];

  static {
    for (int c = 0; c < 128; c++) {
      int folded = c < 0x20 || c == 0x7F ? ' ' : c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
      ASCII_BYTES[c] = (byte) folded;
      ASCII[c] = String.valueOf((char) folded);
    }
  }

  private Folding() {}

  /**
   * Folds a text as the searchable text of rows is folded (see the class comment).
   *
   * @param text any text, lone surrogates included; never null
   * @return the folded text; never null, empty when nothing searchable is left
   */
  public static String fold(CharSequence text) {
    Utf8 out = new Utf8(text.length() + 8);
    out.fold(text, Integer.MAX_VALUE);
    return new String(out.bytes, 0, out.length, StandardCharsets.UTF_8);
  }

  /**
   * The folding of one code point, before runs of spaces are joined (see the class comment).
   *
   * @param codePoint any code point, a lone surrogate included
   * @return its folded text: empty when it is dropped, {@code " "} for white space; never null
   */
  public static String foldCodePoint(int codePoint) {
    if (codePoint < 0x80) {
      return ascii(codePoint);
    }
    if (codePoint > 0xFFFF) {
      return compute(codePoint);
    }
    String[] block = BLOCKS.get(codePoint >> 8);
    if (block == null) {
      block = new String[256];
      int base = codePoint & ~0xFF;
      for (int i = 0; i < 256; i++) {
        block[i] = base + i < 0x80 ? ascii(base + i) : compute(base + i);
      }
      BLOCKS.compareAndSet(codePoint >> 8, null, block);
    }
    return block[codePoint & 0xFF];
  }

  private static String ascii(int c) {
    return ASCII[c];
  }

  private static String compute(int codePoint) {
    if (Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || Character.getType(codePoint) == Character.CONTROL) {
      return SPACE;
    }
    if (codePoint >= 0xAC00 && codePoint <= 0xD7A3) {
      // Hangul syllables: NFKD would split them into jamo, which nobody types.
      return new String(Character.toChars(codePoint));
    }
    String decomposed =
        Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
    String lower =
        Normalizer.normalize(decomposed.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
    StringBuilder folded = new StringBuilder(lower.length());
    lower
        .codePoints()
        .forEach(
            c -> {
              switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.FORMAT -> {}
                default -> folded.append(spelled(c));
              }
            });
    return folded.toString();
  }

  /** Letters and signs that do not decompose, spelled as people type them. */
  private static String spelled(int c) {
    return switch (c) {
      case 'ß', 'ẞ' -> "ss";
      case 'æ', 'Æ' -> "ae";
      case 'œ', 'Œ' -> "oe";
      case 'ø', 'Ø' -> "o";
      case 'ł', 'Ł' -> "l";
      case 'đ', 'Đ', 'ð', 'Ð' -> "d";
      case 'þ', 'Þ' -> "th";
      case 'ı' -> "i";
      case 'ς' -> "σ";
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> "'";
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> "\"";
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
      default -> {
        if (c < 0x80) {
          yield ascii(c);
        }
        yield Character.isWhitespace(c) || Character.isSpaceChar(c)
            ? SPACE
            : new String(Character.toChars(c));
      }
    };
  }

  /**
   * A growable UTF-8 buffer that folds text into itself; the one implementation of the folding,
   * used for rows and queries alike. Not thread-safe.
   */
  static final class Utf8 {
    byte[] bytes;
    int length;

    Utf8(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    void clear() {
      length = 0;
    }

    void raw(int b) {
      if (length == bytes.length) {
        grow(1);
      }
      bytes[length++] = (byte) b;
    }

    /**
     * Appends the folding of {@code text} (no leading or trailing space, no runs of spaces), cut
     * before the code point that would take it past {@code maxBytes} bytes.
     *
     * @return how many bytes were appended
     */
    int fold(CharSequence text, int maxBytes) {
      int start = length;
      int limit = (int) Math.min((long) start + maxBytes, Integer.MAX_VALUE - 16);
      boolean space = true;
      int n = text.length();
      for (int i = 0; i < n; ) {
        char c = text.charAt(i);
        if (c < 0x80) {
          i++;
          byte b = ASCII_BYTES[c];
          if (b == ' ') {
            if (!space && length < limit) {
              raw(' ');
              space = true;
            }
            continue;
          }
          if (length >= limit) {
            break;
          }
          raw(b);
          space = false;
          continue;
        }
        int point = Character.codePointAt(text, i);
        i += Character.charCount(point);
        String folded = foldCodePoint(point);
        for (int j = 0; j < folded.length(); j++) {
          char f = folded.charAt(j);
          if (f == ' ') {
            if (!space) {
              if (length >= limit) {
                i = n;
                break;
              }
              raw(' ');
              space = true;
            }
            continue;
          }
          int codePoint = Character.codePointAt(folded, j);
          j += Character.charCount(codePoint) - 1;
          if (length + utf8Length(codePoint) > limit) {
            i = n;
            break;
          }
          put(codePoint);
          space = false;
        }
      }
      if (length > start && bytes[length - 1] == ' ') {
        length--;
      }
      return length - start;
    }

    private static int utf8Length(int codePoint) {
      return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private void put(int cp) {
      if (length + 4 > bytes.length) {
        grow(4);
      }
      if (cp < 0x80) {
        bytes[length++] = (byte) cp;
      } else if (cp < 0x800) {
        bytes[length++] = (byte) (0xC0 | cp >> 6);
        bytes[length++] = (byte) (0x80 | cp & 0x3F);
      } else if (cp < 0x10000) {
        // A lone surrogate is written as its three bytes (CESU style): never equal to a letter.
        bytes[length++] = (byte) (0xE0 | cp >> 12);
        bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
        bytes[length++] = (byte) (0x80 | cp & 0x3F);
      } else {
        bytes[length++] = (byte) (0xF0 | cp >> 18);
        bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
        bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
        bytes[length++] = (byte) (0x80 | cp & 0x3F);
      }
    }

    private void grow(int more) {
      bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
