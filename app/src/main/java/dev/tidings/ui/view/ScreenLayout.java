package dev.tidings.ui.view;

import dev.tidings.browse.BrowseState;
import dev.tidings.browse.Focus;
import dev.tidings.browse.Panes;
import dev.tidings.browse.Preview;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * Where the panes go for a terminal size and the session's state. At {@link #SIDE_COLUMNS}
 * columns or more the timeline is on the left and the preview with the related stories under it
 * on the right, in a side that takes 30% of the width (45% and 60% when widened); on narrower
 * terminals the three are stacked, the timeline taking two fifths of the rows (a quarter and an
 * eighth when the preview is widened), or only the rows it needs when the whole timeline is
 * shorter. The related stories pane takes the rows its stories need, up to two fifths of what is
 * left beside the timeline (two thirds while it has the focus, or what the preview does not need;
 * one row for its heading when there are none), and the preview the rest.
 * With the preview hidden the timeline takes the whole screen. The status line is always the last
 * row; each pane's first row is its heading.
 *
 * <p>So that no width shows less of a title than a narrower one, the stacked layout gives the
 * title column at most what the side-by-side layout gives it at {@link #SIDE_COLUMNS}.
 */
public final class ScreenLayout {

  /** The narrowest terminal, in columns, that gets the side-by-side layout. */
  static final int SIDE_COLUMNS = 180;

  /** The side's share of the width for each preview size, in percent. */
  private static final int[] SIDE_PERCENT = {30, 45, 60};

  /** The stacked timeline's share of the rows for each preview size, as a fraction's divisor. */
  private static final int[] STACKED_TIMELINE_SHARE = {5, 4, 8};

  private static final int[] STACKED_TIMELINE_PARTS = {2, 1, 1};

  /** The title column of the side-by-side layout at its narrowest, for the widest providers. */
  static final int STACKED_TITLE_CAP =
      TimelineColumns.of(
              SIDE_COLUMNS - side(SIDE_COLUMNS, 0) - 1,
              Integer.MAX_VALUE,
              Integer.MAX_VALUE,
              Integer.MAX_VALUE)
          .title();

  private final Rect timeline;
  private final Rect preview;
  private final Rect related;
  private final Rect status;
  private final int divider;
  private final int titleCap;

  private ScreenLayout(
      Rect timeline, Rect preview, Rect related, Rect status, int divider, int titleCap) {
    this.timeline = timeline;
    this.preview = preview;
    this.related = related;
    this.status = status;
    this.divider = divider;
    this.titleCap = titleCap;
  }

  /**
   * @param columns terminal width in columns
   * @param rows terminal height in rows
   * @param state the session: how the panes are set, the related stories of the current article
   *     and the size of the timeline; never null
   * @return the layout; never null; panes may be empty on a tiny terminal
   */
  public static ScreenLayout of(int columns, int rows, BrowseState state) {
    return of(columns, rows, state, width -> 0);
  }

  /**
   * As {@link #of(int, int, BrowseState)}, and when the preview needs fewer rows than it would
   * get, the related stories get the rest.
   *
   * @param columns terminal width in columns
   * @param rows terminal height in rows
   * @param state the session; never null
   * @param previewLines the lines of the current article's preview in a pane of a given width;
   *     never null
   * @return the layout; never null
   */
  public static ScreenLayout of(
      int columns, int rows, BrowseState state, IntUnaryOperator previewLines) {
    int content = Math.max(0, rows - 1);
    Rect status = new Rect(0, content, columns, rows > 0 ? 1 : 0);
    Panes panes = state.panes();
    Rect none = new Rect(0, content, columns, 0);
    if (!panes.previewShown()) {
      return new ScreenLayout(
          new Rect(0, 0, columns, content), none, none, status, -1, Integer.MAX_VALUE);
    }
    if (columns >= SIDE_COLUMNS) {
      int right = side(columns, panes.previewSize());
      int left = columns - right - 1;
      int relatedRows = relatedRows(content, state, previewLines.applyAsInt(right));
      int previewRows = content - relatedRows;
      return new ScreenLayout(
          new Rect(0, 0, left, content),
          new Rect(left + 1, 0, right, previewRows),
          new Rect(left + 1, previewRows, right, relatedRows),
          status,
          left,
          Integer.MAX_VALUE);
    }
    int size = panes.previewSize();
    int timelineRows =
        Math.max(
            Math.min(content, 3),
            content * STACKED_TIMELINE_PARTS[size] / STACKED_TIMELINE_SHARE[size]);
    if (state.progress().complete()) {
      // A short timeline gives the rows it does not need to the preview.
      timelineRows = Math.min(timelineRows, Math.max(2, state.timeline().size() + 1));
    }
    int rest = content - timelineRows;
    int relatedRows = relatedRows(rest, state, previewLines.applyAsInt(columns));
    int previewRows = rest - relatedRows;
    return new ScreenLayout(
        new Rect(0, 0, columns, timelineRows),
        new Rect(0, timelineRows, columns, previewRows),
        new Rect(0, timelineRows + previewRows, columns, relatedRows),
        status,
        -1,
        STACKED_TITLE_CAP);
  }

  /** The side's width in columns for a terminal's width and a preview size. */
  private static int side(int columns, int size) {
    return columns * SIDE_PERCENT[size] / 100;
  }

  /**
   * The related stories pane's rows: its heading and two rows per story, up to two fifths of
   * {@code available} (two thirds while it has the focus) or what the preview leaves, if more;
   * its heading alone when there are no stories, or none known yet.
   */
  private static int relatedRows(int available, BrowseState state, int previewLines) {
    if (available <= 0) {
      return 0;
    }
    int stories = state.preview().map(Preview::related).map(r -> r.size()).orElse(0);
    int need = 1 + RelatedView.ROWS_PER_STORY * stories;
    boolean focused = state.focus() == Focus.RELATED;
    int share = focused ? available * 2 / 3 : available * 2 / 5;
    int previewLeaves = previewLines > 0 ? available - 1 - previewLines : 0;
    int most = Math.max(1, Math.max(share, previewLeaves));
    if (need <= most) {
      return need;
    }
    return 1 + RelatedView.ROWS_PER_STORY * ((most - 1) / RelatedView.ROWS_PER_STORY);
  }

  /** @return the timeline pane's height in rows, heading included; 0 or more */
  public int timelineHeight() {
    return timeline.height();
  }

  /** @return how many timeline rows the pane shows under its heading; may be 0 or less */
  public int timelineRows() {
    return timeline.height() - 1;
  }

  /** @return how many rows the preview pane shows under its heading; may be 0 or less */
  public int previewRows() {
    return preview.height() - 1;
  }

  /** @return how many related stories the pane shows under its heading; may be 0 or less */
  public int relatedItems() {
    return (related.height() - 1) / RelatedView.ROWS_PER_STORY;
  }

  /** @return how many problems the problems view shows under its heading; may be 0 or less */
  public int problemRows() {
    return (panes().height() - 1) / ProblemsView.ROWS_PER_PROBLEM;
  }

  /** @return how many marked articles the marks view shows under its heading; may be 0 or less */
  public int marksRows() {
    return panes().height() - 1;
  }

  /** @return how many names the topic and provider lists show under their heading */
  public int facetRows() {
    return panes().height() - 1;
  }

  /**
   * Finds the browsing pane a cell is in, for the mouse.
   *
   * @param column the cell's column, 0-based
   * @param row the cell's row, 0-based
   * @return the pane and the row in it; empty on the status line, the divider or off the screen
   */
  public Optional<PaneHit> at(int column, int row) {
    Rect[] rects = {timeline, preview, related};
    PaneHit.Pane[] panes = PaneHit.Pane.values();
    for (int i = 0; i < rects.length; i++) {
      Rect r = rects[i];
      if (column >= r.column()
          && column < r.column() + r.width()
          && row >= r.row()
          && row < r.row() + r.height()) {
        return Optional.of(new PaneHit(panes[i], row - r.row() - 1));
      }
    }
    return Optional.empty();
  }

  /** The timeline pane, heading included. */
  Rect timeline() {
    return timeline;
  }

  /** The most columns the timeline's title column may take. */
  int titleCap() {
    return titleCap;
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
