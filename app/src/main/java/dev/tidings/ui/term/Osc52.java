package dev.tidings.ui.term;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The OSC 52 sequence that puts a text on the user's clipboard, {@code ESC ] 52 ; c ; BASE64 BEL}
 * (xterm's "Operating System Commands", Ps = 52, selection {@code c}, the text's UTF-8 bytes in
 * base64 by RFC 4648 without line breaks). The terminal that draws tidings sets the clipboard of
 * the machine the user sits at, also at the far end of an SSH link. Pure functions: nothing is
 * written here.
 *
 * <p>Inside a terminal multiplexer the sequence is wrapped so that it reaches the terminal around
 * it ({@link Wrapping}): for tmux, its passthrough {@code ESC P tmux; ... ESC \} with every ESC
 * inside doubled (tmux's manual, {@code allow-passthrough}); for GNU screen, DCS {@code ESC P ...
 * ESC \}, which screen passes on unchanged but only up to a length (768 bytes since screen 4.2.1,
 * 256 before), so the base64 is cut into pieces of {@link #SCREEN_CHUNK} bytes, each in a DCS of
 * its own, the first after the OSC's start and the last before its BEL, as vim-oscyank does
 * ({@code plugin/oscyank.vim}, {@code s:get_OSC52_DCS}; Chromium's hterm {@code osc52.sh} cuts at
 * 252 for the same reason).
 */
public final class Osc52 {

  /** The most bytes of base64 a terminal is sent; xterm and hterm's scripts stop at 100,000. */
  public static final int MAX_BASE64_BYTES = 100_000;

  /** The bytes of base64 in each DCS string for GNU screen. */
  static final int SCREEN_CHUNK = 76;

  private static final String ESC = "\u001B";
  private static final String START = ESC + "]52;c;";
  private static final String BEL = "\u0007";
  private static final String DCS = ESC + "P";
  private static final String ST = ESC + "\\";

  /** Where the sequence goes: the terminal, or a multiplexer that passes it on. */
  public enum Wrapping {
    /** Straight to the terminal. */
    PLAIN,
    /** Through tmux ({@code TMUX} set). */
    TMUX,
    /** Through GNU screen ({@code STY} set and {@code TERM} starting with {@code screen}). */
    SCREEN;

    /**
     * @param env the environment; never null
     * @return tmux when {@code TMUX} is set (tmux sets {@code TERM=screen} too), screen when
     *     {@code STY} is set and {@code TERM} starts with {@code screen}, else plain
     */
    public static Wrapping of(Map<String, String> env) {
      if (set(env.get("TMUX"))) {
        return TMUX;
      }
      String term = env.get("TERM");
      if (set(env.get("STY")) && term != null && term.startsWith("screen")) {
        return SCREEN;
      }
      return PLAIN;
    }

    private static boolean set(String value) {
      return value != null && !value.isEmpty();
    }
  }

  private Osc52() {}

  /**
   * @param text the text; never null
   * @return its UTF-8 bytes in base64 (RFC 4648, section 4, with padding, no line breaks)
   */
  public static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param text the text to copy; never null
   * @param wrapping how the sequence reaches the terminal; never null
   * @return the bytes to write to the terminal, ASCII only
   */
  public static byte[] sequence(String text, Wrapping wrapping) {
    String base64 = base64(text);
    String osc = START + base64 + BEL;
    String bytes =
        switch (wrapping) {
          case PLAIN -> osc;
          case TMUX -> DCS + "tmux;" + osc.replace(ESC, ESC + ESC) + ST;
          case SCREEN -> screen(base64);
        };
    return bytes.getBytes(StandardCharsets.US_ASCII);
  }

  private static String screen(String base64) {
    StringBuilder out = new StringBuilder(DCS).append(START);
    for (int from = 0; from < base64.length(); from += SCREEN_CHUNK) {
      if (from > 0) {
        out.append(ST).append(DCS);
      }
      out.append(base64, from, Math.min(base64.length(), from + SCREEN_CHUNK));
    }
    return out.append(BEL).append(ST).toString();
  }
}
