package dev.tidings.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Built-in themes, the person's colours for elements, and when colour is not used at all. */
class ThemeTest {

  private static final TextColor DEFAULT = TextColor.ANSI.DEFAULT;

  @ParameterizedTest
  @EnumSource(ColorDepth.class)
  void monochromeLooksAsNoColourDoesAtEveryDepth(ColorDepth depth) {
    Theme monochrome = Theme.of(depth, ThemeSpec.of(ThemeName.MONOCHROME));
    Theme none = Theme.of(ColorDepth.NONE);
    for (Style style : Style.values()) {
      assertThat(monochrome.look(style)).as("%s", style).isEqualTo(none.look(style));
    }
    assertThat(monochrome.look(Style.STATUS).modifiers()).containsExactly(SGR.REVERSE);
  }

  @ParameterizedTest
  @EnumSource(ThemeName.class)
  void noColourDepthMeansNoColourInEveryThemeEvenWithOverrides(ThemeName name) {
    ThemeSpec spec =
        ThemeSpec.of(name)
            .with(ThemeElement.PROVIDER, ColourValue.parse("#ff8700"))
            .with(ThemeElement.STATUS, ColourValue.parse("red"));
    Theme theme = Theme.of(ColorDepth.NONE, spec);
    for (Style style : Style.values()) {
      assertThat(theme.look(style).foreground()).as("%s", style).isEqualTo(DEFAULT);
      assertThat(theme.look(style).background()).as("%s", style).isEqualTo(DEFAULT);
    }
  }

  @Test
  void anOverrideColoursItsElementsRolesBroughtDownToTheDepth() {
    ThemeSpec spec =
        ThemeSpec.of(ThemeName.LIGHT).with(ThemeElement.LINK, ColourValue.parse("#ff8700"));
    assertThat(Theme.of(ColorDepth.ANSI256, spec).look(Style.LINKED).foreground())
        .isEqualTo(new TextColor.Indexed(208));
    assertThat(Theme.of(ColorDepth.ANSI256, spec).look(Style.URL))
        .isEqualTo(
            new Theme.Look(new TextColor.Indexed(208), DEFAULT, EnumSet.of(SGR.UNDERLINE)));
    assertThat(Theme.of(ColorDepth.TRUE_COLOR, spec).look(Style.URL).foreground())
        .isEqualTo(new TextColor.RGB(255, 135, 0));
    assertThat(Theme.of(ColorDepth.ANSI16, spec).look(Style.URL).foreground())
        .isEqualTo(TextColor.ANSI.YELLOW);
    // The other roles keep the light theme's colours.
    assertThat(Theme.of(ColorDepth.ANSI256, spec).look(Style.PROVIDER))
        .isEqualTo(
            Theme.of(ColorDepth.ANSI256, ThemeSpec.of(ThemeName.LIGHT)).look(Style.PROVIDER));
  }

  @Test
  void theCursorsColourIsItsBarsAndTheStatusLineGetsTextThatReadsOnIt() {
    ThemeSpec spec =
        ThemeSpec.DEFAULT
            .with(ThemeElement.CURSOR, ColourValue.parse("blue"))
            .with(ThemeElement.STATUS, ColourValue.parse("#ffd700"));
    Theme theme = Theme.of(ColorDepth.TRUE_COLOR, spec);
    assertThat(theme.look(Style.CURSOR))
        .isEqualTo(new Theme.Look(TextColor.ANSI.BLUE, DEFAULT, EnumSet.of(SGR.REVERSE)));
    assertThat(theme.look(Style.CURSOR_MARKED).modifiers()).contains(SGR.REVERSE, SGR.BOLD);
    assertThat(theme.look(Style.CURSOR_MARKED).foreground()).isEqualTo(TextColor.ANSI.BLUE);
    assertThat(theme.look(Style.STATUS))
        .isEqualTo(
            new Theme.Look(
                TextColor.ANSI.BLACK, new TextColor.RGB(255, 215, 0), EnumSet.noneOf(SGR.class)));
    Theme dark = Theme.of(ColorDepth.ANSI256, ThemeSpec.DEFAULT.with(ThemeElement.STATUS,
        ColourValue.parse("17")));
    assertThat(dark.look(Style.STATUS_MESSAGE).foreground()).isEqualTo(TextColor.ANSI.WHITE_BRIGHT);
    assertThat(dark.look(Style.STATUS_MESSAGE).background()).isEqualTo(new TextColor.Indexed(17));
  }

  @Test
  void highContrastIsBrightAndBolder() {
    Theme theme = Theme.of(ColorDepth.ANSI16, ThemeSpec.of(ThemeName.HIGH_CONTRAST));
    assertThat(theme.look(Style.PROVIDER))
        .isEqualTo(new Theme.Look(TextColor.ANSI.CYAN_BRIGHT, DEFAULT, EnumSet.of(SGR.BOLD)));
    assertThat(theme.look(Style.STATUS))
        .isEqualTo(
            new Theme.Look(
                TextColor.ANSI.BLACK, TextColor.ANSI.WHITE_BRIGHT, EnumSet.of(SGR.BOLD)));
  }

  @Test
  void elementsAndThemesHaveTheNamesTheConfigUses() {
    assertThat(ThemeName.ofLabel("High-Contrast")).contains(ThemeName.HIGH_CONTRAST);
    assertThat(ThemeName.ofLabel("high_contrast")).isEmpty();
    assertThat(ThemeName.LIGHT).hasToString("light");
    assertThat(ThemeElement.ofLabel("LINK")).contains(ThemeElement.LINK);
    assertThat(ThemeElement.ofLabel("links")).isEmpty();
    assertThat(ThemeElement.values())
        .extracting(ThemeElement::label)
        .containsExactly(
            "date", "provider", "title", "unread", "marked", "cursor", "match", "link", "border",
            "status");
    ThemeSpec spec = ThemeSpec.DEFAULT.with(ThemeElement.DATE, ColourValue.parse("1"));
    assertThat(ThemeSpec.DEFAULT.overrides()).isEmpty();
    assertThat(spec.overrides()).containsEntry(ThemeElement.DATE, new ColourValue.Indexed(1));
    assertThat(spec).isEqualTo(ThemeSpec.DEFAULT.with(ThemeElement.DATE, ColourValue.parse("1")));
  }
}
