package dev.tidings.ui.view;

import dev.tidings.browse.BrowseState;
import dev.tidings.browse.Focus;
import dev.tidings.browse.ListCursor;
import dev.tidings.model.TimelineEntry;
import java.time.ZoneId;
import java.util.List;

/**
 * Draws the timeline pane: a heading, then one row per visible article from the cursor's top row:
 * cursor and mark columns, date and time, provider and title. Only the rows on screen are drawn.
 */
final class TimelineView {

  private TimelineView() {}

  /**
   * @param canvas where to draw
   * @param pane the timeline pane, heading included
   * @param state the session, read only
   * @param zone the zone dates are shown in
   */
  static void draw(Canvas canvas, Rect pane, BrowseState state, ZoneId zone) {
    boolean focused = state.focus() == Focus.TIMELINE;
    PaneHeading.draw(canvas, pane, "Timeline", focused);
    Rect body = pane.below(1);
    List<TimelineEntry> visible = state.visible();
    ListCursor cursor = state.timelineCursor();
    int providerColumns = providerColumns(body.width());
    for (int i = 0; i < body.height(); i++) {
      int row = body.row() + i;
      int index = cursor.top() + i;
      if (visible.isEmpty() && i == 0) {
        String empty;
        if (!state.progress().complete()) {
          empty = "  Indexing\u2026";
        } else {
          empty =
              state.filter().isEmpty() ? "  No articles." : "  No article matches the filter.";
        }
        canvas.text(body.column(), row, body.width(), empty, Style.NORMAL);
      } else if (index >= visible.size()) {
        canvas.text(body.column(), row, body.width(), "", Style.NORMAL);
      } else {
        boolean current = index == cursor.cursor();
        Style style =
            current ? (focused ? Style.CURSOR : Style.CURSOR_UNFOCUSED) : Style.NORMAL;
        String line = line(visible.get(index), current, state, zone, providerColumns);
        SanitizedText.draw(canvas, body.column(), row, body.width(), line, style);
      }
    }
  }

  /** A row of sanitized text: each field is made one line once, and the row is fitted once. */
  private static String line(
      TimelineEntry entry,
      boolean current,
      BrowseState state,
      ZoneId zone,
      int providerColumns) {
    StringBuilder line = new StringBuilder();
    line.append(current ? '>' : ' ');
    line.append(state.isMarked(entry.url()) ? '*' : ' ');
    line.append(' ');
    line.append(DateFormats.timelineDate(entry.published(), entry.dateSource(), zone));
    line.append("  ");
    if (providerColumns > 0) {
      line.append(TerminalText.fit(TerminalText.singleLine(entry.provider()), providerColumns));
      line.append("  ");
    }
    return line.append(TerminalText.singleLine(entry.title())).toString();
  }

  /** The provider column's width for a pane width: wider panes give it more room. */
  private static int providerColumns(int width) {
    int rest = width - 3 - DateFormats.COLUMNS - 2;
    if (rest >= 60) {
      return 20;
    }
    if (rest >= 40) {
      return 16;
    }
    return rest >= 24 ? 12 : 0;
  }
}
