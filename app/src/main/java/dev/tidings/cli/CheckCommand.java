package dev.tidings.cli;

import dev.tidings.model.Problem;
import dev.tidings.repository.ArticleRepository;
import dev.tidings.repository.Update;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tidings check DIR...}: reads every article file as the browser would, without a terminal
 * and without the persistent index, and reports each problem, one per line on stdout: those of
 * the files and directories that are skipped, and the notes of articles that were repaired to be
 * shown. A summary goes to stderr: files found, articles, skipped, repaired.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    description = {
      "Read every article file under the given directories (and every file named) as tidings "
          + "would, and print one line per problem: PATH:LINE: KIND: MESSAGE (LINE is 0 when "
          + "not known). Kinds that skip the file: unreadable, no-front-matter, "
          + "unclosed-front-matter, invalid-yaml, not-a-mapping. Kinds of an article shown "
          + "after a repair: windows-1252, mojibake, duplicate-key, untitled, undated, truncated. "
          + "A summary goes to stderr: files found = articles + skipped.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every file is an article and nothing was repaired",
      "1:problems were found (printed)",
      "2:error: bad option, unreadable argument"
    })
final class CheckCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "DIR|FILE",
      arity = "1..*",
      description = "Directories to read recursively and article files to read.")
  private List<Path> paths = new ArrayList<>();

  @Option(
      names = "--json",
      description =
          "Print one JSON object per problem and line instead: "
              + "{\"path\":…,\"line\":…,\"kind\":…,\"skipped\":…,\"message\":…}.")
  private boolean json;

  private final OutputStream stdout;
  private final PrintStream stderr;

  CheckCommand(OutputStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() {
    for (Path root : paths) {
      String problem = TidingsCommand.unreadable(root);
      if (problem != null) {
        stderr.println("tidings: cannot read " + root + ": " + problem);
        return ExitStatus.ERROR;
      }
    }
    ArticleRepository repository = ArticleRepository.open(paths);
    List<Problem> problems = repository.problems();
    PrintWriter out = new PrintWriter(stdout, false, StandardCharsets.UTF_8);
    for (Problem problem : problems) {
      out.println(json ? json(problem) : text(problem));
    }
    out.flush();
    int articles = repository.timeline().size();
    // The counts the status line shows, kept by the index as it goes.
    Update counts = repository.drain();
    stderr.println("tidings: " + summary(articles, counts.skipped(), counts.repaired()));
    return problems.isEmpty() ? ExitStatus.CLEAN : ExitStatus.PROBLEMS;
  }

  /**
   * @return {@code 7 found: 5 articles (1 repaired), 2 skipped}: every file found (and every
   *     directory that could not be listed) is an article or skipped
   */
  static String summary(int articles, int skipped, int repaired) {
    return String.format(
        Locale.ROOT,
        "%,d found: %,d %s (%,d repaired), %,d skipped",
        articles + skipped,
        articles,
        articles == 1 ? "article" : "articles",
        repaired,
        skipped);
  }

  /** @return {@code path:line: kind: message}, with control characters escaped */
  static String text(Problem problem) {
    return printable(problem.format(problem.path().toString(), true));
  }

  /** @return one JSON object (RFC 8259) on one line */
  static String json(Problem problem) {
    return "{\"path\":"
        + jsonString(problem.path().toString())
        + ",\"line\":"
        + problem.line()
        + ",\"kind\":"
        + jsonString(problem.kind().label())
        + ",\"skipped\":"
        + problem.kind().skips()
        + ",\"message\":"
        + jsonString(problem.message())
        + "}";
  }

  /** A JSON string literal: quotes, backslashes and every control character escaped. */
  private static String jsonString(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> escapeControl(out, c);
      }
    }
    return out.append('"').toString();
  }

  /**
   * Text for a terminal or a pipe: control characters (a file name or a YAML message can hold
   * them) become {@code \\uXXXX}, so that a report cannot move the cursor or split a line.
   */
  private static String printable(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      escapeControl(out, value.charAt(i));
    }
    return out.toString();
  }

  /**
   * Appends {@code c}, or its {@code \\u} escape for a C0 or C1 control, a line separator or a
   * bidirectional formatting character (which could reorder the rest of the line on a terminal;
   * Unicode UAX #9).
   */
  private static void escapeControl(StringBuilder out, char c) {
    if (c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C') {
      out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
    } else {
      out.append(c);
    }
  }
}
