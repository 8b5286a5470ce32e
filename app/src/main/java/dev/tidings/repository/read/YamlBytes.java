package dev.tidings.repository.read;

import java.nio.charset.StandardCharsets;

/**
 * The lexical layer of the {@link FrontMatterScanner}: a front matter's UTF-8 bytes, which {@link
 * YamlCharacters} found to be text SnakeYAML reads the same way, and YAML 1.1's scalars (plain,
 * single-quoted, double-quoted with SnakeYAML's escapes) and keys, read in place from byte
 * offsets. Anything
 * outside that subset throws {@link NotSimple}, and the caller leaves the file to SnakeYAML.
 */
abstract class YamlBytes {

  /** Thrown when the text is outside the subset; never escapes the {@link FrontMatterScanner}. */
  static final class NotSimple extends Exception {
    private static final long serialVersionUID = 1L;
    static final NotSimple INSTANCE = new NotSimple();

    private NotSimple() {
      super(null, null, false, false);
    }
  }

  /** The bytes being read; offsets index into it. */
  final byte[] bytes;

  YamlBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The text of bytes {@code [from, to)}, which {@link YamlCharacters} found to be UTF-8. */
  String decode(int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  /** The byte at {@code i} as a char: ASCII as itself, a byte of a UTF-8 sequence as 0x80-0xFF. */
  char at(int i) {
    return (char) (bytes[i] & 0xFF);
  }

  /**
   * The end of a plain-word key followed by {@code ':'} and a space or the end of the line, or -1.
   */
  int keyEnd(int from, int to) {
    int i = from;
    while (i < to) {
      char c = at(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
        i++;
      } else {
        break;
      }
    }
    if (i == from || i >= to || at(i) != ':') {
      return -1;
    }
    if (i + 1 < to && at(i + 1) != ' ' && at(i + 1) != '\t') {
      return -1;
    }
    return i;
  }

  boolean isDash(int at, int to) {
    return at < to
        && at(at) == '-'
        && (at + 1 == to || at(at + 1) == ' ' || at(at + 1) == '\t');
  }

  int skipSpaces(int from, int to) {
    int i = from;
    while (i < to && (at(i) == ' ' || at(i) == '\t')) {
      i++;
    }
    return i;
  }

  boolean isBlank(int from, int to) {
    return skipSpaces(from, to) == to;
  }

  /**
   * Reads the scalar that fills the rest of a line.
   *
   * @return the scalar's value; the empty string for an empty value
   */
  String scalar(int from, int to) throws NotSimple {
    return scalar(from, to, true);
  }

  /**
   * Reads or only checks the scalar that fills the rest of a line.
   *
   * @param keep whether the value is wanted; checking alone allocates nothing
   * @return the scalar's value (the empty string for an empty value), or null when not kept
   */
  String scalar(int from, int to, boolean keep) throws NotSimple {
    int start = skipSpaces(from, to);
    if (start == to) {
      return "";
    }
    char first = at(start);
    return switch (first) {
      case '"' -> doubleQuoted(start + 1, to, keep);
      case '\'' -> singleQuoted(start + 1, to, keep);
      case '#' -> "";
      case '[', ']', '{', '}', ',', '&', '*', '!', '%', '@', '`', '|', '>' -> throw NotSimple.INSTANCE;
      default -> plain(start, to, keep);
    };
  }

  String plain(int from, int to, boolean keep) throws NotSimple {
    char first = at(from);
    if ((first == '-' || first == '?' || first == ':')
        && (from + 1 == to || at(from + 1) == ' ' || at(from + 1) == '\t')) {
      throw NotSimple.INSTANCE;
    }
    int end = to;
    for (int i = from; i < to; i++) {
      char c = at(i);
      if (c == '#' && (at(i - 1) == ' ' || at(i - 1) == '\t')) {
        end = i;
        break;
      }
      if (c == ':' && (i + 1 == to || at(i + 1) == ' ' || at(i + 1) == '\t')) {
        throw NotSimple.INSTANCE;
      }
    }
    if (!keep) {
      return null;
    }
    while (end > from && (at(end - 1) == ' ' || at(end - 1) == '\t')) {
      end--;
    }
    return decode(from, end);
  }

  String singleQuoted(int from, int to, boolean keep) throws NotSimple {
    StringBuilder value = null;
    int i = from;
    int runStart = from;
    while (i < to) {
      if (at(i) == '\'') {
        if (i + 1 < to && at(i + 1) == '\'') {
          if (!keep) {
            i += 2;
            continue;
          }
          if (value == null) {
            value = new StringBuilder();
          }
          value.append(decode(runStart, i + 1));
          i += 2;
          runStart = i;
          continue;
        }
        return closeQuoted(from, runStart, i, to, value, keep);
      }
      i++;
    }
    throw NotSimple.INSTANCE;
  }

  /**
   * Ends a quoted scalar at its closing quote {@code quote}: checks what follows it and returns
   * the value, built from {@code value} (the text before the last escape) and the run since.
   */
  String closeQuoted(
      int from, int runStart, int quote, int to, StringBuilder value, boolean keep)
      throws NotSimple {
    afterQuote(quote + 1, to);
    if (!keep) {
      return null;
    }
    if (value == null) {
      return decode(from, quote);
    }
    return value.append(decode(runStart, quote)).toString();
  }

  String doubleQuoted(int from, int to, boolean keep) throws NotSimple {
    StringBuilder value = null;
    int runStart = from;
    int i = from;
    while (i < to) {
      char c = at(i);
      if (c == '"') {
        return closeQuoted(from, runStart, i, to, value, keep);
      }
      if (c == '\\') {
        if (keep && value == null) {
          value = new StringBuilder(to - from);
        }
        if (value != null) {
          value.append(decode(runStart, i));
        }
        if (i + 1 >= to) {
          throw NotSimple.INSTANCE;
        }
        i = escape(value, i + 1, to);
        runStart = i;
        continue;
      }
      i++;
    }
    throw NotSimple.INSTANCE;
  }

  /**
   * Appends one escape of a double-quoted scalar, SnakeYAML's set (YAML 1.1 section 5.7).
   *
   * @param value where to append; null to only check the escape
   * @return the index after the escape
   */
  int escape(StringBuilder value, int at, int to) throws NotSimple {
    char code = at(at);
    int digits =
        switch (code) {
          case 'x' -> 2;
          case 'u' -> 4;
          case 'U' -> 8;
          default -> 0;
        };
    if (digits > 0) {
      if (at + 1 + digits > to) {
        throw NotSimple.INSTANCE;
      }
      int codePoint = 0;
      for (int i = at + 1; i <= at + digits; i++) {
        int digit = Character.digit(at(i), 16);
        if (digit < 0) {
          throw NotSimple.INSTANCE;
        }
        codePoint = codePoint * 16 + digit;
      }
      if (!Character.isValidCodePoint(codePoint)) {
        throw NotSimple.INSTANCE;
      }
      if (value != null) {
        value.appendCodePoint(codePoint);
      }
      return at + 1 + digits;
    }
    char replacement =
        switch (code) {
          case '0' -> '\0';
          case 'a' -> '\u0007';
          case 'b' -> '\b';
          case 't', '\t' -> '\t';
          case 'n' -> '\n';
          case 'v' -> '\u000B';
          case 'f' -> '\f';
          case 'r' -> '\r';
          case 'e' -> '\u001B';
          case ' ' -> ' ';
          case '"' -> '"';
          case '\\' -> '\\';
          case 'N' -> '\u0085';
          case '_' -> '\u00A0';
          case 'L' -> '\u2028';
          case 'P' -> '\u2029';
          default -> throw NotSimple.INSTANCE;
        };
    if (value != null) {
      value.append(replacement);
    }
    return at + 1;
  }

  /** After a closing quote only white space and a comment may follow. */
  void afterQuote(int from, int to) throws NotSimple {
    int rest = skipSpaces(from, to);
    if (rest < to && (at(rest) != '#' || rest == from)) {
      throw NotSimple.INSTANCE;
    }
  }
}
