package dev.tidings.ui.view;

import java.text.Normalizer;

/**
 * The workings of {@link TerminalText#sanitize(String)}, which states the contract: escape
 * sequences (ECMA-48) and control characters, the characters Lanterna 3.1.5 cannot draw or
 * measures differently from terminals (decided by {@link Columns}), and the one scan that finds
 * clean text clean without copying it.
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
      } else if (Character.isSupplementaryCodePoint(cp)) {
        // Never kept: Lanterna cannot draw it.
        append(out, Columns.supplementary(cp), TerminalText.PLACEHOLDER);
      } else {
        append(out, Columns.action((char) cp), (char) cp);
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
      if (c < 0xA0) {
        return false;
      }
      byte action = Columns.action(c);
      if (action != Columns.KEEP_NARROW && action != Columns.KEEP_WIDE) {
        return false;
      }
    }
    return ascii || Normalizer.isNormalized(text, Normalizer.Form.NFC);
  }

  /** Appends what {@link Columns} says to put for {@code c}. */
  private static void append(StringBuilder out, byte action, char c) {
    switch (action) {
      case Columns.KEEP_NARROW, Columns.KEEP_WIDE -> out.append(c);
      case Columns.SPACE -> out.append(' ');
      case Columns.NARROW_PLACEHOLDER -> out.append(TerminalText.PLACEHOLDER);
      case Columns.WIDE_PLACEHOLDER -> out.append(TerminalText.WIDE_PLACEHOLDER);
      default -> {
        // Columns.DROP
      }
    }
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
