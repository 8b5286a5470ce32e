package dev.tidings.fuzz;

import com.googlecode.lanterna.TerminalTextUtils;
import dev.tidings.ui.view.TerminalText;
import org.jline.utils.WCWidth;

/**
 * What "clean" means for text that the sanitizer returned, written here independently of {@link
 * TerminalText}'s own checks so that the fuzz tests do not trust the code they test: no C0 or C1
 * control character (ESC among them, so no escape sequence can start), no bidirectional control,
 * no other format character, no surrogate (Lanterna 3.1.5 splits pairs into halves), no combining
 * mark left to combine with whatever the terminal drew before it, nothing unassigned or private
 * use (no terminal agrees on their width), and a width that Lanterna counts as the project does
 * and terminals draw (JLine's {@code WCWidth}).
 */
final class CleanText {

  private CleanText() {}

  /**
   * Sanitizes text as read from a file and fails when the result is not clean.
   *
   * @param raw text as read; may be null
   * @throws AssertionError naming the text and what is wrong
   */
  static void requireSanitizedClean(String raw) {
    String violation = violation(TerminalText.sanitize(raw));
    if (violation != null) {
      throw new AssertionError("sanitize(" + escaped(String.valueOf(raw)) + "): " + violation);
    }
  }

  /**
   * @param text text returned by {@link TerminalText#sanitize(String)}; never null
   * @return a description of the first way the text is not clean, or null when it is clean
   */
  static String violation(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String what = why(c);
      if (what != null) {
        return String.format("%s U+%04X at %d in %s", what, (int) c, i, escaped(text));
      }
      int width = TerminalText.width(c);
      if (width != 1 && width != 2) {
        return String.format("width %d of U+%04X in %s", width, (int) c, escaped(text));
      }
      // The terminal draws the cell as JLine's Unicode-derived table says, an independent source.
      int terminal = WCWidth.wcwidth(c);
      if (terminal != width) {
        return String.format(
            "U+%04X counted %d columns, a terminal draws %d, in %s", (int) c, width, terminal,
            escaped(text));
      }
            if (isSurelyWide(c) && width != 2) {
        return String.format("wide U+%04X counted %d columns in %s", (int) c, width, escaped(text));
      }
      if (isSurelyNotWide(c) && width != 1) {
        return String.format("narrow U+%04X counted %d columns in %s", (int) c, 2, escaped(text));
      }
      columns += width;
    }
    if (TerminalText.width(text) != columns) {
      return "width(text) " + TerminalText.width(text) + " != sum of widths " + columns;
    }
    // Lanterna positions the cells it draws by its own count: it must agree with ours.
    int lanterna = TerminalTextUtils.getColumnWidth(text);
    if (lanterna != columns) {
      return "Lanterna counts " + lanterna + " columns, we " + columns + " in " + escaped(text);
    }
    return null;
  }

  private static String why(char c) {
    if (c < 0x20 || c == 0x7F) {
      return "C0 control";
    }
    if (c >= 0x80 && c <= 0x9F) {
      return "C1 control";
    }
    if (c >= '\u202A' && c <= '\u202E'
        || c >= '\u2066' && c <= '\u2069'
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C') {
      return "bidirectional control";
    }
    if (Character.isSurrogate(c)) {
      return "surrogate";
    }
    return switch (Character.getType(c)) {
      case Character.FORMAT -> "format character";
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> "combining mark";
      case Character.UNASSIGNED -> "unassigned character";
      case Character.PRIVATE_USE -> "private use character";
      default -> null;
    };
  }

  /**
   * Characters every terminal draws two columns wide (East Asian Wide or Fullwidth in Unicode UAX
   * #11): a sample of the big blocks, not the whole table, but independent of the sanitizer's.
   */
  private static boolean isSurelyWide(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' // CJK unified ideographs
        || c >= '\u3041' && c <= '\u3096' // Hiragana
        || c >= '\u30A1' && c <= '\u30FA' // Katakana
        || c >= '\uAC00' && c <= '\uD7A3' // Hangul syllables
        || c >= '\uFF01' && c <= '\uFF60' // Fullwidth forms
        || c == '\u3013'; // the wide placeholder itself
  }

  /**
   * Characters no terminal draws two columns wide: the Hangul vowel and final consonant jamo
   * (U+1160-U+11FF, zero width where they combine, else narrow) and the halfwidth forms.
   */
  private static boolean isSurelyNotWide(char c) {
    return c >= '\u1160' && c <= '\u11FF' || c >= '\uFF61' && c <= '\uFFDC';
  }

  /** @return the text with everything outside printable ASCII as a \\u escape, for messages */
  static String escaped(String text) {
    return escaped(text, 200);
  }

  /** @return the first {@code max} chars of the text, escaped as by {@link #escaped(String)} */
  static String escaped(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8).append('"');
    for (int i = 0; i < text.length() && i < max; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '\\') {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.append(text.length() > max ? "\"..." : "\"").toString();
  }
}
