package dev.tidings.ui.view;

import dev.tidings.browse.BrowseState;
import dev.tidings.browse.Scroll;
import java.util.List;

/**
 * Draws the preview pane: the {@link PreviewLines} of the current article from the line the
 * preview is scrolled to, with a margin of one column on each side. When they do not all fit, the
 * heading says how many lines are above and below, and which keys scroll.
 */
final class PreviewView {

  private PreviewView() {}

  /** @return the columns of a line of text in a preview pane of {@code paneWidth} columns */
  static int textWidth(int paneWidth) {
    return paneWidth - 2;
  }

  /**
   * @param canvas where to draw
   * @param pane the preview pane, heading included
   * @param state the session, read only; its preview scroll's extent is set for this pane
   * @param lines the preview's lines for {@link #textWidth} of the pane
   */
  static void draw(Canvas canvas, Rect pane, BrowseState state, List<StyledText> lines) {
    Rect body = pane.below(1);
    Scroll scroll = state.panes().previewScroll();
    int offset = Math.max(0, Math.min(scroll.offset(), lines.size() - body.height()));
    PaneHeading.draw(canvas, pane, heading(offset, body.height(), lines.size()), false);
    for (int i = 0; i < body.height(); i++) {
      int row = body.row() + i;
      canvas.put(body.column(), row, ' ', Style.NORMAL);
      int index = offset + i;
      StyledText line = index < lines.size() ? lines.get(index) : StyledText.empty();
      line.draw(canvas, body.column() + 1, row, body.width() - 1, Style.NORMAL);
    }
  }

  /** {@code Preview}, and when the lines do not fit, {@code ↑3 ↓12 (J/K)}: above, below, keys. */
  private static String heading(int offset, int rows, int lines) {
    if (lines <= rows || rows <= 0) {
      return "Preview";
    }
    int below = Math.max(0, lines - offset - rows);
    StringBuilder heading = new StringBuilder("Preview ");
    if (offset > 0) {
      heading.append(Glyphs.UP_ARROW).append(offset).append(' ');
    }
    if (below > 0) {
      heading.append(Glyphs.DOWN_ARROW).append(below).append(' ');
    }
    return heading.append("(J/K)").toString();
  }
}
