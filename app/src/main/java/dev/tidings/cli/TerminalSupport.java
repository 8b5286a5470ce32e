package dev.tidings.cli;

import dev.tidings.ui.view.Appearance;
import dev.tidings.ui.view.ColorDepth;
import dev.tidings.ui.view.ThemeSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the terminal can show, worked out once at start from the environment, the {@code --color}
 * option and the terminal's charset: how many colours, and whether box drawing and other
 * non-ASCII glyphs can be drawn. Also which terminal types cannot show the browser at all.
 *
 * @param colors the colours to use; never null
 * @param unicode whether non-ASCII glyphs (box drawing, arrows, the ellipsis) can be drawn: false
 *     when the terminal's charset is not UTF-8 or its type draws no box characters
 */
record TerminalSupport(ColorDepth colors, boolean unicode) {

  /** @return how the frame is drawn on this terminal, in the default theme; never null */
  Appearance appearance() {
    return appearance(ThemeSpec.DEFAULT);
  }

  /**
   * The theme's colours are brought down to {@link #colors()} when drawn, so {@code NO_COLOR} and
   * {@code --color=never} still give none whatever the theme.
   *
   * @param theme the colour theme and the person's colours; never null
   * @return how the frame is drawn on this terminal, in {@code theme}; never null
   */
  Appearance appearance(ThemeSpec theme) {
    return new Appearance(colors, unicode, theme);
  }

  /** The {@code --color} option's values. */
  enum ColorChoice {
    /** Colour unless {@code NO_COLOR} is set and not empty, to the depth the terminal says. */
    AUTO,
    /** Colour even when {@code NO_COLOR} is set: an explicit option wins (no-color.org). */
    ALWAYS,
    /** No colour. */
    NEVER
  }

  /** The system property the launcher sets to the charset of the locale it was started in. */
  static final String CHARSET_PROPERTY = "tidings.terminal.charset";

  /** Terminal types (before any {@code -} suffix) that draw no box characters. */
  private static final Set<String> NO_BOXES =
      Set.of("linux", "vt52", "vt100", "vt102", "vt220", "vt320", "ansi", "cons25", "dumb");

  /** Terminal types (before any {@code -} suffix) known to have no colour. */
  private static final Set<String> MONOCHROME =
      Set.of("vt52", "vt100", "vt102", "vt220", "vt320", "dumb");

  /** @throws NullPointerException if {@code colors} is null */
  TerminalSupport {
    Objects.requireNonNull(colors, "colors");
  }

  /**
   * Says why the browser cannot run on a terminal of this type: {@code TERM} unset or empty, or
   * {@code dumb} (a terminal with no cursor movement, such as Emacs' shell buffer), where escape
   * sequences would show as garbage.
   *
   * @param env the environment; never null
   * @return the reason, one line without the {@code tidings: } prefix; null when it can run
   */
  static String unusable(Map<String, String> env) {
    String term = env.get("TERM");
    if (term == null || term.isEmpty()) {
      return "TERM is not set: the browser needs a terminal that can move the cursor";
    }
    if (term.equals("dumb")) {
      return "TERM=dumb: the browser needs a terminal that can move the cursor";
    }
    return null;
  }

  /**
   * Works out what the terminal can show.
   *
   * <p>Colours: {@code never} gives none. {@code auto} gives none when {@code NO_COLOR} is set and
   * not empty (no-color.org). Otherwise the depth is true colour when {@code COLORTERM} is {@code
   * truecolor} or {@code 24bit}, or the type's name ends in {@code -direct}; else the terminfo
   * entry's {@code colors}: at least 2^24 true colour, at least 256 the 256-colour palette, at
   * least 8 the 16 ANSI colours, fewer none; with no entry, 256 when the name says {@code
   * 256color}, none for {@code vt100} and the like, else 16. {@code always} ignores {@code
   * NO_COLOR} (an explicit option wins over it, as no-color.org and fzf have it) and gives at
   * least the 16 ANSI colours.
   *
   * @param choice the {@code --color} option; never null
   * @param env the environment; never null
   * @param charset the name of the terminal's charset, such as {@code UTF-8} or {@code
   *     ANSI_X3.4-1968}; null when not known (taken as not UTF-8)
   * @param terminfoDirectories the system's terminfo directories, such as {@link
   *     Terminfo#SYSTEM_DIRECTORIES}; never null
   * @return what the terminal can show; never null
   */
  static TerminalSupport detect(
      ColorChoice choice,
      Map<String, String> env,
      String charset,
      List<String> terminfoDirectories) {
    String term = env.getOrDefault("TERM", "");
    String base = term.toLowerCase(Locale.ROOT).split("-", 2)[0];
    boolean unicode = isUtf8(charset) && !NO_BOXES.contains(base);
    ColorDepth colors =
        switch (choice) {
          case NEVER -> ColorDepth.NONE;
          case AUTO ->
              isSet(env.get("NO_COLOR"))
                  ? ColorDepth.NONE
                  : depth(term, base, env, terminfoDirectories);
          case ALWAYS -> {
            ColorDepth depth = depth(term, base, env, terminfoDirectories);
            yield depth == ColorDepth.NONE ? ColorDepth.ANSI16 : depth;
          }
        };
    return new TerminalSupport(colors, unicode);
  }

  /**
   * @return the charset the launcher found ({@value #CHARSET_PROPERTY}), else the JVM's {@code
   *     native.encoding} (JDK 17), which is the locale's charset unless the launcher changed the
   *     locale; null when neither is set
   */
  static String terminalCharset() {
    String charset = System.getProperty(CHARSET_PROPERTY);
    if (charset == null || charset.isBlank()) {
      charset = System.getProperty("native.encoding");
    }
    return charset == null || charset.isBlank() ? null : charset.strip();
  }

  /** @return whether a charset name, as {@code locale charmap} or the JVM gives it, is UTF-8 */
  static boolean isUtf8(String charset) {
    if (charset == null) {
      return false;
    }
    String name = charset.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return name.equals("utf8");
  }

  private static ColorDepth depth(
      String term, String base, Map<String, String> env, List<String> terminfoDirectories) {
    String colorterm = env.getOrDefault("COLORTERM", "").toLowerCase(Locale.ROOT);
    if (colorterm.equals("truecolor") || colorterm.equals("24bit") || term.endsWith("-direct")) {
      return ColorDepth.TRUE_COLOR;
    }
    if (term.isEmpty() || term.equals("dumb")) {
      return ColorDepth.NONE;
    }
    OptionalInt colors = Terminfo.colors(term, env, terminfoDirectories);
    if (colors.isPresent()) {
      int n = colors.getAsInt();
      return n >= 1 << 24
          ? ColorDepth.TRUE_COLOR
          : n >= 256 ? ColorDepth.ANSI256 : n >= 8 ? ColorDepth.ANSI16 : ColorDepth.NONE;
    }
    if (term.contains("256color")) {
      return ColorDepth.ANSI256;
    }
    return MONOCHROME.contains(base) ? ColorDepth.NONE : ColorDepth.ANSI16;
  }

  private static boolean isSet(String value) {
    return value != null && !value.isEmpty();
  }
}
