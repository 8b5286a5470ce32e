package dev.tidings.browse;

/**
 * Where a view of more lines than it has rows is scrolled to, such as the preview or the help: the
 * first line shown, the rows shown and the lines there are, measured by the UI for the screen's
 * size. The offset is kept within the lines, so that scrolling back answers at once. Views read
 * it; only the session moves it.
 */
public final class Scroll {

  private int offset;
  private int rows = 1;
  private int lines;

  /** @return the index of the first line shown, 0 or more */
  public int offset() {
    return offset;
  }

  /** @return how many lines the view shows at once, at least 1 */
  public int rows() {
    return rows;
  }

  /** @return how many lines there are, 0 or more */
  public int lines() {
    return lines;
  }

  /** @return how many lines are below the last one shown, 0 or more */
  public int below() {
    return Math.max(0, lines - offset - rows);
  }

  /**
   * Sets the rows shown and the lines there are, keeping the offset within them.
   *
   * @param newRows rows on screen (at least 1 is used)
   * @param newLines lines there are (at least 0 is used)
   */
  void setExtent(int newRows, int newLines) {
    rows = Math.max(1, newRows);
    lines = Math.max(0, newLines);
    by(0);
  }

  /** Goes back to the first line. */
  void toTop() {
    offset = 0;
  }

  /** Scrolls by {@code delta} lines, within the lines there are. */
  void by(int delta) {
    offset = Math.max(0, Math.min(offset + delta, lines - rows));
  }

  /**
   * Applies one of the actions that move a cursor, from {@link Action#MOVE_DOWN} to {@link
   * Action#LAST}, as a scroll: by a line, a page, half a page, or to an end.
   *
   * @return whether {@code action} is such a move
   */
  boolean apply(Action action) {
    switch (action) {
      case MOVE_DOWN -> by(1);
      case MOVE_UP -> by(-1);
      case PAGE_DOWN -> by(rows);
      case PAGE_UP -> by(-rows);
      case HALF_PAGE_DOWN -> by(Math.max(1, rows / 2));
      case HALF_PAGE_UP -> by(-Math.max(1, rows / 2));
      case FIRST -> toTop();
      case LAST -> by(lines);
      default -> {
        return false;
      }
    }
    return true;
  }
}
