package dev.tidings.ui.view;

import java.util.Objects;

/**
 * What the frame is drawn with: the terminal's colours and whether it can draw Unicode box
 * characters and arrows. Without Unicode, borders, markers and the ellipsis fall back to ASCII
 * (lines {@code -}, {@code =} and {@code |}, corners {@code +}, the related stories' arrows {@code
 * +} and {@code <}, the ellipsis {@code >}), and the article's URL is not written as
 * an OSC 8 hyperlink (terminals that cannot draw box characters, such as the Linux console and
 * {@code vt100}, do not know OSC 8 either).
 *
 * @param colors the colour depth; never null
 * @param unicode whether box characters, arrows and the ellipsis can be drawn
 * @param theme the colour theme and the person's colours, brought down to {@code colors} when
 *     drawn; never null
 */
public record Appearance(ColorDepth colors, boolean unicode, ThemeSpec theme) {

  /** The 16 ANSI colours and Unicode: what tests and the benchmark draw with by default. */
  public static final Appearance DEFAULT = new Appearance(ColorDepth.ANSI16, true);

  /** @throws NullPointerException if {@code colors} or {@code theme} is null */
  public Appearance {
    Objects.requireNonNull(colors, "colors");
    Objects.requireNonNull(theme, "theme");
  }

  /**
   * In the default theme.
   *
   * @param colors the colour depth; never null
   * @param unicode whether box characters, arrows and the ellipsis can be drawn
   * @throws NullPointerException if {@code colors} is null
   */
  public Appearance(ColorDepth colors, boolean unicode) {
    this(colors, unicode, ThemeSpec.DEFAULT);
  }

  /**
   * @param spec the theme to draw in; never null
   * @return this appearance in {@code spec}; never null
   */
  public Appearance withTheme(ThemeSpec spec) {
    return new Appearance(colors, unicode, spec);
  }

  /** @return whether the URL of the article is written as an OSC 8 hyperlink too */
  public boolean hyperlinks() {
    return unicode;
  }
}
