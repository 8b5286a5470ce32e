package dev.tidings.ui.view;

import dev.tidings.browse.BrowseState;
import dev.tidings.browse.ListCursor;
import dev.tidings.model.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * Draws the problems view over the panes: one row per problem, {@code path:line: kind: message},
 * of the files and directories that are not in the timeline (skipped) and of the articles that
 * were repaired to be shown, with a cursor to scroll by.
 */
final class ProblemsView {

  private ProblemsView() {}

  /**
   * @param canvas where to draw
   * @param area where the view goes: over the panes, heading included
   * @param state the session, read only
   */
  static void draw(Canvas canvas, Rect area, BrowseState state) {
    List<Problem> problems = state.problemList();
    PaneHeading.draw(
        canvas,
        area,
        "Problems (" + problems.size() + ") \u00B7 " + state.skipped() + " skipped, "
            + state.repaired() + " repaired \u00B7 ! closes",
        true);
    Rect body = area.below(1);
    ListCursor cursor = state.problemsCursor();
    for (int i = 0; i < body.height(); i++) {
      int row = body.row() + i;
      int index = cursor.top() + i;
      if (problems.isEmpty() && i == 0) {
        canvas.text(body.column(), row, body.width(),
            "  No problems: every file is an article, read as it is.",
            Style.NORMAL);
      } else if (index < problems.size()) {
        boolean current = index == cursor.cursor();
        String text = (current ? "> " : "  ") + TerminalText.singleLine(line(problems.get(index)));
        Style style = current ? Style.CURSOR : Style.NORMAL;
        SanitizedText.draw(canvas, body.column(), row, body.width(), text, style);
      } else {
        canvas.text(body.column(), row, body.width(), "", Style.NORMAL);
      }
    }
  }

  /** Where tidings was started: paths under it are shown relative to it, as compilers do. */
  private static final Path WORKING_DIRECTORY = Path.of("").toAbsolutePath();

  private static String line(Problem problem) {
    Path path = problem.path();
    Path shown = path.startsWith(WORKING_DIRECTORY) ? WORKING_DIRECTORY.relativize(path) : path;
    return problem.format(shown.toString(), false);
  }
}
