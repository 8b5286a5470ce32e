package dev.tidings.ui.view;

/**
 * Where the panes go for a terminal size. At {@link #WIDE_COLUMNS} columns or more the timeline is
 * on the left and the preview with the related stories under it on the right; on narrower
 * terminals the three are stacked. The status line is always the last row.
 *
 * @param timeline the timeline pane, heading included
 * @param preview the preview pane, heading included
 * @param related the related stories pane, heading included
 * @param status the status line
 * @param divider the column of the vertical divider in the wide layout, or -1 when stacked
 */
public record ScreenLayout(Rect timeline, Rect preview, Rect related, Rect status, int divider) {

  /** The narrowest terminal, in columns, that gets the side-by-side layout. */
  public static final int WIDE_COLUMNS = 100;

  /**
   * @param columns terminal width in columns
   * @param rows terminal height in rows
   * @return the layout; panes may be empty on a tiny terminal
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

  /** @return everything above the status line, where full-screen views such as the problems go */
  public Rect panes() {
    return new Rect(0, 0, status.width(), status.row());
  }
}
