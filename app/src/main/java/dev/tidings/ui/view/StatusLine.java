package dev.tidings.ui.view;

import com.googlecode.lanterna.TerminalPosition;
import dev.tidings.browse.BrowseState;
import dev.tidings.model.Progress;
import java.util.Locale;

/**
 * Draws the status line: the filter prompt while it is open, the counts ({@code articles}, or
 * {@code indexing 41,200 / 100,000} while the index is being built, {@code marked}, {@code
 * skipped}, {@code repaired} when there are some, and the filter), a message before them when
 * there is one, and the help hint at the right end. Articles and skipped add up to the files
 * found.
 */
final class StatusLine {

  private static final String HINT = "? help";

  private StatusLine() {}

  /**
   * @param canvas where to draw
   * @param line the status line's row
   * @param state the session, read only
   * @return where the terminal cursor goes: after the filter text while the prompt is open, else
   *     null (hidden)
   */
  static TerminalPosition draw(Canvas canvas, Rect line, BrowseState state) {
    if (line.height() == 0) {
      return null;
    }
    StringBuilder left = new StringBuilder();
    String query = TerminalText.sanitize(state.filter().query());
    if (state.isFilterEditing()) {
      left.append('/').append(query).append("  ");
    }
    // A message (a refusal, a warning) comes before the counts, so that a narrow line keeps it.
    if (!state.message().isEmpty()) {
      left.append(TerminalText.singleLine(state.message())).append("  ");
    }
    left.append(counts(state));
    if (!state.isFilterEditing() && !state.filter().isEmpty()) {
      left.append(" \u00B7 filter: ").append(query);
    }
    int hintColumns = line.width() >= HINT.length() + 20 ? HINT.length() + 1 : 0;
    SanitizedText.draw(
        canvas, line.column(), line.row(), line.width() - hintColumns, left.toString(),
        Style.NORMAL);
    if (hintColumns > 0) {
      canvas.text(
          line.column() + line.width() - hintColumns, line.row(), hintColumns, " " + HINT,
          Style.NORMAL);
    }
    if (!state.isFilterEditing()) {
      return null;
    }
    int column = Math.min(line.width() - 1, 1 + TerminalText.width(query));
    return new TerminalPosition(line.column() + column, line.row());
  }

  private static String counts(BrowseState state) {
    int total = state.timeline().size();
    int shown = state.visible().size();
    Progress progress = state.progress();
    String articles;
    if (!progress.complete()) {
      articles =
          String.format(Locale.ROOT, "indexing %,d / %,d", progress.indexed(), progress.found());
      if (!state.filter().isEmpty()) {
        articles += String.format(Locale.ROOT, " \u00B7 %,d shown", shown);
      }
    } else {
      articles =
          state.filter().isEmpty()
              ? plural(total, "article")
              : String.format(Locale.ROOT, "%,d of %s", shown, plural(total, "article"));
    }
    return articles
        + " \u00B7 "
        + String.format(Locale.ROOT, "%,d marked", state.marks().size())
        + " \u00B7 "
        + String.format(Locale.ROOT, "%,d skipped", state.skipped())
        + (state.repaired() == 0
            ? ""
            : String.format(Locale.ROOT, " \u00B7 %,d repaired", state.repaired()));
  }

  private static String plural(int count, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
  }
}
