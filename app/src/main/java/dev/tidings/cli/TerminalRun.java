package dev.tidings.cli;

import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Outcome;
import dev.tidings.repository.ArticleRepository;
import dev.tidings.ui.Browser;
import dev.tidings.ui.Commands;
import dev.tidings.ui.Key;
import dev.tidings.ui.KeyMap;
import dev.tidings.ui.UrlTools;
import dev.tidings.ui.external.CommandProcesses;
import dev.tidings.ui.external.CommandRunner;
import dev.tidings.ui.external.Handover;
import dev.tidings.ui.external.Processes;
import dev.tidings.ui.term.TtyScreen;
import dev.tidings.ui.view.Appearance;
import dev.tidings.ui.view.ViewSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the browser on the terminal ({@code /dev/tty}): opens it (with mouse reporting when asked),
 * holds diagnostics until it is given back (also on a signal: {@link GiveBackOnShutdown}), wires
 * the browser to what opens and copies URLs and runs commands, shows the first frame and only
 * then starts indexing and loading the read state, so that they do not compete with it.
 */
final class TerminalRun {

  /**
   * What the browser is set up with, beyond the session and the corpus.
   *
   * @param zone the zone dates are shown in; never null
   * @param appearance colours, glyphs and theme; never null
   * @param keyMap the keys in force; never null
   * @param commands the keys bound to external commands; never null
   * @param mouse whether to turn mouse reporting on
   * @param env the environment ({@code BROWSER}, {@code DISPLAY}, {@code TMUX}...); never null
   * @param afterFirstFrame run on the UI thread once the first frame is on the terminal (a test
   *     hook); never null
   */
  record Setup(
      ZoneId zone,
      Appearance appearance,
      KeyMap keyMap,
      Commands commands,
      boolean mouse,
      Map<String, String> env,
      Runnable afterFirstFrame) {

    /** @throws NullPointerException if a part is null */
    Setup {
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(appearance, "appearance");
      Objects.requireNonNull(keyMap, "keyMap");
      Objects.requireNonNull(commands, "commands");
      Objects.requireNonNull(env, "env");
      Objects.requireNonNull(afterFirstFrame, "afterFirstFrame");
    }
  }

  /**
   * How the browser ended.
   *
   * @param outcome accept or quit; never null
   * @param acceptedBy the key that accepted (Enter, or a key of {@code --expect}); null when none
   */
  record Ended(Outcome outcome, Key acceptedBy) {}

  private TerminalRun() {}

  /**
   * @param setup how the browser is set up; never null
   * @param repository the corpus, not started yet: indexing starts after the first frame; never
   *     null
   * @param session the session to browse; never null
   * @param roots the directories and files given, for the paths shown; never null
   * @param shown receives the browser once it exists, for warnings from other threads; never null
   * @param failures where background threads' failures are reported, once the browser exists;
   *     never null
   * @param readState started after the first frame; never null
   * @param stderr where a terminal that cannot be opened is reported
   * @return how the user left, or empty when the terminal could not be opened (reported)
   * @throws IOException if reading or writing the terminal fails
   */
  static Optional<Ended> run(
      Setup setup,
      ArticleRepository repository,
      BrowseSession session,
      List<Path> roots,
      AtomicReference<Browser> shown,
      ThreadFailures failures,
      ReadStateWiring readState,
      PrintStream stderr)
      throws IOException {
    Diagnostics.Capture held = Diagnostics.capture();
    // Closed last: after the screen is given back, it releases the held diagnostics.
    try (GiveBackOnShutdown onSignal = GiveBackOnShutdown.register(held)) {
      TtyScreen tty;
      try {
        tty = TtyScreen.open(setup.mouse());
      } catch (IOException e) {
        stderr.println("tidings: no terminal: " + e.getMessage());
        return Optional.empty();
      }
      onSignal.screen(tty);
      try (tty) {
        ViewSettings view =
            new ViewSettings(setup.zone(), Clock.system(setup.zone()), setup.appearance(), roots);
        Browser browser =
            new Browser(
                tty.screen(),
                session,
                repository,
                setup.keyMap(),
                setup.commands(),
                view,
                tty::writeSequence);
        Handover handover = Handover.of(tty::suspend, tty::resume);
        browser.useUrlTools(
            UrlTools.of(
                setup.env(),
                System.getProperty("os.name", ""),
                Processes.SYSTEM,
                handover,
                tty::writeSequence));
        browser.useCommandRunner(new CommandRunner(CommandProcesses.SYSTEM, handover));
        // Warnings come from opening the persistent index, which happens after this, on the index
        // thread: from now on they reach the status line as well as the list printed on exit.
        shown.set(browser);
        failures.reportTo(browser::fail);
        // The first frame reads "indexing"; indexing starts once it is on the terminal, so that
        // the two do not compete for the cores.
        session.update(repository.drain());
        Outcome outcome =
            browser.run(
                () -> {
                  setup.afterFirstFrame().run();
                  repository.start(browser::repositoryChanged);
                  readState.start(browser);
                });
        return Optional.of(new Ended(outcome, browser.acceptedBy().orElse(null)));
      }
    }
  }
}
