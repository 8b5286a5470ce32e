package dev.tidings.repository.read;

import dev.tidings.repository.read.YamlBytes.NotSimple;

/**
 * Checks the characters of a front matter block before the {@link FrontMatterScanner} reads it,
 * refusing bytes that SnakeYAML would reject or read differently, so that the scanner answers only
 * where the SnakeYAML path would answer the same: anything but well-formed UTF-8 (the text path
 * decodes it as windows-1252), text that may hold mojibake (the text path repairs it), characters
 * outside YAML's printable set, line breaks other than LF and CRLF (YAML 1.1 also breaks lines at
 * CR, NEL, LS and PS), and tabs (SnakeYAML 2 refuses a tab between tokens, after {@code :}, {@code
 * -} or a closing quote and on blank lines, but not inside a scalar; articles have none, so all go
 * to SnakeYAML). Sources: YAML 1.1 section 5.1 (printable characters, line breaks) and RFC 3629
 * (UTF-8).
 */
final class YamlCharacters {

  private YamlCharacters() {}

  /**
   * Checks {@code bytes[from, to)}; allocates nothing.
   *
   * @throws NotSimple if they hold a byte or character outside the subset
   */
  static void check(byte[] bytes, int from, int to) throws NotSimple {
    int i = from;
    while (i < to) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        if (b >= 0x20 && b < 0x7F || b == '\n') {
          i++;
        } else if (b == '\r' && i + 1 < to && bytes[i + 1] == '\n') {
          i += 2;
        } else {
          throw NotSimple.INSTANCE;
        }
      } else if (b >= 0xC2 && b <= 0xDF) {
        // U+0080..U+009F are C1 controls, and NEL, a line break in YAML 1.1.
        if (b == 0xC2 && continuation(bytes, i + 1, to) < 0xA0) {
          throw NotSimple.INSTANCE;
        }
        // Mojibake is repaired, and said, on the SnakeYAML path.
        if (b == 0xC3 && Mojibake.mayStartAt(bytes, i, to)) {
          throw NotSimple.INSTANCE;
        }
        continuation(bytes, i + 1, to);
        i += 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        int second = continuation(bytes, i + 1, to);
        int third = continuation(bytes, i + 2, to);
        boolean overlongOrSurrogate = b == 0xE0 && second < 0xA0 || b == 0xED && second > 0x9F;
        boolean lineOrParagraphSeparator =
            b == 0xE2 && second == 0x80 && (third == 0xA8 || third == 0xA9);
        boolean nonCharacter = b == 0xEF && second == 0xBF && (third == 0xBE || third == 0xBF);
        if (overlongOrSurrogate || lineOrParagraphSeparator || nonCharacter) {
          throw NotSimple.INSTANCE;
        }
        i += 3;
      } else if (b >= 0xF0 && b <= 0xF4) {
        int second = continuation(bytes, i + 1, to);
        continuation(bytes, i + 2, to);
        continuation(bytes, i + 3, to);
        if (b == 0xF0 && second < 0x90 || b == 0xF4 && second > 0x8F) {
          throw NotSimple.INSTANCE;
        }
        i += 4;
      } else {
        throw NotSimple.INSTANCE;
      }
    }
  }

  private static int continuation(byte[] bytes, int at, int to) throws NotSimple {
    if (at >= to) {
      throw NotSimple.INSTANCE;
    }
    int b = bytes[at] & 0xFF;
    if (b < 0x80 || b > 0xBF) {
      throw NotSimple.INSTANCE;
    }
    return b;
  }
}
