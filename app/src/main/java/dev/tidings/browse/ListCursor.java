package dev.tidings.browse;

/**
 * A cursor over a list shown through a viewport of a number of items: the cursor's index, the
 * index of the first visible item, and the moves that keep the cursor visible. Indices are 0-based;
 * for an empty list the cursor is 0 and {@link #size()} is 0.
 */
public final class ListCursor {

  private int size;
  private int rows = 1;
  private int cursor;
  private int top;

  /** @return the index of the current item; 0 when the list is empty */
  public int cursor() {
    return cursor;
  }

  /** @return the index of the first visible item */
  public int top() {
    return top;
  }

  /** @return the number of items in the list */
  public int size() {
    return size;
  }

  /** @return the number of items the viewport shows, at least 1 */
  public int rows() {
    return rows;
  }

  /** Sets the list's size, keeping the cursor where it is when it is still inside. */
  void resize(int newSize) {
    size = Math.max(0, newSize);
    moveTo(cursor);
  }

  /** Sets how many items the viewport shows (at least 1), keeping the cursor visible. */
  void setRows(int newRows) {
    rows = Math.max(1, newRows);
    moveTo(cursor);
  }

  /** Moves the cursor to {@code index} (clamped), scrolling as little as possible. */
  void moveTo(int index) {
    cursor = clamp(index, 0, size - 1);
    if (cursor < top) {
      top = cursor;
    } else if (cursor >= top + rows) {
      top = cursor - rows + 1;
    }
    top = clamp(top, 0, size - rows);
  }

  /**
   * Moves the cursor to {@code index} (clamped) and scrolls so that it stays {@code offset} items
   * below the top when it can: the current item keeps its row on screen as items come and go above
   * it.
   */
  void place(int index, int offset) {
    cursor = clamp(index, 0, size - 1);
    top = clamp(cursor - clamp(offset, 0, rows - 1), 0, size - rows);
  }

  /**
   * Applies one of the actions that move a cursor, from {@link Action#MOVE_DOWN} to {@link
   * Action#LAST}: by an item, by a viewport (a pager's scroll), by half of one, or to an end.
   *
   * @return whether {@code action} is such a move; other actions leave the cursor alone
   */
  boolean apply(Action action) {
    switch (action) {
      case MOVE_DOWN -> move(1);
      case MOVE_UP -> move(-1);
      case PAGE_DOWN -> scroll(rows);
      case PAGE_UP -> scroll(-rows);
      case HALF_PAGE_DOWN -> scroll(Math.max(1, rows / 2));
      case HALF_PAGE_UP -> scroll(-Math.max(1, rows / 2));
      case FIRST -> moveTo(0);
      case LAST -> moveTo(size - 1);
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Moves the cursor by {@code delta} items. */
  void move(int delta) {
    moveTo(cursor + delta);
  }

  /** Scrolls the viewport and the cursor together by {@code delta} items, as a pager does. */
  void scroll(int delta) {
    top = clamp(top + delta, 0, size - rows);
    moveTo(cursor + delta);
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(value, Math.max(min, max)));
  }
}
