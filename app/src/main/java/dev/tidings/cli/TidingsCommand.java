package dev.tidings.cli;

import dev.tidings.browse.Action;
import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Corpus;
import dev.tidings.browse.Outcome;
import dev.tidings.browse.SortOrder;
import dev.tidings.cli.config.Config;
import dev.tidings.cli.output.ProblemReport;
import dev.tidings.repository.ArticleRepository;
import dev.tidings.repository.CorpusWatcher;
import dev.tidings.repository.store.PersistentIndex;
import dev.tidings.ui.Browser;
import dev.tidings.ui.Commands;
import dev.tidings.ui.ExpectKeys;
import dev.tidings.ui.KeyMap;
import dev.tidings.ui.ParallelFilterPass;
import dev.tidings.ui.term.TtyScreen;
import dev.tidings.ui.view.ThemeSpec;
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
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code tidings} command: options, wiring of the layers and the exit status. */
@Command(
    name = "tidings",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Browse a directory of news articles (Markdown files with YAML front matter) in a "
          + "full-screen terminal UI drawn on /dev/tty, mark some and accept: their URLs are "
          + "written to stdout (or -o FILE), one per line, or in another --format.",
      "",
      "Reads every *.md, *.markdown and *.txt file under the given directories, recursively, "
          + "and every file named. With no argument it opens the directories of the "
          + "configuration file, else the bundled seed articles.",
      "",
      "Settings and keys come from ~/.config/tidings/config.yml (see tidings config --default); "
          + "options win over it.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:URLs were written",
      "1:accepted with nothing to write (empty corpus or filter)",
      "2:error: bad option or query, unreadable argument, no terminal, TERM unset or dumb, "
          + "-o FILE not writable (the URLs are then written nowhere); internal error (the "
          + "terminal is given back, the stack trace on stderr)",
      "129:hung up (SIGHUP)",
      "130:quit (q, Esc, Ctrl-C) or interrupted (SIGINT)",
      "143:terminated (SIGTERM)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tidings ~/news | xargs -n1 xdg-open",
      "  tidings --print0 ~/news | xargs -0 -n1 xdg-open",
      "  tidings ~/news > reading-list.txt",
      "  ssh -t host tidings -o picks.txt",
      "  tidings --format markdown -o reading.md --append ~/news",
      "  tidings --expect=ctrl-o ~/news  (first line: ctrl-o, or empty for Enter)",
      "",
      "Press ? in the browser for the keys."
    })
final class TidingsCommand implements Callable<Integer> {

  /** The system property the launcher sets to the bundled seeds directory. */
  static final String SEEDS_PROPERTY = "tidings.seeds";

  @Parameters(
      paramLabel = "DIR|FILE",
      arity = "0..*",
      description = "Directories to read recursively and article files to read.")
  private List<Path> paths = new ArrayList<>();

  @Mixin private SelectionOptions selection;

  @Option(names = "--utc", description = "Show dates and times in UTC instead of the local zone.")
  private boolean utc;

  @Mixin private AcceptOptions accept;

  @Mixin private LookOptions look;

  @Mixin private ConfigOption configOption;

  @Option(
      names = "--no-cache",
      description =
          "Do not read or write the persistent index ($XDG_CACHE_HOME/tidings, else "
              + "~/.cache/tidings): parse every file.")
  private boolean noCache;

  @Option(
      names = "--no-state",
      description =
          "Do not read or write the read state and the query history ($XDG_STATE_HOME/tidings, "
              + "else ~/.local/state/tidings): every article starts unread, none new, and marking "
              + "read and queries last for this run only.")
  private boolean noState;

  private final OutputStream stdout;
  private final PrintStream stderr;
  private final Map<String, String> env;

  private final Runnable afterFirstFrame;

  /** What the terminal can show; null until {@link #call()} has checked the terminal. */
  private TerminalSupport terminalSupport;

  /**
   * @param stdout where chosen URLs go
   * @param stderr where errors and diagnostics go
   * @param env the environment ({@code TERM}, {@code NO_COLOR}, {@code COLORTERM}...); never null
   * @param afterFirstFrame run on the UI thread once the first frame is on the terminal, before
   *     indexing starts (a test hook, see {@link FailOnPurpose}); never null
   */
  TidingsCommand(
      OutputStream stdout, PrintStream stderr, Map<String, String> env, Runnable afterFirstFrame) {
    this.stdout = stdout;
    this.stderr = stderr;
    this.env = env;
    this.afterFirstFrame = afterFirstFrame;
  }

  /**
   * @return what the terminal can show (colours, glyphs), from {@code --color}, the environment
   *     and the terminal's charset; null before {@link #call()} has checked the terminal
   */
  TerminalSupport terminalSupport() {
    return terminalSupport;
  }

  /** @return the colours to draw in: {@code --theme}; {@link ThemeSpec#DEFAULT} by default */
  ThemeSpec theme() {
    return look.theme();
  }

  /**
   * The text of {@code --query}, for the session to start with (checked by {@link #call()} before
   * the terminal is opened: a text that is not a query exits with status 2).
   *
   * @return the text as given, or null when {@code --query} was not given
   */
  String query() {
    return selection.query();
  }

  /** @return the order of {@code --sort} for the session to start in; {@code date} by default */
  SortOrder sortOrder() {
    return selection.sort();
  }

  @Override
  public Integer call() throws IOException {
    Config config = configOption.load(env, stderr);
    if (config == null) {
      return ExitStatus.ERROR;
    }
    useConfig(config);
    if (!accept.check(stderr)) {
      return ExitStatus.ERROR;
    }
    keyMap = keysInForce(config);
    commands = config.commands();
    if (keyMap == null) {
      return ExitStatus.ERROR;
    }
    List<Path> roots = Arguments.roots(paths, config.directories(), stderr);
    if (roots == null) {
      return ExitStatus.ERROR;
    }
    if (selection.query() != null) {
      ZoneId zone = utc ? ZoneOffset.UTC : ZoneId.systemDefault();
      if (RowQuery.compile(selection.query(), zone, Clock.system(zone))
          instanceof RowQuery.Invalid invalid) {
        stderr.println("tidings: " + invalid.describe(selection.query()));
        return ExitStatus.ERROR;
      }
    }
    // Fail at once, before starting threads, when there is no terminal to draw on, or one that
    // cannot move the cursor: escape sequences would show as garbage there.
    String unusable = TerminalSupport.unusable(env);
    if (unusable != null) {
      stderr.println("tidings: " + unusable);
      return ExitStatus.ERROR;
    }
    try {
      TtyScreen.checkAvailable();
    } catch (IOException e) {
      return noTerminal(e);
    }
    terminalSupport =
        TerminalSupport.detect(
            look.color(), env, TerminalSupport.terminalCharset(), Terminfo.SYSTEM_DIRECTORIES);
    ThreadFailures failures = ThreadFailures.install();
    List<String> warnings = new CopyOnWriteArrayList<>();
    AtomicReference<Browser> shown = new AtomicReference<>();
    Consumer<String> warn =
        warning -> {
          warnings.add(warning);
          Browser browser = shown.get();
          if (browser != null) {
            browser.notice(warning);
          }
        };
    CorpusWatcher watcher =
        CorpusWatcher.start(
            directories -> repositoryRescan(directories), () -> repositoryRescan(null));
    ArticleRepository repository =
        ArticleRepository.background(roots, () -> openStore(warn), watcher::register);
    this.repository = repository;
    BrowseSession session =
        new BrowseSession(
            List.of(),
            Corpus.of(repository),
            new ParallelFilterPass());
    session.setOrder(selection.sort());
    if (!config.preview()) {
      session.apply(Action.TOGGLE_PREVIEW);
    }
    ReadStateWiring readState = StateWiring.attach(session, env, noState, roots, warn);
    ZoneId zone = utc ? ZoneOffset.UTC : ZoneId.systemDefault();
    session.setClock(Clock.system(zone));
    if (selection.query() != null) {
      session.startWith(selection.query());
    }
    TerminalRun.Setup setup =
        new TerminalRun.Setup(
            zone,
            terminalSupport.appearance(theme()),
            keyMap,
            commands,
            look.mouse(),
            env,
            afterFirstFrame);
    Optional<TerminalRun.Ended> ended;
    try {
      ended =
          TerminalRun.run(setup, repository, session, roots, shown, failures, readState, stderr);
    } catch (IOException e) {
      // Reading or writing the terminal failed: it is gone (hung up) or broken, not a bug here.
      stderr.println("tidings: terminal: " + e.getMessage());
      return ExitStatus.ERROR;
    } finally {
      watcher.close();
      repository.close();
      // After accept: the accepted articles are marked read by then, and written here at last.
      readState.close();
    }
    failures.rethrow();
    if (ended.isEmpty()) {
      return ExitStatus.ERROR;
    }
    for (String warning : warnings) {
      stderr.println("tidings: " + warning);
    }
    int repaired = repository.counts().repaired();
    for (String line : ProblemReport.onExit(repository.problems(), repaired)) {
      stderr.println(line);
    }
    if (ended.get().outcome() != Outcome.ACCEPT) {
      return ExitStatus.QUIT;
    }
    return accept.write(session.acceptedRows(), ended.get().acceptedBy(), zone, stdout, stderr);
  }

  private volatile ArticleRepository repository;

  /** The keys: the standard ones, the configuration's and {@code --expect}'s; set by call(). */
  private KeyMap keyMap;
  /** The keys that run external commands, from the configuration; set by {@link #call}. */
  private Commands commands = Commands.NONE;

  /** Takes the settings of the configuration file where no option was given. */
  private void useConfig(Config config) {
    selection.useConfig(config);
    accept.useConfig(config.format());
    utc |= config.utc();
    noState |= !config.state();
    noCache |= !config.cache();
    look.useConfig(config);
  }


  /** Rescans for the watcher, which starts before the repository exists. */
  private void repositoryRescan(List<Path> directories) {
    ArticleRepository current = repository;
    if (current == null) {
      return;
    }
    if (directories == null) {
      current.rescan();
    } else {
      current.rescan(directories);
    }
  }

  /** Opens the persistent index unless --no-cache; on the index thread. */
  private PersistentIndex openStore(Consumer<String> warn) {
    if (noCache) {
      return null;
    }
    Path directory = PersistentIndex.defaultDirectory(env, System.getProperty("user.home"));
    return PersistentIndex.open(directory, warn).orElse(null);
  }

  /**
   * The keys in force: the standard ones, the configuration's, and the extra accept keys of
   * {@code --expect} (checked again against the configuration's, which may bind one of them).
   *
   * @return the key map, or null when an expected key is bound by the configuration (said)
   */
  private KeyMap keysInForce(Config config) {
    KeyMap configured = config.keys().applyTo(KeyMap.standard());
    try {
      ExpectKeys expect = accept.expect();
      if (!expect.isEmpty()) {
        expect = ExpectKeys.parse(String.join(",", expect.names()), configured);
      }
      return expect.bind(configured);
    } catch (IllegalArgumentException e) {
      stderr.println("tidings: --expect: " + e.getMessage() + " by the configuration file");
      return null;
    }
  }

  private int noTerminal(IOException e) {
    stderr.println("tidings: no terminal: " + e.getMessage());
    return ExitStatus.ERROR;
  }
}
