package dev.tidings.ui.view;

import java.util.Objects;

/**
 * A cell of the screen found in one of the browsing panes, for the mouse (see {@link
 * ScreenLayout#at(int, int)}).
 *
 * @param pane the pane the cell is in; never null
 * @param line the cell's row in the pane, counted from the first row under its heading (0-based);
 *     -1 on the heading
 */
public record PaneHit(Pane pane, int line) {

  /** The panes a cell can be found in. */
  public enum Pane {
    /** The timeline: one row per article. */
    TIMELINE,
    /** The preview of the current article. */
    PREVIEW,
    /** The related stories: {@link #ROWS_PER_STORY} rows per story. */
    RELATED
  }

  /** How many rows of the related stories pane each story takes. */
  public static final int ROWS_PER_STORY = RelatedView.ROWS_PER_STORY;

  /** @throws NullPointerException if {@code pane} is null */
  public PaneHit {
    Objects.requireNonNull(pane, "pane");
  }
}
