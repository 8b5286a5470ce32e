package dev.tidings.cli;

import dev.tidings.cli.config.Config;
import dev.tidings.ui.view.ThemeName;
import dev.tidings.ui.view.ThemeSpec;
import picocli.CommandLine.Option;

/**
 * The options of how the screen looks and is used, {@code --color}, {@code --theme} and {@code
 * --mouse}, as a picocli mixin of {@link TidingsCommand}; what the terminal can show is decided
 * from them by {@link TerminalSupport}.
 */
final class LookOptions {

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description =
          "Colours: auto (the default: as many as the terminal says it has, none when NO_COLOR "
              + "is set), always (even with NO_COLOR set), never.")
  private TerminalSupport.ColorChoice color;

  @Option(
      names = "--theme",
      paramLabel = "NAME",
      converter = Choices.Theme.class,
      completionCandidates = Choices.ThemeNames.class,
      description =
          "The colour theme: default, light (darker colours for light backgrounds), "
              + "high-contrast (bright and bold, for dark backgrounds), monochrome (no colour, "
              + "only bold, reverse and underline). NO_COLOR and --color=never still give no "
              + "colour.")
  private ThemeName theme;

  /** The configuration's theme and colours; the defaults until {@link #useConfig}. */
  private ThemeSpec configured = ThemeSpec.DEFAULT;

  @Option(
      names = "--mouse",
      description =
          "Use the mouse (SGR mouse reporting): the wheel scrolls the pane under the pointer, a "
              + "click selects a row or a related story, a double click opens it.")
  private boolean mouse;

  /** @return {@code --color}, or the configuration's when not given; null before {@link #useConfig} */
  TerminalSupport.ColorChoice color() {
    return color;
  }

  /**
   * @return the colours to draw in: the configuration's theme and colours, with the theme of
   *     {@code --theme} when given; {@link ThemeSpec#DEFAULT} by default
   */
  ThemeSpec theme() {
    return theme == null ? configured : new ThemeSpec(theme, configured.overrides());
  }

  /** @return whether to use the mouse: {@code --mouse}, or the configuration's {@code mouse} */
  boolean mouse() {
    return mouse;
  }

  /**
   * Takes the configuration's colour and mouse settings where {@code --color} was not given, and
   * its theme and colours.
   *
   * @param config the configuration in force; never null
   */
  void useConfig(Config config) {
    if (color == null) {
      color = TerminalSupport.ColorChoice.valueOf(config.color().name());
    }
    configured = config.theme();
    mouse |= config.mouse();
  }
}
