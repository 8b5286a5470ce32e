package dev.tidings.cli.output;

import java.util.Locale;

/**
 * Escaping of text from files (names, messages, URLs) for what tidings prints outside the screen:
 * a terminal or a pipe, and JSON. The one home of these rules; the screen has its own sanitizer
 * ({@code ui.view.TerminalText}), which removes rather than escapes.
 */
public final class Escapes {

  private Escapes() {}

  /**
   * Text for a terminal or a pipe: each C0 or C1 control character, line or paragraph separator
   * and bidirectional formatting character becomes {@code \\uXXXX} (four lower-case hex digits),
   * so that a file name or a message cannot move the cursor, split a line or reorder the rest of
   * it on a terminal (bidirectional characters after Unicode UAX #9).
   *
   * @param value any text; never null
   * @return the text with those characters escaped; never null
   */
  public static String printable(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      escapeControl(out, value.charAt(i));
    }
    return out.toString();
  }

  /**
   * A JSON string literal (RFC 8259, section 7): in quotes, with quotes and backslashes escaped,
   * line feed and tab as {@code \n} and {@code \t}, and every other character {@link #printable}
   * escapes as {@code \\uXXXX}.
   *
   * @param value any text; never null
   * @return the literal, quotes included; never null
   */
  public static String jsonString(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> escapeControl(out, c);
      }
    }
    return out.append('"').toString();
  }

  private static void escapeControl(StringBuilder out, char c) {
    if (c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C') {
      out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
    } else {
      out.append(c);
    }
  }
}
