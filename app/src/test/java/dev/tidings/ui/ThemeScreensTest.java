package dev.tidings.ui;

import static dev.tidings.ui.GoldenScreens.assertScreen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import dev.tidings.ui.view.Appearance;
import dev.tidings.ui.view.ColorDepth;
import dev.tidings.ui.view.ColourValue;
import dev.tidings.ui.view.ThemeElement;
import dev.tidings.ui.view.ThemeName;
import dev.tidings.ui.view.ThemeSpec;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every built-in theme at 80x24 over the seeds, with colours, at the depths a terminal may have:
 * a query's matches, a marked row and the related stories focused, so that most looks show.
 */
class ThemeScreensTest {

  private static ScreenHarness shown(ColorDepth depth, ThemeSpec theme) {
    ScreenHarness harness =
        new ScreenHarness(TestCorpora.seeds(), 80, 24, new Appearance(depth, true, theme));
    harness.keys("/", "I", "P", "O", "<Enter>", " ", "<Tab>", "j");
    return harness;
  }

  private static String name(ThemeName theme, ColorDepth depth) {
    return "seeds-80x24-theme-"
        + theme.label()
        + "-"
        + depth.name().toLowerCase(Locale.ROOT).replace("_", "");
  }

  @ParameterizedTest
  @CsvSource({
    "DEFAULT, TRUE_COLOR", "DEFAULT, ANSI256", "DEFAULT, ANSI16",
    "LIGHT, TRUE_COLOR", "LIGHT, ANSI256", "LIGHT, ANSI16",
    "HIGH_CONTRAST, TRUE_COLOR", "HIGH_CONTRAST, ANSI256", "HIGH_CONTRAST, ANSI16",
  })
  void builtInTheme(ThemeName theme, ColorDepth depth) {
    ScreenHarness harness = shown(depth, ThemeSpec.of(theme));
    assertScreen(name(theme, depth), harness);
    assertThat(harness.styles()).contains("fg=", "bg=");
  }

  @ParameterizedTest
  @EnumSource(ColorDepth.class)
  void monochromeHasNoColourEvenOnAColourTerminal(ColorDepth depth) {
    ScreenHarness harness = shown(depth, ThemeSpec.of(ThemeName.MONOCHROME));
    assertScreen("seeds-80x24-theme-monochrome", harness);
    assertThat(harness.styles()).doesNotContain("fg=").doesNotContain("bg=");
  }

  @Test
  void noColourIsNoColourInTheLightThemeToo() {
    ScreenHarness harness = shown(ColorDepth.NONE, ThemeSpec.of(ThemeName.LIGHT));
    assertThat(harness.styles())
        .isEqualTo(shown(ColorDepth.NONE, ThemeSpec.DEFAULT).styles())
        .doesNotContain("fg=")
        .doesNotContain("bg=");
  }

  @Test
  void anElementsOwnColourWinsOverTheTheme() {
    ThemeSpec spec =
        ThemeSpec.of(ThemeName.LIGHT)
            .with(ThemeElement.PROVIDER, ColourValue.parse("#ff8700"));
    ScreenHarness harness = shown(ColorDepth.ANSI256, spec);
    assertScreen("seeds-80x24-theme-light-provider-ansi256", harness);
    assertThat(harness.styles()).contains("fg=#208").doesNotContain("fg=#24\n");
  }
}
