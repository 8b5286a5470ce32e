package dev.tidings.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built launcher, end to end, in a real pseudo-terminal: tmux runs {@code bin/tidings} with no
 * argument (the bundled seeds) and its stdout piped into a file, keys are sent with {@code
 * send-keys} and the screen is read with {@code capture-pane}. Needs tmux ({@code apt-get install
 * -y tmux}); fails, rather than skips, without it.
 *
 * <p>Every way out is checked to give the terminal back: {@code stty -a} before and after, and
 * tmux's own view of the pane once tidings has exited (main screen, cursor shown, no mouse
 * reporting), with the exit status and an empty stdout. Failures are made on purpose with the
 * test-only system property {@code tidings.test.fail}, signals are sent to the JVM itself (the
 * launcher {@code exec}s it, so the pid the script records is the JVM's). Where the bytes written
 * to the terminal matter (no NUL, no escape sequence), {@code tmux pipe-pane} records them.
 */
class LauncherIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** tmux's flags of the pane: alternate screen, cursor shown, mouse modes. */
  private static final String PANE_FLAGS =
      "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_sgr_flag} #{mouse_utf8_flag}";

  private static final String GIVEN_BACK = "0 1 0 0 0";
  private static final String BROWSING = "1 0 0 0 0";
  private static final String FIRST_SEED =
      "https://www.marketing-interactive.com/chinese-ai-company-sensetime-postpones-hk-ipo-after-us-ban";
  private static final String SECOND_SEED =
      "https://www.forbes.com/sites/ywang/2021/12/13/chinese-ai-giant-sensetime-remains-committed-to-ipo-despite-us-blacklist/";

  @TempDir Path dir;
  private static final AtomicInteger SOCKETS = new AtomicInteger();
  private String socket;

  @BeforeEach
  void requireTmux() throws Exception {
    // A server of its own per test: a new server on the socket of one just killed can find it
    // still shutting down ("server exited unexpectedly").
    socket = "tidings-it-" + ProcessHandle.current().pid() + "-" + SOCKETS.incrementAndGet();
    try {
      Process version = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
      if (!version.waitFor(10, TimeUnit.SECONDS) || version.exitValue() != 0) {
        fail("tmux -V failed; the end-to-end test needs tmux");
      }
    } catch (IOException e) {
      fail("the end-to-end test needs tmux (apt-get install -y tmux): " + e.getMessage());
    }
  }

  @AfterEach
  void killServer() throws Exception {
    new ProcessBuilder("tmux", "-L", socket, "kill-server")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor(10, TimeUnit.SECONDS);
  }

  @Test
  void markTwoArticlesAcceptAndFindExactlyTheirUrlsInThePipe() throws Exception {
    start();
    awaitScreen("5 articles");

    tmux("send-keys", "-t", "e2e", "Space");
    awaitScreen("1 marked");
    tmux("send-keys", "-t", "e2e", "Space");
    awaitScreen("2 marked");
    tmux("send-keys", "-t", "e2e", "Enter");

    assertThat(awaitStatus()).isEqualTo("0");
    assertThat(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8))
        .isEqualTo(FIRST_SEED + "\n" + SECOND_SEED + "\n");
    assertTerminalRestored();
    // The accepted articles are read now, in the state directory's log, by normalised URL.
    assertThat(Files.readString(dir.resolve("state/tidings/read.log"), StandardCharsets.UTF_8))
        .isEqualTo("+" + FIRST_SEED + "\n+" + SECOND_SEED.replaceAll("/$", "") + "\n");
  }

  @Test
  void withNoStateAcceptWritesNoReadState() throws Exception {
    start("", false, "", "--no-state");
    awaitScreen("5 articles");

    tmux("send-keys", "-t", "e2e", "Enter");

    assertThat(awaitStatus()).isEqualTo("0");
    assertThat(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8))
        .isEqualTo(FIRST_SEED + "\n");
    assertThat(dir.resolve("state")).doesNotExist();
  }

  @Test
  void anEarlierQueryIsRecalledAndAKeptOneIsAddedToTheStateFileNotTheOutput() throws Exception {
    Path queries = dir.resolve("state/tidings/queries");
    Files.createDirectories(queries.getParent());
    Files.writeString(queries, "earlier query\n", StandardCharsets.UTF_8);
    start();
    awaitScreen("5 articles");

    tmux("send-keys", "-t", "e2e", "/", "Up");
    awaitScreen("history: 1/1");
    tmux("send-keys", "-t", "e2e", "C-u");
    tmux("send-keys", "-t", "e2e", "-l", "sensetime");
    tmux("send-keys", "-t", "e2e", "Enter");
    tmux("send-keys", "-t", "e2e", "q");

    assertThat(awaitStatus()).isEqualTo("130");
    assertThat(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8)).isEmpty();
    assertThat(Files.readString(queries, StandardCharsets.UTF_8))
        .isEqualTo("earlier query\nsensetime\n");
    assertTerminalRestored();
  }

  @Test
  void withMouseSgrReportingIsOnTheWheelMovesTheCursorAndQuittingTurnsItOff() throws Exception {
    start("", false, "", "--mouse");
    awaitScreen("5 articles");
    assertThat(paneFlags()).as(PANE_FLAGS).isEqualTo("1 0 1 1 0");

    // The wheel turned down over the timeline, as a terminal reports it in SGR encoding.
    tmux("send-keys", "-t", "e2e", "-l", "\u001B[<65;10;3M");
    awaitScreen("4/5");
    tmux("send-keys", "-t", "e2e", "q");

    assertThat(awaitStatus()).isEqualTo("130");
    assertTerminalRestored();
  }

  @Test
  void quitWithQWritesNothingAndExits130() throws Exception {
    start();
    awaitScreen("5 articles");

    tmux("send-keys", "-t", "e2e", "q");

    assertThat(awaitStatus()).isEqualTo("130");
    assertThat(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8)).isEmpty();
    assertTerminalRestored();
  }

  @Test
  void anExceptionOnTheUiThreadGivesTheTerminalBackAndExits2WithTheStackTrace() throws Exception {
    start("ui");

    assertThat(awaitStatus()).isEqualTo("2");
    assertThat(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8)).isEmpty();
    assertTerminalRestored();
    // On the main screen, so printed after the screen was given back.
    assertThat(history())
        .contains(
            "tidings: internal error: java.lang.IllegalStateException: tidings.test.fail=ui: "
                + "failing on purpose")
        .contains("at dev.tidings.cli.FailOnPurpose.afterFirstFrame");
  }

  @Test
  void aBackgroundThreadThatDiesEndsTheBrowserAsAnInternalError() throws Exception {
    start("background");

    assertThat(awaitStatus()).isEqualTo("2");
    assertThat(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8)).isEmpty();
    assertTerminalRestored();
    assertThat(history())
        .contains(
            "tidings: internal error: thread tidings-test-fail died: "
                + "java.lang.IllegalStateException: tidings.test.fail=background")
        .contains("Caused by: java.lang.IllegalStateException");
  }

  @Test
  void sigtermGivesTheTerminalBackReleasesHeldDiagnosticsAndExits143() throws Exception {
    assertSignalGivesTheTerminalBack("TERM", "143");
  }

  @Test
  void sigintGivesTheTerminalBackAndExits130() throws Exception {
    assertSignalGivesTheTerminalBack("INT", "130");
  }

  @Test
  void sighupGivesTheTerminalBackAndExits129() throws Exception {
    assertSignalGivesTheTerminalBack("HUP", "129");
  }

  /**
   * SIGHUP after the terminal is gone, as an interactive shell sends it to its jobs when its
   * terminal closes: the JVM is stopped while tmux closes the pane, so that it cannot see the end
   * of input first and take the quit path; the restore then fails at once (EIO, ENXIO) and must
   * not keep the JVM from exiting.
   */
  @Test
  void sighupAfterTheTerminalIsGoneExits129WithoutHanging() throws Exception {
    start("", true);
    awaitScreen("5 articles");
    String pid = Files.readString(dir.resolve("pid")).strip();

    signal("STOP", pid);
    try {
      tmux("kill-server");
      signal("HUP", pid);
    } finally {
      signal("CONT", pid);
    }

    assertThat(awaitStatus()).isEqualTo("129");
    assertThat(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aThreadDumpOnSigquitGoesToStderrNotIntoThePipe() throws Exception {
    start();
    awaitScreen("5 articles");
    // Once the first article is shown: a redraw after the dump could cover its last lines.
    awaitScreen("Related stories (3)");

    signal("QUIT", Files.readString(dir.resolve("pid")).strip());
    // stderr is the pane here: the dump shows over the browser, as any stderr would, and scrolls;
    // its last section names the metaspace.
    awaitScreen("Metaspace");
    tmux("send-keys", "-t", "e2e", "q");

    assertThat(awaitStatus()).isEqualTo("130");
    assertThat(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8)).isEmpty();
    assertTerminalRestored();
  }

  /**
   * Under {@code LANG=C}, a locale whose charset is ASCII: a directory with a non-ASCII name is
   * still found (Java would read the argument as {@code ?}s), non-ASCII titles are drawn, and every
   * character goes to the terminal as exactly its UTF-8 bytes (Lanterna 3.1.5 sent a NUL after
   * each one of two bytes). The pane's bytes are recorded with {@code tmux pipe-pane}.
   */
  @Test
  void underLangCANonAsciiDirectoryOpensAndTitlesReachTheTerminalAsUtf8WithoutNul()
      throws Exception {
    Path news = Files.createDirectories(dir.resolve("\u03A9\u03BC\u03AD\u03B3\u03B1-news"));
    Files.writeString(
        news.resolve("caf\u00E9.md"),
        "---\ntitle: Caf\u00E9 \u00B7 \u03A9\u03BC\u03AD\u03B3\u03B1 \u0436\u0443\u0440\u043D\u0430\u043B\n"
            + "publishedDateTime: 2021-12-14T03:22:00Z\nwebUrl: https://example.com/cafe\n---\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        news.resolve("plain.md"),
        "---\ntitle: Plain\npublishedDateTime: 2021-12-13T03:22:00Z\n"
            + "webUrl: https://example.com/plain\n---\n",
        StandardCharsets.UTF_8);
    start("", false, C_LOCALE + "\n" + AWAIT_RECORDING + "\nlocale charmap > charmap",
        "\"$PWD/" + news.getFileName() + "\"");
    recordPane();

    awaitScreen("2 articles");
    awaitScreen("Caf\u00E9 \u00B7 \u03A9\u03BC\u03AD\u03B3\u03B1 \u0436\u0443\u0440\u043D\u0430\u043B");
    tmux("send-keys", "-t", "e2e", "Enter");

    assertThat(awaitStatus()).isEqualTo("0");
    assertThat(Files.readString(dir.resolve("charmap")).strip()).isEqualTo("ANSI_X3.4-1968");
    assertThat(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8))
        .isEqualTo("https://example.com/cafe\n");
    assertTerminalRestored();
    byte[] pane = Files.readAllBytes(dir.resolve("pane.bytes"));
    assertThat(pane).isNotEmpty().doesNotContain((byte) 0);
    assertThat(new String(pane, StandardCharsets.UTF_8))
        .contains("\u03A9\u03BC\u03AD\u03B3\u03B1")
        .doesNotContain("\uFFFD");
    assertThat(history()).doesNotContain("Unmatched argument").doesNotContain("cannot read");
  }

  /**
   * {@code y} puts the current article's URL on the clipboard with OSC 52: tmux sets {@code TMUX}
   * in the pane, so the sequence goes out wrapped for tmux's passthrough, every ESC doubled; the
   * pane's bytes are recorded with {@code tmux pipe-pane}.
   */
  @Test
  void yWritesTheUrlAsOsc52WrappedForTmuxIntoThePanesOutput() throws Exception {
    start("", false, AWAIT_RECORDING, "");
    recordPane();
    awaitScreen("5 articles");

    tmux("send-keys", "-t", "e2e", "y");
    awaitScreen("copied the URL (OSC 52 through tmux)");
    tmux("send-keys", "-t", "e2e", "q");

    assertThat(awaitStatus()).isEqualTo("130");
    assertThat(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8)).isEmpty();
    assertTerminalRestored();
    String base64 =
        Base64.getEncoder().encodeToString(FIRST_SEED.getBytes(StandardCharsets.UTF_8));
    String sequence = "\u001BPtmux;\u001B\u001B]52;c;" + base64 + "\u0007\u001B\\";
    assertThat(new String(Files.readAllBytes(dir.resolve("pane.bytes")), StandardCharsets.UTF_8))
        .contains(sequence);
  }

  /**
   * {@code o} with a terminal browser ({@code TIDINGS_TERMINAL_BROWSER=1}; here a script): while
   * it runs, the terminal is as it was before tidings started ({@code stty -a} the same, main
   * screen, cursor shown) and the keys typed reach it, none read by tidings; after it, tidings
   * has the screen again, and gives it back on quitting.
   */
  @Test
  void aTerminalBrowserGetsTheTerminalAsOnQuittingAndTidingsTakesItBack() throws Exception {
    Path browser = dir.resolve("fake-browser");
    Files.writeString(
        browser,
        String.join(
            "\n",
            "#!/bin/sh",
            "cd '" + dir + "'",
            "stty -a > stty.browser",
            "echo \"$1\" > browser.url",
            "IFS= read -r line",
            "echo \"$line\" > browser.keys",
            ""),
        StandardCharsets.UTF_8);
    browser.toFile().setExecutable(true);
    start("", false,
        "BROWSER='" + browser + "'; TIDINGS_TERMINAL_BROWSER=1; "
            + "export BROWSER TIDINGS_TERMINAL_BROWSER",
        "");
    awaitScreen("5 articles");

    tmux("send-keys", "-t", "e2e", "o");
    awaitFile("browser.url");
    assertThat(Files.readString(dir.resolve("stty.browser")))
        .isEqualTo(Files.readString(dir.resolve("stty.before")));
    assertThat(paneFlags()).as(PANE_FLAGS).isEqualTo(GIVEN_BACK);
    tmux("send-keys", "-t", "e2e", "-l", "typed in the browser");
    tmux("send-keys", "-t", "e2e", "Enter");
    awaitScreen("opened the article in fake-browser");

    assertThat(Files.readString(dir.resolve("browser.url")).strip()).isEqualTo(FIRST_SEED);
    assertThat(Files.readString(dir.resolve("browser.keys")).strip())
        .isEqualTo("typed in the browser");
    assertThat(paneFlags()).isEqualTo(BROWSING);
    tmux("send-keys", "-t", "e2e", "q");
    assertThat(awaitStatus()).isEqualTo("130");
    assertTerminalRestored();
  }

  private void awaitFile(String name) throws Exception {
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (!Files.exists(dir.resolve(name)) && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    Thread.sleep(200);
    assertThat(dir.resolve(name)).exists();
  }

  /**
   * {@code TERM=dumb}: one line on stderr and exit 2, and not one escape sequence on the terminal
   * (the pane's bytes are recorded with {@code tmux pipe-pane}).
   */
  @Test
  void termDumbIsOneLineAndExit2WithoutEscapeSequences() throws Exception {
    start("", false, AWAIT_RECORDING + "\nTERM=dumb; export TERM", "");
    recordPane();

    assertThat(awaitStatus()).isEqualTo("2");
    assertThat(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8)).isEmpty();
    assertTerminalRestored();
    String line = "tidings: TERM=dumb: the browser needs a terminal that can move the cursor";
    // The pipe may still be writing the last bytes when the status appears.
    Instant deadline = Instant.now().plus(TIMEOUT);
    byte[] pane = Files.readAllBytes(dir.resolve("pane.bytes"));
    while (pane.length < line.length() + 2 && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      pane = Files.readAllBytes(dir.resolve("pane.bytes"));
    }
    assertThat(pane).doesNotContain((byte) 0x1B);
    assertThat(new String(pane, StandardCharsets.UTF_8)).isEqualTo(line + "\r\n");
  }

  /**
   * Signals the JVM once the first screen is up, with a warning logged while the screen was up
   * (held, then printed on the main screen by the shutdown hook).
   */
  private void assertSignalGivesTheTerminalBack(String signal, String status) throws Exception {
    start("log");
    awaitScreen("5 articles");
    // The check below can tell: while browsing, the pane is on the alternate screen, cursor hidden.
    assertThat(paneFlags()).isEqualTo(BROWSING);
    assertThat(tmux("capture-pane", "-p", "-t", "e2e")).doesNotContain("tidings.test.fail");

    signal(signal, Files.readString(dir.resolve("pid")).strip());

    assertThat(awaitStatus()).isEqualTo(status);
    assertThat(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8)).isEmpty();
    assertTerminalRestored();
    assertThat(history())
        .contains("tidings: warning: dev.tidings.test: tidings.test.fail=log: failing on purpose");
  }

  /** Runs the launcher in a detached 120x30 tmux session, recording stty before and after. */
  private void start() throws Exception {
    start("", false);
  }

  /** As {@link #start()}, failing on purpose as {@code tidings.test.fail} says. */
  private void start(String fail) throws Exception {
    start(fail, false);
  }

  /**
   * Starts the launcher in a detached 120x30 tmux session: the script records {@code stty -a}
   * before and after, the JVM's pid in {@code pid}, its exit status in {@code status} and its
   * stdout in {@code out}, then sleeps so that the pane can be examined.
   *
   * @param fail the value of {@code tidings.test.fail}, or "" for none
   * @param outliveHangup whether the script survives SIGHUP and exits without sleeping, for a
   *     test that closes the terminal (a trap is reset to the default in the JVM, an ignored
   *     signal would not be)
   */
  private void start(String fail, boolean outliveHangup) throws Exception {
    start(fail, outliveHangup, "", "");
  }

  /**
   * As {@link #start(String, boolean)}, with shell lines run before the launcher and the launcher's
   * arguments.
   *
   * @param setup shell lines run first, such as a locale or {@code TERM} to set; "" for none
   * @param arguments the launcher's arguments, as shell words; "" for none
   */
  private void start(String fail, boolean outliveHangup, String setup, String arguments)
      throws Exception {
    Path launcher =
        Path.of(System.getProperty("tidings.test.home", "target/tidings"), "bin", "tidings")
            .toAbsolutePath();
    assertThat(launcher).isExecutable();
    Path script = dir.resolve("run.sh");
    Files.writeString(
        script,
        String.join(
            "\n",
            "#!/bin/sh",
            "cd \"$(dirname \"$0\")\"",
            outliveHangup ? "trap 'echo hangup > hangup' HUP" : "",
            "stty -a > stty.before",
            // The persistent index goes to the test's directory, not the user's cache.
            "XDG_CACHE_HOME=\"$PWD/cache\"; export XDG_CACHE_HOME",
            // The query history too goes to the test's directory, not the user's state.
            // So does the read state.
            "XDG_STATE_HOME=\"$PWD/state\"; export XDG_STATE_HOME",
            // And no configuration file of the user's applies.
            "XDG_CONFIG_HOME=\"$PWD/config\"; export XDG_CONFIG_HOME; unset TIDINGS_CONFIG",
            "TIDINGS_JAVA_OPTS='-Dtidings.test.fail=" + fail + "'; export TIDINGS_JAVA_OPTS",
            setup,
            // A foreground command, not one started with &: a non-interactive shell starts those
            // with SIGINT ignored, and the JVM installs no handler for an ignored signal.
            "{ sh -c 'echo $$ > pid.tmp; mv pid.tmp pid; exec \"$0\" \"$@\"' '" + launcher + "' "
                + arguments + "; echo $? > status.tmp; } | cat > out",
            "stty -a > stty.after",
            "mv status.tmp status",
            outliveHangup ? "exit 0" : "sleep 60",
            ""),
        StandardCharsets.UTF_8);
    script.toFile().setExecutable(true);
    tmux("-f", "/dev/null", "new-session", "-d", "-s", "e2e", "-x", "120", "-y", "30",
        script.toString());
  }

  /**
   * Shell lines that wait until the test has started piping the pane's bytes to {@code
   * pane.bytes} ({@link #recordPane()}), so that nothing the launcher writes is missed.
   */
  private static final String AWAIT_RECORDING = "while [ ! -e recording ]; do sleep 0.05; done";

  /** Pipes every byte written to the pane from now on into {@code pane.bytes}. */
  private void recordPane() throws Exception {
    tmux("pipe-pane", "-o", "-t", "e2e", "cat > '" + dir.resolve("pane.bytes") + "'");
    Files.writeString(dir.resolve("recording"), "");
  }

  /** A locale that is not UTF-8, whatever the test's own environment holds. */
  private static final String C_LOCALE =
      "unset LC_ALL LC_CTYPE LC_MESSAGES LANGUAGE; LANG=C; export LANG";

  private void awaitScreen(String text) throws Exception {
    Instant deadline = Instant.now().plus(TIMEOUT);
    String screen = "";
    while (Instant.now().isBefore(deadline)) {
      screen = tmux("capture-pane", "-p", "-t", "e2e");
      if (screen.contains(text)) {
        return;
      }
      Thread.sleep(50);
    }
    fail("the screen never showed \"" + text + "\"; it was:\n" + screen);
  }

  private String awaitStatus() throws Exception {
    Path status = dir.resolve("status");
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(status)) {
        return Files.readString(status).strip();
      }
      Thread.sleep(50);
    }
    fail("tidings did not exit; the screen was:\n" + tmux("capture-pane", "-p", "-t", "e2e"));
    return null;
  }

  /** Once tidings has exited: the stty settings as before, the pane given back. */
  private void assertTerminalRestored() throws Exception {
    assertThat(Files.readString(dir.resolve("stty.after")))
        .isEqualTo(Files.readString(dir.resolve("stty.before")));
    assertThat(paneFlags()).as(PANE_FLAGS).isEqualTo(GIVEN_BACK);
  }

  private String paneFlags() throws Exception {
    return tmux("display-message", "-p", "-t", "e2e", PANE_FLAGS).strip();
  }

  /** @return the main screen and its scrollback, wrapped lines joined */
  private String history() throws Exception {
    return tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "e2e");
  }

  private static void signal(String signal, String pid) throws Exception {
    Process kill =
        new ProcessBuilder("kill", "-" + signal, pid).redirectErrorStream(true).start();
    String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      fail("kill -" + signal + " " + pid + " failed: " + output);
    }
  }

  private String tmux(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
      fail(String.join(" ", command) + " failed: " + output);
    }
    return output;
  }
}
