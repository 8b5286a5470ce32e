package dev.tidings.ui;

import static dev.tidings.ui.GoldenScreens.assertScreen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import dev.tidings.ui.view.Appearance;
import dev.tidings.ui.view.ColorDepth;
import org.junit.jupiter.api.Test;

/**
 * The same screens at every colour depth and in ASCII: with a marked row and the related stories
 * focused, so that every look shows. Without colour the screen stays usable by attributes; without
 * Unicode the borders and markers are ASCII and no hyperlink is written.
 */
class AppearanceScreensTest {

  private static ScreenHarness marked(int columns, int rows, Appearance appearance) {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), columns, rows, appearance);
    harness.keys(" ", "<Tab>", "j");
    return harness;
  }

  @Test
  void monochromeUsesOnlyBoldReverseAndUnderline() {
    ScreenHarness harness = marked(80, 24, new Appearance(ColorDepth.NONE, true));
    assertScreen("seeds-80x24-monochrome", harness);
    assertThat(harness.styles()).doesNotContain("fg=").doesNotContain("bg=");
  }

  @Test
  void ansi16() {
    assertScreen("seeds-120x40-ansi16", marked(120, 40, Appearance.DEFAULT));
  }

  @Test
  void ansi256() {
    assertScreen("seeds-120x40-ansi256", marked(120, 40, new Appearance(ColorDepth.ANSI256, true)));
  }

  @Test
  void trueColor() {
    assertScreen(
        "seeds-120x40-truecolor", marked(120, 40, new Appearance(ColorDepth.TRUE_COLOR, true)));
  }

  @Test
  void asciiBordersAndMarkersAndNoHyperlinks() {
    ScreenHarness harness = marked(200, 60, new Appearance(ColorDepth.ANSI16, false));
    assertScreen("seeds-200x60-ascii", harness);
    // No box drawing and no arrows; the separator and the ellipsis are also text, and stay.
    assertThat(harness.screen()).doesNotContainPattern("[\\u2190-\\u21FF\\u2500-\\u257F]");
    assertThat(harness.screen()).contains("-", "=", "|", "+");
    assertThat(harness.writtenLinks()).isEmpty();
    harness.keys("?");
    assertScreen("seeds-200x60-ascii-help", harness);
  }
}
