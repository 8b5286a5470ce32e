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
   * A JSON string literal (RFC 8259, section 7), written by {@link JsonLine}: in quotes, with
   * quotes and backslashes escaped, line feed and tab as {@code \n} and {@code \t}, and every
   * other character {@link #printable} escapes as {@code \\uXXXX}.
   *
   * @param value any text; never null
   * @return the literal, quotes included; never null
   */
  public static String jsonString(String value) {
    return JsonLine.literal(value);
  }

  /**
   * A field of a tab-separated line. The IANA media type {@code text/tab-separated-values} allows
   * no tab or line end in a field and defines no escape, so the convention of PostgreSQL's {@code
   * COPY} text format and "linear TSV" is used: backslash, tab, line feed and carriage return
   * become {@code \\}, {@code \t}, {@code \n} and {@code \r}, and every other character {@link
   * #printable} escapes becomes {@code \\uXXXX}. A backslash in the result always starts an
   * escape, so the field can be read back exactly.
   *
   * @param value any text; never null
   * @return the field, without tabs, line ends or control characters; never null
   */
  public static String tsvField(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> escapeControl(out, c);
      }
    }
    return out.toString();
  }

  private static void escapeControl(StringBuilder out, char c) {
    if (escaped(c)) {
      out.append(unicodeEscape(c));
    } else {
      out.append(c);
    }
  }

  /**
   * @param c a UTF-16 code unit
   * @return whether {@link #printable} escapes it: a C0 or C1 control character, DEL, a line or
   *     paragraph separator or a bidirectional formatting character
   */
  static boolean escaped(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }

  /**
   * @param c a UTF-16 code unit
   * @return {@code \\uXXXX}, four lower-case hexadecimal digits; never null
   */
  static String unicodeEscape(char c) {
    return String.format(Locale.ROOT, "\\u%04x", (int) c);
  }
}
