package dev.tidings.cli;

import dev.tidings.cli.config.Config;
import dev.tidings.cli.output.ListFormat;
import dev.tidings.cli.output.RowWriter;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.ArticleRepository;
import dev.tidings.repository.store.PersistentIndex;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidings list [DIR...] [--query Q] [--sort S] [--format F] [--limit N]}: prints the
 * matching articles without a terminal, for scripts (as fzf's {@code --filter} and newsboat's
 * {@code -x} do). It indexes the corpus as the browser does, through the persistent index when it
 * can be used, filters the timeline with {@link RowQuery}, sorts it, and writes one record per
 * article with a {@link RowWriter}. Nothing but records goes to stdout.
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Print the articles that match a query, one per line, without a terminal: their URLs, or "
          + "tab-separated fields, JSON objects or paths.",
      "",
      "Reads every *.md, *.markdown and *.txt file under the given directories, recursively, "
          + "and every file named, through the persistent index as tidings does. With no "
          + "argument it lists the directories of the configuration file, else the bundled seed "
          + "articles; its sort and query apply unless --sort or --query is given.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:some article matched",
      "1:no article matched",
      "2:error: bad query (the message says where), bad option, unreadable argument",
      "141:stdout was closed before everything was written (as by | head)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tidings list ~/news --query 'power apps' --limit 5",
      "  tidings list ~/news --format tsv --sort provider | cut -f2 | uniq -c",
      "  tidings list ~/news --format json | jq -r .title",
      "  tidings list ~/news --query ai --format path --print0 | xargs -0 grep -l GPT",
      "",
      "A directory named list is read with tidings list ./list, and browsed with tidings ./list."
    })
final class ListCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "DIR|FILE",
      arity = "0..*",
      description = "Directories to read recursively and article files to read.")
  private List<Path> paths = new ArrayList<>();

  @Mixin private SelectionOptions selection;

  @Mixin private ConfigOption configOption;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Choices.Format.class,
      completionCandidates = Choices.FormatNames.class,
      description =
          "What to print of each article: url (the default), tsv (date, provider, title, URL, "
              + "path; tabs, line ends, backslashes and control characters escaped as \\t, \\n, "
              + "\\\\, \\uXXXX), json (one object per line with every field of the timeline row "
              + "and the path), path (absolute).")
  private ListFormat format = ListFormat.URL;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Print at most the first N matching articles (N at least 1).")
  private Integer limit;

  @Option(
      names = "--utc",
      description =
          "Write dates in UTC (2021-12-14T03:22:00Z) instead of the local zone (with its offset).")
  private boolean utc;

  @Option(names = "--print0", description = "End each article with NUL instead of a newline.")
  private boolean print0;

  @Option(
      names = "--no-cache",
      description =
          "Do not read or write the persistent index ($XDG_CACHE_HOME/tidings, else "
              + "~/.cache/tidings): parse every file.")
  private boolean noCache;

  @Spec private CommandSpec spec;

  private final OutputStream stdout;
  private final PrintStream stderr;
  private final Map<String, String> env;
  private final RowQuery.Compiler queries;

  /**
   * @param stdout where the articles go; never null
   * @param stderr where errors and refused URLs or paths go; never null
   * @param env the environment ({@code XDG_CACHE_HOME}, {@code TIDINGS_CONFIG}); never null
   * @param queries compiles {@code --query} ({@link RowQuery#compile}); never null
   */
  ListCommand(
      OutputStream stdout, PrintStream stderr, Map<String, String> env, RowQuery.Compiler queries) {
    this.stdout = stdout;
    this.stderr = stderr;
    this.env = env;
    this.queries = queries;
  }

  @Override
  public Integer call() {
    if (limit != null && limit < 1) {
      throw new ParameterException(
          spec.commandLine(), "--limit must be at least 1, not " + limit);
    }
    Config config = configOption.load(env, stderr);
    if (config == null) {
      return ExitStatus.ERROR;
    }
    selection.useConfig(config);
    utc |= config.utc();
    noCache |= !config.cache();
    List<Path> roots = Arguments.roots(paths, config.directories(), stderr);
    if (roots == null) {
      return ExitStatus.ERROR;
    }
    ZoneId zone = utc ? ZoneOffset.UTC : ZoneId.systemDefault();
    String text = selection.query() == null ? "" : selection.query();
    RowQuery.Compiled query = queries.compile(text, zone, Clock.system(zone));
    if (query instanceof RowQuery.Invalid invalid) {
      stderr.println("tidings: " + invalid.describe(text));
      return ExitStatus.ERROR;
    }
    List<TimelineEntry> found = find(roots, ((RowQuery.Valid) query).matcher());
    if (found.isEmpty()) {
      return ExitStatus.NOTHING_LISTED;
    }
    try {
      write(found, zone);
    } catch (IOException e) {
      if (brokenPipe(e)) {
        return ExitStatus.BROKEN_PIPE;
      }
      stderr.println("tidings: cannot write stdout: " + e.getMessage());
      return ExitStatus.ERROR;
    }
    return ExitStatus.LISTED;
  }

  /** @return the matching rows in the order of --sort, at most --limit of them */
  private List<TimelineEntry> find(List<Path> roots, Predicate<TimelineEntry> matcher) {
    PersistentIndex store = noCache ? null : openStore();
    List<TimelineEntry> timeline;
    // Indexed on this thread: closing saves what was parsed to the persistent index.
    try (ArticleRepository repository =
        ArticleRepository.open(
            roots, store, Runnable::run, ArticleRepository.DEFAULT_CACHE_BYTES)) {
      timeline = repository.timeline();
    }
    List<TimelineEntry> found = new ArrayList<>();
    for (TimelineEntry row : timeline) {
      if (matcher.test(row)) {
        found.add(row);
      }
    }
    found.sort(selection.sort().comparator());
    return limit == null || found.size() <= limit ? found : found.subList(0, limit);
  }

  /** Opens the persistent index; null when it cannot be used (said on stderr). */
  private PersistentIndex openStore() {
    Path directory = PersistentIndex.defaultDirectory(env, System.getProperty("user.home"));
    return PersistentIndex.open(directory, warning -> stderr.println("tidings: " + warning))
        .orElse(null);
  }

  private void write(List<TimelineEntry> rows, ZoneId zone) throws IOException {
    OutputStream out = new BufferedOutputStream(stdout, 1 << 16);
    RowWriter writer = new RowWriter(format, zone, print0, out, stderr);
    for (TimelineEntry row : rows) {
      writer.write(row);
    }
    out.flush();
  }

  /**
   * @return whether writing failed because the reader of stdout went away (EPIPE); the JVM ignores
   *     SIGPIPE, so this is how a closed pipe shows
   */
  private static boolean brokenPipe(IOException e) {
    return e.getMessage() != null && e.getMessage().contains("Broken pipe");
  }
}
