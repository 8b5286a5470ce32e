package dev.tidings.repository.read;

/**
 * Repairs mojibake: UTF-8 text that was once decoded as windows-1252 and saved again, so that
 * {@code China’s} reads {@code Chinaâ€™s}. Each run of characters whose windows-1252 bytes form
 * one well-formed UTF-8 sequence of two to four bytes (RFC 3629: a lead byte 0xC2-0xF4, then
 * continuation bytes 0x80-0xBF) is replaced by the character it encodes, as the Python library
 * ftfy does; the pass is repeated for text that went through this twice. Sequences that would
 * decode to a line break (NEL, line or paragraph separator) or a byte-order mark are left alone,
 * so that a repair never changes the YAML structure around it. Legitimate text almost never
 * holds such runs ({@code Ã©} in a title is far likelier to be a broken {@code é}).
 */
final class Mojibake {

  /** Text that went through windows-1252 more than this often is left as it is. */
  private static final int MAX_PASSES = 3;

  private Mojibake() {}

  /**
   * What a repair changed.
   *
   * @param text the repaired text; never null
   * @param repairs how many sequences were repaired, in all passes
   * @param firstAt the offset in the original text of the first repaired sequence, or -1
   * @param firstBroken the first repaired sequence as it was; null when none
   * @param firstRepaired what it became; null when none
   */
  record Repair(String text, int repairs, int firstAt, String firstBroken, String firstRepaired) {}

  /**
   * @param text any text; never null
   * @return the text with its mojibake repaired; {@code repairs} is 0 and {@code text} the same
   *     instance when there was none
   */
  static Repair repair(String text) {
    String current = text;
    int repairs = 0;
    int firstAt = -1;
    String firstBroken = null;
    String firstRepaired = null;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      StringBuilder out = null;
      int i = 0;
      int n = current.length();
      while (i < n) {
        int length = sequenceAt(current, i);
        if (length == 0) {
          if (out != null) {
            out.append(current.charAt(i));
          }
          i++;
          continue;
        }
        if (out == null) {
          out = new StringBuilder(n).append(current, 0, i);
        }
        String repaired = decodeAt(current, i, length);
        if (pass == 0 && firstAt < 0) {
          firstAt = i;
          firstBroken = current.substring(i, i + length);
          firstRepaired = repaired;
        }
        out.append(repaired);
        repairs++;
        i += length;
      }
      if (out == null) {
        break;
      }
      current = out.toString();
    }
    return new Repair(current, repairs, firstAt, firstBroken, firstRepaired);
  }

  /**
   * A quick test on UTF-8 bytes for what {@link #repair} could change: the two bytes of a
   * character U+00C2-U+00F4 (a lead byte read as windows-1252) followed by the first byte of a
   * character windows-1252 gives to a continuation byte (U+0080-U+00BF, or one of its letters and
   * signs at U+0152-U+2122). May say yes to text with nothing to repair; never says no to text
   * with something.
   *
   * @param bytes UTF-8 bytes
   * @param at the offset of a byte 0xC3
   * @param to the end of the bytes to look at
   * @return whether mojibake may start at {@code at}
   */
  static boolean mayStartAt(byte[] bytes, int at, int to) {
    if (at + 2 >= to || bytes[at] != (byte) 0xC3) {
      return false;
    }
    int second = bytes[at + 1] & 0xFF;
    int next = bytes[at + 2] & 0xFF;
    return second >= 0x82
        && second <= 0xB4
        && (next == 0xC2 || next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2);
  }

  /** @return the length of the repairable sequence at {@code i}, or 0 when there is none */
  private static int sequenceAt(String text, int i) {
    int lead = Windows1252.byteOf(text.charAt(i));
    int length;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
    } else {
      return 0;
    }
    if (i + length > text.length()) {
      return 0;
    }
    int second = Windows1252.byteOf(text.charAt(i + 1));
    for (int k = 1; k < length; k++) {
      int b = Windows1252.byteOf(text.charAt(i + k));
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
    }
    boolean overlongOrSurrogate =
        lead == 0xE0 && second < 0xA0
            || lead == 0xED && second > 0x9F
            || lead == 0xF0 && second < 0x90
            || lead == 0xF4 && second > 0x8F;
    if (overlongOrSurrogate) {
      return 0;
    }
    int cp = codePoint(text, i, length);
    // A C1 control other than NEL may come out of a pass, when the text went through windows-1252
    // twice (a C1 control stands for a byte windows-1252 leaves undefined): the next pass
    // repairs it, and the text held that control already.
    boolean structural =
        cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
    return structural ? 0 : length;
  }

  private static int codePoint(String text, int i, int length) {
    int lead = Windows1252.byteOf(text.charAt(i));
    int cp = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (int k = 1; k < length; k++) {
      cp = cp << 6 | (Windows1252.byteOf(text.charAt(i + k)) & 0x3F);
    }
    return cp;
  }

  private static String decodeAt(String text, int i, int length) {
    return new String(Character.toChars(codePoint(text, i, length)));
  }
}
