package dev.tidings.ui.view;

/**
 * Where the panes go for a terminal size. At {@link #WIDE_COLUMNS} columns or more the timeline is
 * on the left and the preview with the related stories under it on the right; on narrower
 * terminals the three are stacked. The status line is always the last row. Each pane's first row
 * is its heading; the counts of what the lists show, for the session's viewport, are here too.
 */
public final class ScreenLayout {

  /** The narrowest terminal, in columns, that gets the side-by-side layout. */
  static final int WIDE_COLUMNS = 100;

  private final Rect timeline;
  private final Rect preview;
  private final Rect related;
  private final Rect status;
  private final int divider;

  private ScreenLayout(Rect timeline, Rect preview, Rect related, Rect status, int divider) {
    this.timeline = timeline;
    this.preview = preview;
    this.related = related;
    this.status = status;
    this.divider = divider;
  }

  /**
   * @param columns terminal width in columns
   * @param rows terminal height in rows
   * @return the layout; never null; panes may be empty on a tiny terminal
   */
  public static ScreenLayout of(int columns, int rows) {
    int content = Math.max(0, rows - 1);
    Rect status = new Rect(0, content, columns, rows > 0 ? 1 : 0);
    if (columns >= WIDE_COLUMNS) {
      int left = columns * 3 / 5;
      int right = columns - left - 1;
      int previewRows = content / 2;
      return new ScreenLayout(
          new Rect(0, 0, left, content),
          new Rect(left + 1, 0, right, previewRows),
          new Rect(left + 1, previewRows, right, content - previewRows),
          status,
          left);
    }
    int timelineRows = Math.max(Math.min(content, 3), content * 2 / 5);
    int previewRows = (content - timelineRows) / 2;
    int relatedRows = content - timelineRows - previewRows;
    return new ScreenLayout(
        new Rect(0, 0, columns, timelineRows),
        new Rect(0, timelineRows, columns, previewRows),
        new Rect(0, timelineRows + previewRows, columns, relatedRows),
        status,
        -1);
  }

  /** @return the timeline pane's height in rows, heading included; 0 or more */
  public int timelineHeight() {
    return timeline.height();
  }

  /** @return how many timeline rows the pane shows under its heading; may be 0 or less */
  public int timelineRows() {
    return timeline.height() - 1;
  }

  /** @return how many related stories the pane shows under its heading; may be 0 or less */
  public int relatedItems() {
    return (related.height() - 1) / RelatedView.ROWS_PER_STORY;
  }

  /** @return how many problems the problems view shows under its heading; may be 0 or less */
  public int problemRows() {
    return panes().height() - 1;
  }

  /** The timeline pane, heading included. */
  Rect timeline() {
    return timeline;
  }

  /** The preview pane, heading included. */
  Rect preview() {
    return preview;
  }

  /** The related stories pane, heading included. */
  Rect related() {
    return related;
  }

  /** The status line. */
  Rect status() {
    return status;
  }

  /** The column of the vertical divider in the wide layout, or -1 when the panes are stacked. */
  int divider() {
    return divider;
  }

  /** Everything above the status line, where full-screen views such as the problems go. */
  Rect panes() {
    return new Rect(0, 0, status.width(), status.row());
  }
}
