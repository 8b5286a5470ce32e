package dev.tidings.ui.view;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.TextColor.ANSI;

/**
 * The colours of a built-in theme at one {@link ColorDepth}, chosen by hand for each depth rather
 * than brought down, so that every depth reads well. The status line sets both its colours.
 */
record Palette(
    TextColor dim,
    TextColor provider,
    TextColor marked,
    TextColor linked,
    TextColor url,
    TextColor problem,
    TextColor match,
    TextColor statusText,
    TextColor statusBackground) {

  /**
   * @param name the theme; {@link ThemeName#MONOCHROME} has no palette
   * @param depth a depth with colour, not {@link ColorDepth#NONE}
   * @return the palette; never null
   */
  static Palette of(ThemeName name, ColorDepth depth) {
    return switch (name) {
      case LIGHT -> light(depth);
      case HIGH_CONTRAST -> highContrast(depth);
      default -> standard(depth);
    };
  }

  /** Readable on dark and light backgrounds: no white or black text, no yellow, middle grey. */
  private static Palette standard(ColorDepth depth) {
    return switch (depth) {
      case ANSI256 -> indexed(244, 30, 34, 133, 33, 160, 166, 255, 24);
      case TRUE_COLOR ->
          new Palette(
              rgb(128, 128, 128),
              rgb(0, 135, 135),
              rgb(0, 160, 60),
              rgb(175, 95, 175),
              rgb(0, 135, 255),
              rgb(215, 0, 0),
              rgb(215, 95, 0),
              rgb(238, 238, 238),
              rgb(0, 95, 135));
      default ->
          new Palette(
              ANSI.BLACK_BRIGHT,
              ANSI.CYAN,
              ANSI.GREEN,
              ANSI.MAGENTA,
              ANSI.BLUE_BRIGHT,
              ANSI.RED,
              ANSI.RED,
              ANSI.WHITE_BRIGHT,
              ANSI.BLUE);
    };
  }

  /** Darker shades for light backgrounds; dark text on a light grey status line. */
  private static Palette light(ColorDepth depth) {
    return switch (depth) {
      case ANSI256 -> indexed(240, 24, 28, 90, 25, 124, 130, 235, 252);
      case TRUE_COLOR ->
          new Palette(
              rgb(88, 88, 88),
              rgb(0, 95, 135),
              rgb(0, 120, 40),
              rgb(135, 0, 135),
              rgb(0, 80, 170),
              rgb(175, 0, 0),
              rgb(170, 70, 0),
              rgb(38, 38, 38),
              rgb(208, 208, 208));
      default ->
          new Palette(
              ANSI.BLACK_BRIGHT,
              ANSI.BLUE,
              ANSI.GREEN,
              ANSI.MAGENTA,
              ANSI.BLUE,
              ANSI.RED,
              ANSI.RED,
              ANSI.BLACK,
              ANSI.WHITE);
    };
  }

  /** Bright shades for dark backgrounds, no dim grey; black text on a white status line. */
  private static Palette highContrast(ColorDepth depth) {
    return switch (depth) {
      case ANSI256 -> indexed(252, 51, 46, 207, 39, 196, 226, 16, 231);
      case TRUE_COLOR ->
          new Palette(
              rgb(208, 208, 208),
              rgb(0, 255, 255),
              rgb(0, 255, 0),
              rgb(255, 95, 255),
              rgb(0, 175, 255),
              rgb(255, 0, 0),
              rgb(255, 255, 0),
              rgb(0, 0, 0),
              rgb(255, 255, 255));
      default ->
          new Palette(
              ANSI.WHITE,
              ANSI.CYAN_BRIGHT,
              ANSI.GREEN_BRIGHT,
              ANSI.MAGENTA_BRIGHT,
              ANSI.BLUE_BRIGHT,
              ANSI.RED_BRIGHT,
              ANSI.YELLOW_BRIGHT,
              ANSI.BLACK,
              ANSI.WHITE_BRIGHT);
    };
  }

  private static Palette indexed(int... i) {
    return new Palette(
        new TextColor.Indexed(i[0]),
        new TextColor.Indexed(i[1]),
        new TextColor.Indexed(i[2]),
        new TextColor.Indexed(i[3]),
        new TextColor.Indexed(i[4]),
        new TextColor.Indexed(i[5]),
        new TextColor.Indexed(i[6]),
        new TextColor.Indexed(i[7]),
        new TextColor.Indexed(i[8]));
  }

  private static TextColor rgb(int red, int green, int blue) {
    return new TextColor.RGB(red, green, blue);
  }
}
