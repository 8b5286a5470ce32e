package dev.tidings.ui.view;

import dev.tidings.browse.BrowseState;
import dev.tidings.browse.ListCursor;
import dev.tidings.browse.MarkedArticle;
import dev.tidings.model.TimelineEntry;
import java.util.List;

/**
 * Draws the marks view over the panes: a heading with the number of marks and the view's keys,
 * then one row per marked article in the order they were marked, from the cursor's top row, laid
 * out as a timeline row (cursor and mark columns, compact date, provider, title: see {@link
 * TimelineColumns}); a mark whose article is not in the timeline shows its URL instead. The
 * cursor's row is reversed. Only the rows on screen are read.
 */
final class MarksView {

  private MarksView() {}

  /**
   * @param canvas where to draw
   * @param area where the view goes: over the panes, heading included
   * @param state the session, read only
   * @param dates how dates are written
   */
  static void draw(Canvas canvas, Rect area, BrowseState state, DateFormats dates) {
    List<MarkedArticle> marked = state.markedArticles();
    ListCursor cursor = state.marksCursor();
    PaneHeading.draw(
        canvas,
        area,
        "Marks (" + marked.size() + ") " + Glyphs.SEPARATOR
            + " Space unmarks, Enter goes to it, M closes",
        true);
    Rect body = area.below(1);
    int shown = Math.max(0, Math.min(body.height(), marked.size() - cursor.top()));
    String[] providers = new String[shown];
    String[] titles = new String[shown];
    int widestProvider = 0;
    int widestTitle = 0;
    for (int i = 0; i < shown; i++) {
      MarkedArticle mark = marked.get(cursor.top() + i);
      TimelineEntry entry = mark.entry();
      titles[i] = TerminalText.singleLine(entry == null ? mark.url() : entry.title());
      providers[i] = entry == null ? "" : TerminalText.singleLine(entry.provider());
      widestProvider = Math.max(widestProvider, TerminalText.width(providers[i]));
      widestTitle = Math.max(widestTitle, TerminalText.width(titles[i]));
    }
    TimelineColumns columns =
        TimelineColumns.of(body.width(), widestProvider, widestTitle, body.width());
    for (int i = 0; i < body.height(); i++) {
      int row = body.row() + i;
      if (marked.isEmpty() && i == 0) {
        canvas.text(body.column(), row, body.width(), "  No marks.", Style.NORMAL);
      } else if (i >= shown) {
        canvas.text(body.column(), row, body.width(), "", Style.NORMAL);
      } else {
        int index = cursor.top() + i;
        boolean current = index == cursor.cursor();
        StyledText line =
            line(marked.get(index), providers[i], titles[i], current, dates, columns, body);
        if (current) {
          line.drawAll(canvas, body.column(), row, body.width(), Style.CURSOR_MARKED);
        } else {
          line.draw(canvas, body.column(), row, body.width(), Style.NORMAL);
        }
      }
    }
  }

  /** A row: as the timeline's for an article of the timeline, else the URL after the marks. */
  private static StyledText line(
      MarkedArticle mark,
      String provider,
      String title,
      boolean current,
      DateFormats dates,
      TimelineColumns columns,
      Rect body) {
    StyledText line = StyledText.empty();
    line.add(current ? ">" : " ", Style.NORMAL);
    line.add("*", Style.MARKED);
    line.add(" ", Style.NORMAL);
    TimelineEntry entry = mark.entry();
    if (entry == null) {
      int room = Math.max(0, body.width() - TimelineColumns.PREFIX);
      return line.add(TerminalText.truncate(title, room), Style.URL);
    }
    line.add(dates.compact(entry.published(), entry.dateSource()), Style.DATE);
    line.add("  ", Style.NORMAL);
    if (columns.provider() > 0) {
      line.add(TerminalText.fit(provider, columns.provider()), Style.PROVIDER);
      line.add("  ", Style.NORMAL);
    }
    return line.add(TerminalText.truncate(title, columns.title()), Style.NORMAL);
  }
}
