package dev.tidings.ui.view;

/**
 * The colours of the xterm 256-colour palette as RGB, and the nearest of them to an RGB colour.
 *
 * <p>The definition is xterm's {@code 256colres.pl} and {@code 88colres.pl}
 * (invisible-island.net/xterm): colours 0..15 are xterm's default ANSI colours (its {@code
 * XTerm-col.ad} resources: {@code 205} for the normal shades, {@code 255} for the bright ones,
 * blue {@code 0,0,238} and bright blue {@code 92,92,255}, white {@code 229}, bright black {@code
 * 127}); 16..231 are the 6x6x6 cube {@code 16 + 36r + 6g + b}, where each level 0..5 is the
 * intensity {@code 0, 95, 135, 175, 215, 255} ({@code 0} for level 0, else {@code 55 + 40 *
 * level}); 232..255 are the grey ramp {@code 8 + 10 * i} for {@code i} 0..23. Distance is the
 * squared Euclidean distance in RGB; ties go to the lower index.
 */
final class XtermPalette {

  private static final int[] LEVELS = {0, 95, 135, 175, 215, 255};

  private static final int[][] ANSI = {
    {0, 0, 0}, {205, 0, 0}, {0, 205, 0}, {205, 205, 0},
    {0, 0, 238}, {205, 0, 205}, {0, 205, 205}, {229, 229, 229},
    {127, 127, 127}, {255, 0, 0}, {0, 255, 0}, {255, 255, 0},
    {92, 92, 255}, {255, 0, 255}, {0, 255, 255}, {255, 255, 255}
  };

  private XtermPalette() {}

  /**
   * @param index 0..255
   * @return the colour's red, green and blue, each 0..255; a new array
   * @throws IllegalArgumentException if {@code index} is not 0..255
   */
  static int[] rgb(int index) {
    if (index < 0 || index > 255) {
      throw new IllegalArgumentException("not a colour of the 256: " + index);
    }
    if (index < 16) {
      return ANSI[index].clone();
    }
    if (index >= 232) {
      int grey = 8 + 10 * (index - 232);
      return new int[] {grey, grey, grey};
    }
    int cube = index - 16;
    return new int[] {LEVELS[cube / 36], LEVELS[cube / 6 % 6], LEVELS[cube % 6]};
  }

  /**
   * The nearest colour of the cube and the grey ramp (16..255): the first 16 are left out
   * because terminals' themes change them.
   *
   * @return 16..255
   */
  static int nearest256(int red, int green, int blue) {
    return nearest(red, green, blue, 16, 256);
  }

  /**
   * The nearest of the 16 ANSI colours, by xterm's default shades.
   *
   * @return 0..15
   */
  static int nearest16(int red, int green, int blue) {
    return nearest(red, green, blue, 0, 16);
  }

  private static int nearest(int red, int green, int blue, int from, int to) {
    int best = from;
    long bestDistance = Long.MAX_VALUE;
    for (int i = from; i < to; i++) {
      int[] c = rgb(i);
      long d = square(c[0] - red) + square(c[1] - green) + square(c[2] - blue);
      if (d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    return best;
  }

  private static long square(int x) {
    return (long) x * x;
  }
}
