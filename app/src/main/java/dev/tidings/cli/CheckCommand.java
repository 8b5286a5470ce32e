package dev.tidings.cli;

import dev.tidings.cli.output.ProblemReport;
import dev.tidings.model.Problem;
import dev.tidings.repository.ArticleRepository;
import dev.tidings.repository.Counts;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    if (!Arguments.readable(paths, stderr)) {
      return ExitStatus.ERROR;
    }
    ArticleRepository repository = ArticleRepository.open(paths);
    List<Problem> problems = repository.problems();
    PrintWriter out = new PrintWriter(stdout, false, StandardCharsets.UTF_8);
    for (Problem problem : problems) {
      out.println(json ? ProblemReport.json(problem) : ProblemReport.text(problem));
    }
    out.flush();
    // The counts the status line shows, kept by the index as it goes.
    Counts counts = repository.counts();
    stderr.println(
        "tidings: "
            + ProblemReport.counts(counts.articles(), counts.skipped(), counts.repaired()));
    return problems.isEmpty() ? ExitStatus.CLEAN : ExitStatus.PROBLEMS;
  }
}
