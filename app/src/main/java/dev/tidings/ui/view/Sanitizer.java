package dev.tidings.ui.view;

import com.googlecode.lanterna.TerminalTextUtils;
import java.text.Normalizer;

/**
 * The workings of {@link TerminalText#sanitize(String)}, which states the contract: escape
 * sequences (ECMA-48) and control characters, the characters Lanterna 3.1.5 cannot draw or
 * measures differently from terminals (Unicode UAX #11), and the one scan that finds clean text
 * clean without copying it.
 */
final class Sanitizer {

  private static final char ESC = 0x1B;
  private static final char BEL = 0x07;
  private static final char C1_CSI = 0x9B;
  private static final char C1_ST = 0x9C;

  private Sanitizer() {}

  /** See {@link TerminalText#sanitize(String)}. */
  static String sanitize(String text) {
    if (text == null) {
      return "";
    }
    if (isClean(text)) {
      return text;
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    int i = 0;
    while (i < composed.length()) {
      int cp = composed.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == ESC) {
        next = skipEscape(composed, next);
      } else if (cp == C1_CSI) {
        next = skipCsi(composed, next);
      } else if (cp == 0x90 || cp == 0x98 || cp == 0x9D || cp == 0x9E || cp == 0x9F) {
        next = skipString(composed, next);
      } else if (cp == '\t' || cp == '\n' || cp == '\r') {
        out.append(' ');
      } else if (Character.isISOControl(cp) || isInvisible(cp)) {
        // dropped
      } else if (Character.isSurrogate((char) cp)) {
        out.append(TerminalText.PLACEHOLDER);
      } else if (Character.isSupplementaryCodePoint(cp)) {
        out.append(
            isWideSupplementary(cp) ? TerminalText.WIDE_PLACEHOLDER : TerminalText.PLACEHOLDER);
      } else if (isMiscountedWide((char) cp)) {
        out.append(TerminalText.WIDE_PLACEHOLDER);
      } else {
        out.append((char) cp);
      }
      i = next;
    }
    // Removing a control or an escape sequence can bring together characters that compose (Indic
    // vowel signs, which are spacing marks and stay): compose again, or sanitizing the result would
    // change it.
    String sanitized = out.toString();
    return Normalizer.isNormalized(sanitized, Normalizer.Form.NFC)
        ? sanitized
        : Normalizer.normalize(sanitized, Normalizer.Form.NFC);
  }

  /**
   * Whether {@link #sanitize(String)} would return the text unchanged: one scan and no copy, so
   * that text that is clean already (most of it: ASCII titles, the views' own words) costs little.
   */
  private static boolean isClean(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c <= 0x7E) {
        continue;
      }
      ascii = false;
      if (c < 0xA0 || Character.isSurrogate(c) || isInvisible(c) || isMiscountedWide(c)) {
        return false;
      }
    }
    return ascii || Normalizer.isNormalized(text, Normalizer.Form.NFC);
  }

  /**
   * Bidirectional controls, other format characters and combining marks: zero width. Also the
   * Hangul vowel and final consonant jamo, which terminals draw with no width of their own (they
   * join the syllable before them) while Lanterna counts U+1160-U+11FF two columns and
   * U+D7B0-U+D7FF one.
   */
  private static boolean isInvisible(int cp) {
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

  /**
   * The East Asian Wide and Fullwidth ranges of the Basic Multilingual Plane (Unicode UAX #11,
   * EastAsianWidth.txt, Unicode 15), as pairs of first and last code point.
   */
  private static final char[] WIDE_BMP = {
    '\u1100', '\u115F', '\u231A', '\u231B', '\u2329', '\u232A', '\u23E9', '\u23EC',
    '\u23F0', '\u23F0', '\u23F3', '\u23F3', '\u25FD', '\u25FE', '\u2614', '\u2615',
    '\u2648', '\u2653', '\u267F', '\u267F', '\u2693', '\u2693', '\u26A1', '\u26A1',
    '\u26AA', '\u26AB', '\u26BD', '\u26BE', '\u26C4', '\u26C5', '\u26CE', '\u26CE',
    '\u26D4', '\u26D4', '\u26EA', '\u26EA', '\u26F2', '\u26F3', '\u26F5', '\u26F5',
    '\u26FA', '\u26FA', '\u26FD', '\u26FD', '\u2705', '\u2705', '\u270A', '\u270B',
    '\u2728', '\u2728', '\u274C', '\u274C', '\u274E', '\u274E', '\u2753', '\u2755',
    '\u2757', '\u2757', '\u2795', '\u2797', '\u27B0', '\u27B0', '\u27BF', '\u27BF',
    '\u2B1B', '\u2B1C', '\u2B50', '\u2B50', '\u2B55', '\u2B55', '\u2E80', '\u303E',
    '\u3041', '\u33FF', '\u3400', '\u4DBF', '\u4E00', '\uA4CF', '\uA960', '\uA97F',
    '\uAC00', '\uD7A3', '\uF900', '\uFAFF', '\uFE10', '\uFE19', '\uFE30', '\uFE6F',
    '\uFF00', '\uFF60', '\uFFE0', '\uFFE6'
  };

  /**
   * Whether terminals draw {@code c} two columns wide while Lanterna 3.1.5 counts one (or the other
   * way round is not a concern: Lanterna only ever counts more for East Asian Wide characters).
   */
  private static boolean isMiscountedWide(char c) {
    if (c < '\u1100') {
      return false;
    }
    for (int i = 0; i < WIDE_BMP.length; i += 2) {
      if (c < WIDE_BMP[i]) {
        return false;
      }
      if (c <= WIDE_BMP[i + 1]) {
        return !TerminalTextUtils.isCharCJK(c);
      }
    }
    return false;
  }

  /** East Asian Wide ranges of the supplementary planes (Unicode UAX #11): emoji and CJK. */
  private static boolean isWideSupplementary(int cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** Skips what follows an ESC: a CSI sequence, a control string, or one more character. */
  private static int skipEscape(String s, int from) {
    if (from >= s.length()) {
      return from;
    }
    char c = s.charAt(from);
    return switch (c) {
      case '[' -> skipCsi(s, from + 1);
      case ']', 'P', 'X', '^', '_' -> skipString(s, from + 1);
      default -> from + 1;
    };
  }

  /**
   * Skips CSI parameter and intermediate bytes and the final byte (ECMA-48 5.4); a byte that
   * cannot be part of the sequence ends it and is left for the caller.
   */
  private static int skipCsi(String s, int from) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c >= 0x40 && c <= 0x7E) {
        return i + 1;
      }
      if (c < 0x20 || c > 0x7E) {
        return i;
      }
      i++;
    }
    return i;
  }

  /** Skips a control string up to and including its terminator: BEL, ESC \ or C1 ST. */
  private static int skipString(String s, int from) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c == BEL || c == C1_ST) {
        return i;
      }
      if (c == ESC) {
        return i < s.length() && s.charAt(i) == '\\' ? i + 1 : i;
      }
    }
    return i;
  }
}
