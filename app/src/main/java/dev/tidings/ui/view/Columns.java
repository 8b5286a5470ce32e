package dev.tidings.ui.view;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jline.utils.WCWidth;

/**
 * How many terminal columns a character takes, and what {@link Sanitizer} does with it so that
 * Lanterna 3.1.5's screen buffer and the terminal agree on every cell. The number of columns a
 * terminal draws is JLine's {@link WCWidth#wcwidth(int)}, a table derived from the Unicode
 * Character Database (East Asian Width of UAX #11 for two columns; combining marks, format
 * characters and the Hangul medial and final jamo for none). Lanterna positions cells by its own
 * count instead ({@link TerminalTextUtils#isCharCJK}: two columns for whole Unicode blocks), which
 * disagrees for some characters: U+4DC0-U+4DFF (Yijing hexagrams) are two columns in a terminal
 * and one for Lanterna, U+303F the reverse. Those are replaced with a placeholder of the
 * terminal's width, which both count alike.
 *
 * <p>What to do with each character of the Basic Multilingual Plane is worked out the first time a
 * character of its block of 64 is met, so that start-up pays only for the blocks the text uses
 * (CJK text, whose characters are spread over many blocks, meets many).
 */
final class Columns {

  /** Kept: one column for the terminal and for Lanterna. */
  static final byte KEEP_NARROW = 1;
  /** Kept: two columns for the terminal and for Lanterna. */
  static final byte KEEP_WIDE = 2;
  /** Removed: a control, format or other character of no width of its own. */
  static final byte DROP = 3;
  /** Made a space: tab, line feed, carriage return, U+2028 and U+2029 (line and paragraph ends). */
  static final byte SPACE = 4;
  /** Replaced with {@link TerminalText#PLACEHOLDER}: one column, which Lanterna counts as two. */
  static final byte NARROW_PLACEHOLDER = 5;
  /** Replaced with {@link TerminalText#WIDE_PLACEHOLDER}: two columns, which Lanterna counts as one. */
  static final byte WIDE_PLACEHOLDER = 6;

  private static final int PAGE_BITS = 6;
  private static final int PAGE_MASK = (1 << PAGE_BITS) - 1;

  /**
   * The actions of each block of 64 characters, null until first needed. Threads that race to
   * fill a block compute equal arrays; the array's volatile reads publish them whole.
   */
  private static final AtomicReferenceArray<byte[]> PAGES =
      new AtomicReferenceArray<>((Character.MAX_VALUE + 1) >> PAGE_BITS);

  private Columns() {}

  /**
   * @param c a character of the Basic Multilingual Plane, or half of a surrogate pair (taken as a
   *     lone surrogate: {@link #NARROW_PLACEHOLDER})
   * @return what the sanitizer does with it: one of the constants above
   */
  static byte action(char c) {
    int index = c >>> PAGE_BITS;
    byte[] page = PAGES.get(index);
    if (page == null) {
      page = page(index);
      PAGES.set(index, page);
    }
    return page[c & PAGE_MASK];
  }

  /**
   * @param c a character of sanitized text (one whose {@link #action} is {@link #KEEP_NARROW} or
   *     {@link #KEEP_WIDE}, which the placeholders are)
   * @return its width in terminal columns, on which JLine and Lanterna agree: 1 or 2; for any
   *     other character 1, or 2 when JLine says a terminal draws it two columns wide
   */
  static int width(char c) {
    byte action = action(c);
    return action == KEEP_WIDE || action == WIDE_PLACEHOLDER ? 2 : 1;
  }

  /**
   * What the sanitizer puts for a code point outside the Basic Multilingual Plane, which Lanterna
   * 3.1.5 splits into halves and so cannot draw: its placeholder, of the width a terminal would
   * give it.
   *
   * @param codePoint a supplementary code point
   * @return {@link #DROP}, {@link #NARROW_PLACEHOLDER} or {@link #WIDE_PLACEHOLDER}
   */
  static byte supplementary(int codePoint) {
    if (isInvisible(codePoint)) {
      return DROP;
    }
    return switch (WCWidth.wcwidth(codePoint)) {
      case 1 -> NARROW_PLACEHOLDER;
      case 2 -> WIDE_PLACEHOLDER;
      default -> DROP;
    };
  }

  private static byte[] page(int index) {
    byte[] page = new byte[1 << PAGE_BITS];
    int first = index << PAGE_BITS;
    for (int low = 0; low < page.length; low++) {
      page[low] = classify((char) (first | low));
    }
    return page;
  }

  private static byte classify(char c) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
      return SPACE;
    }
    if (Character.isISOControl(c) || isInvisible(c)) {
      return DROP;
    }
    if (Character.isSurrogate(c)) {
      return NARROW_PLACEHOLDER;
    }
    int terminal = WCWidth.wcwidth(c);
    if (terminal <= 0) {
      return DROP;
    }
    int lanterna = TerminalTextUtils.isCharCJK(c) ? 2 : 1;
    if (terminal == lanterna) {
      return terminal == 2 ? KEEP_WIDE : KEEP_NARROW;
    }
    return terminal == 2 ? WIDE_PLACEHOLDER : NARROW_PLACEHOLDER;
  }

  /**
   * Bidirectional controls, other format characters, combining marks, and what has no agreed
   * width (unassigned and private use code points, by the JDK's Unicode tables). Also the Hangul
   * medial and final jamo, U+1160-U+11FF and U+D7B0-U+D7FF, which terminals draw with no width of
   * their own (they join the syllable before them) while Lanterna counts two columns and one.
   */
  static boolean isInvisible(int cp) {
    if (cp >= 0x1160 && cp <= 0x11FF || cp >= 0xD7B0 && cp <= 0xD7FF) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.FORMAT
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }
}
