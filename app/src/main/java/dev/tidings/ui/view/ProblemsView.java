package dev.tidings.ui.view;

import dev.tidings.browse.BrowseState;
import dev.tidings.browse.ListCursor;
import dev.tidings.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the problems view over the panes: the files and directories that are not in the timeline
 * (skipped) and the articles that were repaired to be shown, three rows each: the path (relative
 * to the directory given that holds it) and line, then the kind and the message wrapped under it
 * on two rows, cut with an ellipsis when longer; with a cursor to scroll by. The whole entry
 * under the cursor, its path and message whole, is shown instead when asked for.
 */
final class ProblemsView {

  /** Rows each problem takes in the list. */
  static final int ROWS_PER_PROBLEM = 3;

  private static final String INDENT = "    ";

  private ProblemsView() {}

  /**
   * @param canvas where to draw
   * @param area where the view goes: over the panes, heading included
   * @param state the session, read only
   * @param paths how paths are written
   */
  static void draw(Canvas canvas, Rect area, BrowseState state, ShownPaths paths) {
    List<Problem> problems = state.problemList();
    ListCursor cursor = state.problemsCursor();
    if (state.isProblemShown() && !problems.isEmpty()) {
      entry(canvas, area, problems.get(cursor.cursor()), cursor, paths);
      return;
    }
    PaneHeading.draw(
        canvas,
        area,
        "Problems (" + problems.size() + ") " + Glyphs.SEPARATOR + " " + state.skipped()
            + " skipped, " + state.repaired() + " repaired " + Glyphs.SEPARATOR
            + " Enter shows one, ! closes",
        true);
    Rect body = area.below(1);
    for (int i = 0; i < body.height(); i++) {
      int row = body.row() + i;
      int index = cursor.top() + i / ROWS_PER_PROBLEM;
      if (problems.isEmpty() && i == 0) {
        canvas.text(body.column(), row, body.width(),
            "  No problems: every file is an article, read as it is.", Style.NORMAL);
      } else if (index < problems.size() && i / ROWS_PER_PROBLEM < rowsFor(body)) {
        Problem problem = problems.get(index);
        boolean current = index == cursor.cursor();
        StyledText text = row(problem, i % ROWS_PER_PROBLEM, current, body.width(), paths);
        if (current && text.width() > 0) {
          text.drawAll(canvas, body.column(), row, body.width(), Style.CURSOR);
        } else {
          text.draw(canvas, body.column(), row, body.width(), Style.NORMAL);
        }
      } else {
        canvas.text(body.column(), row, body.width(), "", Style.NORMAL);
      }
    }
  }

  /** Whole problems only: a problem cut by the bottom of the screen is not drawn. */
  private static int rowsFor(Rect body) {
    return Math.max(1, body.height() / ROWS_PER_PROBLEM);
  }

  /** One of a problem's three rows: the path, then the kind and message on two. */
  private static StyledText row(
      Problem problem, int part, boolean current, int width, ShownPaths paths) {
    if (part == 0) {
      String at = TerminalText.singleLine(paths.underRoots(problem.path()))
          + (problem.line() > 0 ? ":" + problem.line() : "");
      return StyledText.of(current ? "> " : "  ", Style.NORMAL).add(at, Style.NORMAL);
    }
    List<String> message = TerminalText.wrap(
        TerminalText.sanitize(problem.kind().label() + ": " + problem.message()),
        width - INDENT.length());
    if (part > message.size()) {
      return StyledText.empty();
    }
    String text = message.get(part - 1);
    if (part == ROWS_PER_PROBLEM - 1 && message.size() > part) {
      text = TerminalText.truncate(text + " " + Glyphs.ELLIPSIS, width - INDENT.length());
    }
    StyledText line = StyledText.of(INDENT, Style.NORMAL);
    String kind = problem.kind().label() + ":";
    if (part == 1 && text.startsWith(kind)) {
      return line.add(kind, Style.PROBLEM).add(text.substring(kind.length()), Style.NORMAL);
    }
    return line.add(text, Style.NORMAL);
  }

  /**
   * The whole entry: the path as the directory was given (to copy), the line, the kind, whether
   * the file is skipped, and the whole message.
   */
  private static void entry(
      Canvas canvas, Rect area, Problem problem, ListCursor cursor, ShownPaths paths) {
    PaneHeading.draw(
        canvas,
        area,
        "Problem " + (cursor.cursor() + 1) + " of " + cursor.size() + " " + Glyphs.SEPARATOR
            + " Enter or Esc: back to the list",
        true);
    Rect body = area.below(1);
    int width = Math.max(1, body.width() - 2);
    List<StyledText> lines = new ArrayList<>();
    String path = TerminalText.sanitize(paths.asGiven(problem.path()));
    for (String part : TerminalText.wrap(path, width)) {
      lines.add(StyledText.of(part, Style.TITLE));
    }
    String where = problem.line() > 0 ? "line " + problem.line() + ", " : "";
    lines.add(
        StyledText.of(where, Style.DIM)
            .add(problem.kind().label(), Style.PROBLEM)
            .add(problem.kind().skips() ? ": skipped, not in the timeline" : ": shown, repaired",
                Style.DIM));
    lines.add(StyledText.empty());
    for (String part : TerminalText.wrap(TerminalText.sanitize(problem.message()), width)) {
      lines.add(StyledText.of(part, Style.NORMAL));
    }
    for (int i = 0; i < body.height(); i++) {
      StyledText line = i < lines.size() ? lines.get(i) : StyledText.empty();
      canvas.put(body.column(), body.row() + i, ' ', Style.NORMAL);
      line.draw(canvas, body.column() + 1, body.row() + i, body.width() - 1, Style.NORMAL);
    }
  }
}
