package dev.tidings.ui.view;

import com.googlecode.lanterna.TextColor;

/**
 * Brings a {@link ColourValue} down to what the terminal can show ({@link ColorDepth}): true
 * colour keeps everything; the 256-colour palette maps {@code #rrggbb} to the nearest colour of
 * its cube and grey ramp; the 16 ANSI colours map {@code #rrggbb} and the 256 palette's colours to
 * the nearest of the 16 by xterm's default shades ({@link XtermPalette}); without colour
 * everything is the terminal's own. Names always stay names, so the terminal's theme shades them.
 */
final class ColourFit {

  private ColourFit() {}

  /**
   * @param colour the colour asked for; never null
   * @param depth what the terminal can show; never null
   * @return the Lanterna colour to draw with: {@link TextColor.ANSI}, {@link TextColor.Indexed}
   *     or {@link TextColor.RGB}; never null
   */
  static TextColor fit(ColourValue colour, ColorDepth depth) {
    if (depth == ColorDepth.NONE) {
      return TextColor.ANSI.DEFAULT;
    }
    if (colour instanceof ColourValue.Named named) {
      return ansi(named.index());
    }
    if (colour instanceof ColourValue.Indexed indexed) {
      int index = indexed.index();
      if (index < 16) {
        return ansi(index);
      }
      if (depth != ColorDepth.ANSI16) {
        return new TextColor.Indexed(index);
      }
      int[] rgb = XtermPalette.rgb(index);
      return ansi(XtermPalette.nearest16(rgb[0], rgb[1], rgb[2]));
    }
    ColourValue.Rgb rgb = (ColourValue.Rgb) colour;
    return switch (depth) {
      case TRUE_COLOR -> new TextColor.RGB(rgb.red(), rgb.green(), rgb.blue());
      case ANSI256 ->
          new TextColor.Indexed(XtermPalette.nearest256(rgb.red(), rgb.green(), rgb.blue()));
      default -> ansi(XtermPalette.nearest16(rgb.red(), rgb.green(), rgb.blue()));
    };
  }

  /**
   * @param colour a colour; never null
   * @return its red, green and blue as xterm shows it by default (names and the 256 by {@link
   *     XtermPalette}; {@code default} as black, the usual terminal background); a new array
   */
  static int[] rgb(ColourValue colour) {
    if (colour instanceof ColourValue.Rgb rgb) {
      return new int[] {rgb.red(), rgb.green(), rgb.blue()};
    }
    if (colour instanceof ColourValue.Indexed indexed) {
      return XtermPalette.rgb(indexed.index());
    }
    int index = ((ColourValue.Named) colour).index();
    return XtermPalette.rgb(Math.max(index, 0));
  }

  private static TextColor ansi(int index) {
    if (index < 0) {
      return TextColor.ANSI.DEFAULT;
    }
    // Lanterna's enum has DEFAULT between white and the bright shades.
    return TextColor.ANSI.values()[index < 8 ? index : index + 1];
  }
}
