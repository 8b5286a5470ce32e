package dev.tidings.ui.view;

import dev.tidings.browse.BrowseState;
import dev.tidings.browse.Focus;
import dev.tidings.browse.ListCursor;
import dev.tidings.browse.query.Query;
import dev.tidings.model.SearchText.Field;
import dev.tidings.model.TimelineEntry;
import java.util.List;

/**
 * Draws the timeline pane: a heading, then one row per visible article from the cursor's top row:
 * cursor, mark and unread columns, the compact date, the provider and the title (see {@link
 * TimelineColumns}). Dates are dim, providers coloured, a marked row's mark and title highlighted,
 * an unread row's title bold after a {@code •} ({@code N} in ASCII),
 * the cursor's row reversed; what the query matches in providers and titles is highlighted
 * ({@link Matches}). Only the rows on screen are read.
 */
final class TimelineView {

  private TimelineView() {}

  /**
   * @param canvas where to draw
   * @param pane the timeline pane, heading included
   * @param titleCap the most columns the title column may take
   * @param state the session, read only
   * @param dates how dates are written
   */
  static void draw(
      Canvas canvas, Rect pane, int titleCap, BrowseState state, DateFormats dates) {
    boolean focused = state.focus() == Focus.TIMELINE;
    PaneHeading.draw(canvas, pane, "Timeline", focused);
    Rect body = pane.below(1);
    List<TimelineEntry> visible = state.visible();
    ListCursor cursor = state.timelineCursor();
    int shown = Math.max(0, Math.min(body.height(), visible.size() - cursor.top()));
    String[] providers = new String[shown];
    String[] titles = new String[shown];
    int widestProvider = 0;
    int widestTitle = 0;
    for (int i = 0; i < shown; i++) {
      TimelineEntry entry = visible.get(cursor.top() + i);
      providers[i] = TerminalText.singleLine(entry.provider());
      titles[i] = TerminalText.singleLine(entry.title());
      widestProvider = Math.max(widestProvider, TerminalText.width(providers[i]));
      widestTitle = Math.max(widestTitle, TerminalText.width(titles[i]));
    }
    TimelineColumns columns =
        TimelineColumns.of(body.width(), widestProvider, widestTitle, titleCap);
    for (int i = 0; i < body.height(); i++) {
      int row = body.row() + i;
      if (visible.isEmpty() && i == 0) {
        canvas.text(body.column(), row, body.width(), "  " + empty(state), Style.NORMAL);
      } else if (i >= shown) {
        canvas.text(body.column(), row, body.width(), "", Style.NORMAL);
      } else {
        int index = cursor.top() + i;
        TimelineEntry entry = visible.get(index);
        boolean marked = state.isMarked(entry.url());
        StyledText line =
            line(entry, providers[i], titles[i], marked, state.isUnread(entry),
                index == cursor.cursor(), dates, columns, state.query());
        if (index != cursor.cursor()) {
          line.draw(canvas, body.column(), row, body.width(), Style.NORMAL);
        } else if (!focused) {
          line.drawAll(canvas, body.column(), row, body.width(), Style.CURSOR_UNFOCUSED);
        } else {
          line.drawAll(canvas, body.column(), row, body.width(),
              marked ? Style.CURSOR_MARKED : Style.CURSOR);
        }
      }
    }
  }

  private static String empty(BrowseState state) {
    if (!state.progress().complete()) {
      return "Indexing" + Glyphs.ELLIPSIS;
    }
    return state.filter().isEmpty() ? "No articles." : "No article matches the filter.";
  }

  /** A row of sanitized pieces: each field is made one line once, and the row is fitted once. */
  private static StyledText line(
      TimelineEntry entry,
      String provider,
      String title,
      boolean marked,
      boolean unread,
      boolean current,
      DateFormats dates,
      TimelineColumns columns,
      Query query) {
    StyledText line = StyledText.empty();
    line.add(current ? ">" : " ", Style.NORMAL);
    line.add(marked ? "*" : " ", Style.MARKED);
    if (unread) {
      line.add(String.valueOf(Glyphs.UNREAD), Style.UNREAD);
    } else {
      line.add(" ", Style.NORMAL);
    }
    line.add(dates.compact(entry.published(), entry.dateSource()), Style.DATE);
    line.add("  ", Style.NORMAL);
    if (columns.provider() > 0) {
      Matches.add(
          line, TerminalText.fit(provider, columns.provider()), Style.PROVIDER, query,
          Field.PROVIDER);
      line.add("  ", Style.NORMAL);
    }
    return Matches.add(
        line,
        TerminalText.truncate(title, columns.title()),
        marked ? Style.MARKED : unread ? Style.UNREAD : Style.NORMAL,
        query,
        Field.TITLE);
  }
}
