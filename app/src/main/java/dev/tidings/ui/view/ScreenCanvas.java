package dev.tidings.ui.view;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Canvas} over the back buffer of a Lanterna {@link Screen}. Lanterna's cells are made
 * once per character and style and reused, since making one runs a grapheme break iterator.
 */
final class ScreenCanvas implements Canvas {

  private final Screen screen;
  private final Map<Style, Map<Character, TextCharacter>> cells = new EnumMap<>(Style.class);

  /** @param screen the screen whose back buffer to draw in */
  ScreenCanvas(Screen screen) {
    this.screen = screen;
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
            .computeIfAbsent(
                c,
                ch ->
                    TextCharacter.fromString(
                        String.valueOf(ch),
                        TextColor.ANSI.DEFAULT,
                        TextColor.ANSI.DEFAULT,
                        style.modifiers())[0]);
    screen.setCharacter(column, row, cell);
  }
}
