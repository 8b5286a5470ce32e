package dev.tidings.cli.output;

import dev.tidings.model.Problem;
import dev.tidings.repository.read.FileNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How problems and counts are printed outside the screen: by {@code tidings check} (text or JSON,
 * one problem per line) and on stderr when the browser exits. Names and messages from files are
 * escaped with {@link Escapes}; the bytes of a path that are not UTF-8 are shown as {@code \xHH}
 * ({@link FileNames#shown}).
 */
public final class ProblemReport {

  private ProblemReport() {}

  /**
   * @param problem a problem; never null
   * @return {@code path:line: kind: message} ({@link Problem#format}, with line 0 when not
   *     known), control characters escaped; never null
   */
  public static String text(Problem problem) {
    return Escapes.printable(problem.format(FileNames.shown(problem.path()), true));
  }

  /**
   * @param problem a problem; never null
   * @return one JSON object (RFC 8259) on one line, written by {@link JsonLine}: {@code
   *     {"path":…,"line":…,"kind":…,"skipped":…,"message":…}}; never null
   */
  public static String json(Problem problem) {
    return JsonLine.object()
        .string("path", FileNames.shown(problem.path()))
        .number("line", problem.line())
        .string("kind", problem.kind().label())
        .bool("skipped", problem.kind().skips())
        .string("message", problem.message())
        .end();
  }

  /**
   * The counts {@code tidings check} ends with; every file found (and every directory that could
   * not be listed) is an article or skipped.
   *
   * @param articles articles in the timeline
   * @param skipped files and directories skipped
   * @param repaired articles repaired to be shown
   * @return such as {@code 7 found: 5 articles (1 repaired), 2 skipped}; never null
   */
  public static String counts(int articles, int skipped, int repaired) {
    return String.format(
        Locale.ROOT,
        "%,d found: %,d %s (%,d repaired), %,d skipped",
        articles + skipped,
        articles,
        articles == 1 ? "article" : "articles",
        repaired,
        skipped);
  }

  /**
   * What the browser prints on stderr when it exits: one line per skipped file, and how many
   * articles were repaired (their notes could be many: {@code tidings check} lists them).
   *
   * @param problems the problems now, skipped files and notes; never null
   * @param repaired how many articles were repaired to be shown
   * @return the lines, each starting {@code tidings: }, without line ends; never null
   */
  public static List<String> onExit(List<Problem> problems, int repaired) {
    List<String> lines = new ArrayList<>();
    for (Problem problem : problems) {
      if (problem.kind().skips()) {
        lines.add("tidings: skipped " + text(problem));
      }
    }
    if (repaired > 0) {
      lines.add(
          "tidings: "
              + (repaired == 1 ? "1 article was" : repaired + " articles were")
              + " repaired to be shown; tidings check lists what was repaired");
    }
    return lines;
  }
}
