package dev.tidings.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bringing colours down to the terminal's depth, against the xterm 256-colour palette
 * (256colres.pl: cube levels 0, 95, 135, 175, 215, 255; grey ramp 8 + 10i) and xterm's default 16.
 */
class ColourFitTest {

  /** Lanterna's colour as the golden screens write it. */
  private static String shown(TextColor colour) {
    if (colour instanceof TextColor.ANSI ansi) {
      return ansi.name().toLowerCase();
    }
    if (colour instanceof TextColor.Indexed) {
      String sgr = new String(colour.getForegroundSGRSequence());
      return sgr.substring(sgr.lastIndexOf(';') + 1);
    }
    return "rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // value  | true colour       | 256 | 16
        "#ff0000  | rgb(255,0,0)      | 196 | red_bright",
        "#d70000  | rgb(215,0,0)      | 160 | red",
        "#808080  | rgb(128,128,128)  | 244 | black_bright",
        "#000000  | rgb(0,0,0)        | 16  | black",
        "#010101  | rgb(1,1,1)        | 16  | black",
        "#080808  | rgb(8,8,8)        | 232 | black",
        "#ffffff  | rgb(255,255,255)  | 231 | white_bright",
        "#eeeeee  | rgb(238,238,238)  | 255 | white",
        "#5f87af  | rgb(95,135,175)   | 67  | black_bright",
        "#0000ff  | rgb(0,0,255)      | 21  | blue",
        "#ffff00  | rgb(255,255,0)    | 226 | yellow_bright",
        "#ff8700  | rgb(255,135,0)    | 208 | yellow",
        "#123456  | rgb(18,52,86)     | 23  | black",
        "red      | red               | red | red",
        "bright-blue | blue_bright    | blue_bright | blue_bright",
        "default  | default           | default | default",
        "4        | blue              | blue | blue",
        "12       | blue_bright       | blue_bright | blue_bright",
        "196      | 196               | 196 | red_bright",
        "244      | 244               | 244 | black_bright",
        "67       | 67                | 67  | black_bright",
        "231      | 231               | 231 | white_bright",
      })
  void bringsDown(String value, String trueColour, String ansi256, String ansi16) {
    ColourValue colour = ColourValue.parse(value);
    assertThat(shown(ColourFit.fit(colour, ColorDepth.TRUE_COLOR))).isEqualTo(trueColour);
    assertThat(shown(ColourFit.fit(colour, ColorDepth.ANSI256))).isEqualTo(ansi256);
    assertThat(shown(ColourFit.fit(colour, ColorDepth.ANSI16))).isEqualTo(ansi16);
    assertThat(ColourFit.fit(colour, ColorDepth.NONE)).isEqualTo(TextColor.ANSI.DEFAULT);
  }

  @Test
  void everyColourOfTheCubeAndTheGreyRampIsItsOwnNearest() {
    for (int i = 16; i < 256; i++) {
      int[] rgb = XtermPalette.rgb(i);
      assertThat(XtermPalette.nearest256(rgb[0], rgb[1], rgb[2])).as("colour %d", i).isEqualTo(i);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0   | 0,0,0",
        "1   | 205,0,0",
        "8   | 127,127,127",
        "12  | 92,92,255",
        "15  | 255,255,255",
        "16  | 0,0,0",
        "67  | 95,135,175",
        "196 | 255,0,0",
        "231 | 255,255,255",
        "232 | 8,8,8",
        "244 | 128,128,128",
        "255 | 238,238,238",
      })
  void thePaletteIsXterms(int index, String rgb) {
    int[] c = XtermPalette.rgb(index);
    assertThat(c[0] + "," + c[1] + "," + c[2]).isEqualTo(rgb);
  }
}
