package dev.tidings.browse;

/**
 * What the mouse does to a session's lists, as the keys would do it: select a row of the
 * timeline or a related story (the list takes the focus and its cursor goes there), or move one
 * of them by a number of items (the wheel). The UI decides which list and row are under the
 * pointer. Not thread-safe.
 */
final class Pointing {

  private final SessionState s;

  /** @param session the session whose lists the mouse changes */
  Pointing(SessionState session) {
    this.s = session;
  }

  /**
   * Gives the timeline the focus and puts its cursor on a row (clamped to the rows there are).
   *
   * @param index the row's index among the visible rows, 0-based
   */
  void selectRow(int index) {
    toTimeline().moveTo(index);
    timelineMoved();
  }

  /**
   * Gives the timeline the focus and moves its cursor, as {@code j} and {@code k} would.
   *
   * @param delta rows to move, down when positive
   */
  void moveRow(int delta) {
    toTimeline().move(delta);
    timelineMoved();
  }

  /**
   * Gives the related stories the focus and puts their cursor on a story (clamped).
   *
   * @param index the story's index, 0-based
   * @return whether there are related stories to select
   */
  boolean selectRelated(int index) {
    if (!toRelated()) {
      return false;
    }
    s.preview.relatedCursor().moveTo(index);
    return true;
  }

  /**
   * Gives the related stories the focus and moves their cursor.
   *
   * @param delta stories to move, down when positive
   */
  void moveRelated(int delta) {
    if (toRelated()) {
      s.preview.relatedCursor().move(delta);
    }
  }

  private ListCursor toTimeline() {
    s.message = "";
    s.lists.forgetPendingFocus();
    s.filterPrompt.settle(false);
    s.lists.focusOn(Focus.TIMELINE);
    return s.rows.cursor();
  }

  private void timelineMoved() {
    s.moved = true;
    s.lists.sync();
    s.filterPrompt.follow();
  }

  private boolean toRelated() {
    s.message = "";
    s.lists.forgetPendingFocus();
    return s.lists.focusOn(Focus.RELATED);
  }
}
