package dev.tidings.ui.view;

import java.util.Locale;
import java.util.Optional;

/** The built-in colour themes, which {@link ThemeSpec} starts from. */
public enum ThemeName {
  /** The colours tidings always had: readable on dark and light backgrounds alike. */
  DEFAULT,
  /** Darker colours for light backgrounds, and a light status line with dark text. */
  LIGHT,
  /** Bright colours for dark backgrounds, bold where it helps, a white status line. */
  HIGH_CONTRAST,
  /** No colour at all, only bold, reverse and underline, even on a colour terminal. */
  MONOCHROME;

  /** @return the name as written on the command line and in the config: {@code high-contrast} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * @param label a theme's {@link #label()}, in any case; never null
   * @return the theme, or empty when no theme has that name
   */
  public static Optional<ThemeName> ofLabel(String label) {
    for (ThemeName name : values()) {
      if (name.label().equalsIgnoreCase(label.strip())) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return label();
  }
}
