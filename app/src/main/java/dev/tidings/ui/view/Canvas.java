package dev.tidings.ui.view;

/**
 * Where views draw: a grid of cells, in terminal columns and rows. Every string goes through
 * {@link TerminalText#sanitize(String)} here, so that no view can draw text from a file unclean.
 */
interface Canvas {

  /** @return the width in columns */
  int columns();

  /** @return the height in rows */
  int rows();

  /**
   * Draws one sanitized character. Cells outside the canvas are ignored.
   *
   * @param column the column
   * @param row the row
   * @param c a character of sanitized text
   * @param style its look
   */
  void put(int column, int row, char c, Style style);

  /**
   * Draws text from anywhere (a file included) in exactly {@code width} columns: sanitized, cut
   * with an ellipsis when too wide and padded with spaces when too narrow.
   *
   * @param column the first column
   * @param row the row
   * @param width the columns to fill
   * @param text the text; null is drawn as empty
   * @param style its look
   */
  default void text(int column, int row, int width, String text, Style style) {
    SanitizedText.draw(this, column, row, width, TerminalText.sanitize(text), style);
  }

  /**
   * Says that cells just drawn show a URL that should be a hyperlink (OSC 8) where the terminal
   * can make one. Ignored by default.
   *
   * @param column the first column
   * @param row the row
   * @param width the columns of the URL's text
   * @param url the URL; one that can be written to the terminal as it is
   */
  default void link(int column, int row, int width, String url) {}

  /** Fills every cell of a rectangle with a blank of the given look. */
  default void clear(Rect rect, Style style) {
    for (int row = rect.row(); row < rect.row() + rect.height(); row++) {
      for (int column = rect.column(); column < rect.column() + rect.width(); column++) {
        put(column, row, ' ', style);
      }
    }
  }
}
