package dev.tidings.ui.view;

/**
 * A rectangle of the screen, in terminal columns and rows from the top left corner (0-based).
 *
 * @param column the leftmost column
 * @param row the top row
 * @param width the width in columns; never negative
 * @param height the height in rows; never negative
 */
record Rect(int column, int row, int width, int height) {

  /** Clamps negative sizes to 0. */
  Rect {
    width = Math.max(0, width);
    height = Math.max(0, height);
  }

  /** @return the same rectangle without its first {@code rows} rows */
  Rect below(int rows) {
    int cut = Math.min(rows, height);
    return new Rect(column, row + cut, width, height - cut);
  }
}
