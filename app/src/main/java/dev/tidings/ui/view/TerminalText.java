package dev.tidings.ui.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Text for the terminal: the one sanitizer every string from a file passes before it is drawn, and
 * the one measure of display width in terminal columns. Widths are what terminals draw, from
 * JLine's Unicode-derived table ({@code org.jline.utils.WCWidth}); sanitized text holds only
 * characters of one or two columns on which Lanterna 3.1.5's own count ({@code
 * TerminalTextUtils.isCharCJK}), which places the cells, agrees with that table, so the screen
 * buffer and the terminal agree on every cell.
 */
public final class TerminalText {

  /** Stands for a character that cannot be drawn, one column wide. */
  public static final char PLACEHOLDER = '\uFFFD';

  /** Stands for a wide character that cannot be drawn (such as an emoji), two columns wide. */
  public static final char WIDE_PLACEHOLDER = '\u3013';

  /** Ends text cut to fit. */
  public static final char ELLIPSIS = '\u2026';

  private TerminalText() {}

  /**
   * Makes text from a file safe and measurable for the terminal. Composes it to NFC, then: removes
   * escape sequences (ECMA-48 CSI, OSC, DCS, SOS, PM and APC strings, in their 7-bit and C1 forms)
   * and every other C0 and C1 control character; turns tabs and line ends (LF, CR, U+2028 LINE
   * SEPARATOR, U+2029 PARAGRAPH SEPARATOR) into spaces; removes bidirectional formatting
   * characters, other format characters, combining marks that remain after composition, Hangul
   * medial and final jamo, and every other character a terminal draws with no width of its own,
   * as well as unassigned and private use code points; replaces characters outside the Basic
   * Multilingual Plane, which Lanterna 3.1.5 splits into halves, with {@link #WIDE_PLACEHOLDER}
   * when a terminal draws them two columns wide (emoji, CJK extensions) and {@link #PLACEHOLDER}
   * when one; and replaces the characters of the Basic Multilingual Plane whose width Lanterna
   * counts differently from terminals with the placeholder of the terminal's width: {@link
   * #WIDE_PLACEHOLDER} for U+231A WATCH, Kangxi radicals, Bopomofo, Yi, the small form variants,
   * the Yijing hexagrams U+4DC0-U+4DFF (two columns, Lanterna counts one), {@link #PLACEHOLDER}
   * for U+303F (one column, Lanterna counts two). Widths are JLine's ({@code WCWidth}).
   *
   * @param text text as read; null is taken as empty
   * @return the text, safe to draw; never null
   */
  public static String sanitize(String text) {
    return Sanitizer.sanitize(text);
  }

  /**
   * Makes a one-line field from a file (a title, a provider's name) ready to draw: {@link
   * #sanitize(String) sanitized}, with runs of spaces made one and no space at either end.
   *
   * @param text text as read; null is taken as empty
   * @return the text, safe to draw on one line; never null
   */
  public static String singleLine(String text) {
    String sanitized = sanitize(text);
    if (sanitized.indexOf("  ") < 0 && sanitized.strip().length() == sanitized.length()) {
      return sanitized;
    }
    return sanitized.strip().replaceAll(" {2,}", " ");
  }

  /**
   * @param c a character of sanitized text
   * @return its width in terminal columns: 1 or 2, as terminals draw it (JLine's {@code WCWidth})
   *     and Lanterna counts it
   */
  public static int width(char c) {
    // Nothing below U+1100 (the first Hangul jamo) that sanitized text holds is wide, and that
    // covers every Latin, Greek and Cyrillic text without a table look-up.
    return c < '\u1100' ? 1 : Columns.width(c);
  }

  /**
   * @param sanitized text returned by {@link #sanitize(String)}
   * @return its width in terminal columns
   */
  public static int width(String sanitized) {
    int columns = 0;
    for (int i = 0; i < sanitized.length(); i++) {
      columns += width(sanitized.charAt(i));
    }
    return columns;
  }

  /**
   * Cuts sanitized text to at most {@code columns} terminal columns, ending it with {@link
   * #ELLIPSIS} when anything was cut.
   *
   * @param sanitized text returned by {@link #sanitize(String)}
   * @param columns the room, in terminal columns; 0 or less gives the empty string
   * @return the text or its cut; never wider than {@code columns}
   */
  public static String truncate(String sanitized, int columns) {
    if (columns <= 0) {
      return "";
    }
    if (width(sanitized) <= columns) {
      return sanitized;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < sanitized.length(); i++) {
      char c = sanitized.charAt(i);
      if (used + width(c) > columns - 1) {
        break;
      }
      out.append(c);
      used += width(c);
    }
    return out.append(ELLIPSIS).toString();
  }

  /**
   * Pads sanitized text with spaces, or cuts it, to exactly {@code columns} terminal columns.
   *
   * @param sanitized text returned by {@link #sanitize(String)}
   * @param columns the width wanted, in terminal columns
   * @return text exactly {@code columns} wide (or empty when {@code columns} is 0 or less)
   */
  public static String fit(String sanitized, int columns) {
    String cut = truncate(sanitized, columns);
    int width = width(cut);
    return width >= columns ? cut : cut + " ".repeat(columns - width);
  }

  /**
   * Wraps sanitized text into lines of at most {@code columns} terminal columns, breaking between
   * words where it can and inside a word only when the word is longer than a line. Runs of spaces
   * become one.
   *
   * @param sanitized text returned by {@link #sanitize(String)}
   * @param columns the line width, in terminal columns; at least 1 is used
   * @return the lines, none of them empty; empty when the text is blank
   */
  public static List<String> wrap(String sanitized, int columns) {
    int room = Math.max(1, columns);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    for (String word : sanitized.strip().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      int wordWidth = width(word);
      if (lineWidth > 0 && lineWidth + 1 + wordWidth <= room) {
        line.append(' ').append(word);
        lineWidth += 1 + wordWidth;
        continue;
      }
      if (lineWidth > 0) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (lineWidth > 0 && lineWidth + width(c) > room) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
        }
        line.append(c);
        lineWidth += width(c);
      }
    }
    if (lineWidth > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
