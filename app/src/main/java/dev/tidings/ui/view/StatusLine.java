package dev.tidings.ui.view;

import com.googlecode.lanterna.TerminalPosition;
import dev.tidings.browse.BrowseState;
import dev.tidings.browse.SortOrder;
import dev.tidings.model.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the status line: on the left the filter prompt while it is open (as much of its text as
 * fits, around the caret: see {@link PromptLine}; a message after it when there is one, else what
 * is wrong when the text is not a query), else a message when there is one, else the filter in
 * force followed by what is wrong when it is not a query; on the right the position ({@code
 * 12/674}), the order when it is not newest first ({@code by heat}) and the counts
 * ({@code articles}, or {@code indexing 41,200 / 100,000} while the index is being built, {@code
 * new} when some arrived since the previous run, {@code marked}, {@code skipped}, {@code
 * repaired} when there are some) and the help hint. The position,
 * the articles and the marks always show: the left part is cut to leave them their room. To leave
 * the left part its own, the hint, the repaired and the skipped counts give way first. Articles
 * and skipped add up to the files found.
 */
final class StatusLine {

  private static final String HINT = "? help";
  /** Starts the open filter prompt. */
  private static final String PROMPT = "/";
  private static final String SEPARATOR = " " + Glyphs.SEPARATOR + " ";
  /** Columns between the left part and the right one. */
  private static final int GAP = 2;

  private StatusLine() {}

  /**
   * @param canvas where to draw
   * @param line the status line's row
   * @param state the session, read only
   * @return where the terminal cursor goes: on the prompt's caret while the prompt is open, else
   *     null (hidden)
   */
  static TerminalPosition draw(Canvas canvas, Rect line, BrowseState state) {
    if (line.height() == 0) {
      return null;
    }
    boolean editing = state.isFilterEditing();
    StyledText left = StyledText.of(" ", Style.STATUS);
    String said = TerminalText.singleLine(state.message());
    String error = TerminalText.singleLine(state.filterError());
    if (editing) {
      said = said.isEmpty() ? error : said;
      left.add(PROMPT + TerminalText.sanitize(state.prompt().text()), Style.STATUS);
      if (!said.isEmpty()) {
        left.add(" ".repeat(GAP) + said, Style.STATUS_MESSAGE);
      }
    } else if (!state.message().isEmpty()) {
      left.add(said, Style.STATUS_MESSAGE);
    } else if (!state.filter().isEmpty()) {
      left.add("filter: " + TerminalText.sanitize(state.filter().query()), Style.STATUS);
      if (!error.isEmpty()) {
        left.add(" ".repeat(GAP) + error, Style.STATUS_MESSAGE);
      }
    }
    String right = right(state, line.width() - left.width() - GAP);
    int rightWidth = Math.min(line.width(), TerminalText.width(right));
    int leftWidth = Math.max(0, line.width() - rightWidth);
    int leftRoom = Math.max(0, leftWidth - GAP);
    PromptLine prompt = null;
    if (editing) {
      // A message (such as why the query was cut) gets at most half the room, after the text.
      String message = TerminalText.truncate(said, leftRoom / 2 - GAP);
      int messageWidth = message.isEmpty() ? 0 : GAP + TerminalText.width(message);
      // The text that fits, with the caret in it: the left part's room less " /" and the message.
      prompt = PromptLine.of(state.prompt(), leftRoom - messageWidth - 1 - PROMPT.length());
      left = StyledText.of(" " + PROMPT + prompt.text(), Style.STATUS);
      if (!message.isEmpty()) {
        left.add(" ".repeat(GAP) + message, Style.STATUS_MESSAGE);
      }
    }
    left.draw(canvas, line.column(), line.row(), leftRoom, Style.STATUS);
    canvas.text(line.column() + leftRoom, line.row(), Math.min(GAP, leftWidth), "", Style.STATUS);
    SanitizedText.draw(
        canvas, line.column() + leftWidth, line.row(), rightWidth, right, Style.STATUS);
    if (prompt == null) {
      return null;
    }
    int column = Math.min(leftRoom - 1, 1 + PROMPT.length() + prompt.caret());
    return new TerminalPosition(line.column() + Math.max(0, column), line.row());
  }

  /**
   * The right part in at most {@code room} columns if it can: the position, articles and marks,
   * then the skipped and repaired counts and the hint when there is room for them.
   */
  private static String right(BrowseState state, int room) {
    List<String> essential = new ArrayList<>();
    int shown = state.visible().size();
    int position = shown == 0 ? 0 : state.timelineCursor().cursor() + 1;
    essential.add(String.format(Locale.ROOT, "%,d/%,d", position, shown));
    if (state.order() != SortOrder.DATE) {
      essential.add(state.order().description());
    }
    essential.add(articles(state));
    int fresh = state.newArticles();
    if (fresh > 0) {
      essential.add(String.format(Locale.ROOT, "%,d new", fresh));
    }
    essential.add(String.format(Locale.ROOT, "%,d marked", state.marks().size()));
    String skipped = String.format(Locale.ROOT, "%,d skipped", state.skipped());
    String repaired =
        state.repaired() == 0 ? "" : String.format(Locale.ROOT, "%,d repaired", state.repaired());
    String base = String.join(SEPARATOR, essential);
    String[] candidates = {
      base + SEPARATOR + skipped + (repaired.isEmpty() ? "" : SEPARATOR + repaired) + "  " + HINT,
      base + SEPARATOR + skipped + (repaired.isEmpty() ? "" : SEPARATOR + repaired),
      base + SEPARATOR + skipped,
      base
    };
    for (String candidate : candidates) {
      if (TerminalText.width(candidate) + 1 <= room) {
        return candidate + " ";
      }
    }
    return base + " ";
  }

  private static String articles(BrowseState state) {
    int total = state.timeline().size();
    int shown = state.visible().size();
    Progress progress = state.progress();
    if (!progress.complete()) {
      String articles =
          String.format(Locale.ROOT, "indexing %,d / %,d", progress.indexed(), progress.found());
      return state.filter().isEmpty()
          ? articles
          : articles + String.format(Locale.ROOT, SEPARATOR + "%,d shown", shown);
    }
    return state.filter().isEmpty()
        ? plural(total, "article")
        : String.format(Locale.ROOT, "%,d of %s", shown, plural(total, "article"));
  }

  private static String plural(int count, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
  }
}
