package dev.tidings.ui.view;

import com.googlecode.lanterna.TerminalPosition;
import dev.tidings.browse.BrowseSession;
import dev.tidings.model.Progress;
import java.util.Locale;

/**
 * Draws the status line: the filter prompt while it is open, the counts ({@code articles}, or
 * {@code indexing 41,200 / 100,000} while the index is being built, {@code marked}, {@code skipped},
 * {@code repaired} when there are some, and the filter), a message before them when there is one,
 * and the help hint at the right end. Articles and skipped add up to the files found.
 */
public final class StatusLine {

  static final String HINT = "? help";

  private StatusLine() {}

  /**
   * @return where the terminal cursor goes: after the filter text while the prompt is open, else
   *     null (hidden)
   */
  public static TerminalPosition draw(Canvas canvas, Rect line, BrowseSession session) {
    if (line.height() == 0) {
      return null;
    }
    StringBuilder left = new StringBuilder();
    String query = TerminalText.sanitize(session.filter().query());
    if (session.isFilterEditing()) {
      left.append('/').append(query).append("  ");
    }
    // A message (a refusal, a warning) comes before the counts, so that a narrow line keeps it.
    if (!session.message().isEmpty()) {
      left.append(TerminalText.singleLine(session.message())).append("  ");
    }
    left.append(counts(session));
    if (!session.isFilterEditing() && !session.filter().isEmpty()) {
      left.append(" \u00B7 filter: ").append(query);
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

  public static String counts(BrowseSession session) {
    int total = session.timeline().size();
    int shown = session.visible().size();
    Progress progress = session.progress();
    String articles;
    if (!progress.complete()) {
      articles =
          String.format(Locale.ROOT, "indexing %,d / %,d", progress.indexed(), progress.found());
      if (!session.filter().isEmpty()) {
        articles += String.format(Locale.ROOT, " \u00B7 %,d shown", shown);
      }
    } else {
      articles =
          session.filter().isEmpty()
              ? plural(total, "article")
              : String.format(Locale.ROOT, "%,d of %s", shown, plural(total, "article"));
    }
    return articles
        + " \u00B7 "
        + String.format(Locale.ROOT, "%,d marked", session.marks().size())
        + " \u00B7 "
        + String.format(Locale.ROOT, "%,d skipped", session.skipped())
        + (session.repaired() == 0
            ? ""
            : String.format(Locale.ROOT, " \u00B7 %,d repaired", session.repaired()));
  }

  private static String plural(int count, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
  }
}
