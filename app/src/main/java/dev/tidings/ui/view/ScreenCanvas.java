package dev.tidings.ui.view;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Canvas} over the back buffer of a Lanterna {@link Screen}, drawing each {@link Style}
 * with the look the {@link Theme} gives it, and the glyphs in ASCII when the terminal cannot draw
 * Unicode ones. Lanterna's cells are made once per character and style and reused, since making
 * one runs a grapheme break iterator.
 */
final class ScreenCanvas implements Canvas {

  private final Screen screen;
  private final Theme theme;
  private final boolean unicode;
  private final Map<Style, Map<Character, TextCharacter>> cells = new EnumMap<>(Style.class);

  /**
   * @param screen the screen whose back buffer to draw in
   * @param appearance the colours and glyphs to draw with
   */
  ScreenCanvas(Screen screen, Appearance appearance) {
    this.screen = screen;
    this.theme = Theme.of(appearance.colors(), appearance.theme());
    this.unicode = appearance.unicode();
  }

  @Override
  public int columns() {
    return screen.getTerminalSize().getColumns();
  }

  @Override
  public int rows() {
    return screen.getTerminalSize().getRows();
  }

  @Override
  public void put(int column, int row, char c, Style style) {
    if (column < 0 || row < 0 || column >= columns() || row >= rows()) {
      return;
    }
    TextCharacter cell =
        cells
            .computeIfAbsent(style, s -> new HashMap<>())
            .computeIfAbsent(c, ch -> cell(ch, style));
    screen.setCharacter(column, row, cell);
  }

  private TextCharacter cell(char c, Style style) {
    Theme.Look look = theme.look(style);
    char shown = unicode ? c : Glyphs.ascii(c);
    return TextCharacter.fromString(
        String.valueOf(shown), look.foreground(), look.background(), look.modifiers())[0];
  }
}
