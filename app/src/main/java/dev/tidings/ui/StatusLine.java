package dev.tidings.ui;

import com.googlecode.lanterna.TerminalPosition;
import dev.tidings.browse.BrowseSession;
import java.util.Locale;

/**
 * Draws the status line: the filter prompt while it is open, the counts ({@code articles}, {@code
 * marked}, {@code skipped} and the filter), a message when there is one, and the help hint at the
 * right end.
 */
final class StatusLine {

  static final String HINT = "? help";

  private StatusLine() {}

  /**
   * @return where the terminal cursor goes: after the filter text while the prompt is open, else
   *     null (hidden)
   */
  static TerminalPosition draw(Canvas canvas, Rect line, BrowseSession session, int skipped) {
    if (line.height() == 0) {
      return null;
    }
    StringBuilder left = new StringBuilder();
    String query = TerminalText.sanitize(session.filter().query());
    if (session.isFilterEditing()) {
      left.append('/').append(query).append("  ");
    }
    left.append(counts(session, skipped));
    if (!session.isFilterEditing() && !session.filter().isEmpty()) {
      left.append(" \u00B7 filter: ").append(query);
    }
    if (!session.message().isEmpty()) {
      left.append("  ").append(session.message());
    }
    int hintColumns = line.width() >= HINT.length() + 20 ? HINT.length() + 1 : 0;
    canvas.text(line.column(), line.row(), line.width() - hintColumns, left.toString(), Style.NORMAL);
    if (hintColumns > 0) {
      canvas.text(
          line.column() + line.width() - hintColumns, line.row(), hintColumns, " " + HINT,
          Style.NORMAL);
    }
    if (!session.isFilterEditing()) {
      return null;
    }
    int column = Math.min(line.width() - 1, 1 + TerminalText.width(query));
    return new TerminalPosition(line.column() + column, line.row());
  }

  static String counts(BrowseSession session, int skipped) {
    int total = session.timeline().size();
    int shown = session.visible().size();
    String articles =
        session.filter().isEmpty()
            ? plural(total, "article")
            : String.format(Locale.ROOT, "%,d of %s", shown, plural(total, "article"));
    return articles
        + " \u00B7 "
        + String.format(Locale.ROOT, "%,d marked", session.marks().size())
        + " \u00B7 "
        + String.format(Locale.ROOT, "%,d skipped", skipped);
  }

  private static String plural(int count, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
  }
}
