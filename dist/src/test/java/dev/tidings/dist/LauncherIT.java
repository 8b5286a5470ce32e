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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built launcher, end to end, in a real pseudo-terminal: tmux runs {@code bin/tidings} with no
 * argument (the bundled seeds) and its stdout piped into a file, keys are sent with {@code
 * send-keys} and the screen is read with {@code capture-pane}. Needs tmux ({@code apt-get install
 * -y tmux}); fails, rather than skips, without it.
 */
class LauncherIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String FIRST_SEED =
      "https://www.marketing-interactive.com/chinese-ai-company-sensetime-postpones-hk-ipo-after-us-ban";
  private static final String SECOND_SEED =
      "https://www.forbes.com/sites/ywang/2021/12/13/chinese-ai-giant-sensetime-remains-committed-to-ipo-despite-us-blacklist/";

  @TempDir Path dir;
  private String socket;

  @BeforeEach
  void requireTmux() throws Exception {
    socket = "tidings-it-" + ProcessHandle.current().pid();
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

  /** Runs the launcher in a detached 120x30 tmux session, recording stty before and after. */
  private void start() throws Exception {
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
            "stty -a > stty.before",
            // The persistent index goes to the test's directory, not the user's cache.
            "XDG_CACHE_HOME=\"$PWD/cache\"; export XDG_CACHE_HOME",
            "{ '" + launcher + "'; echo $? > status.tmp; } | cat > out",
            "stty -a > stty.after",
            "mv status.tmp status",
            "sleep 60",
            ""));
    script.toFile().setExecutable(true);
    tmux("-f", "/dev/null", "new-session", "-d", "-s", "e2e", "-x", "120", "-y", "30",
        script.toString());
  }

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

  private void assertTerminalRestored() throws IOException {
    assertThat(Files.readString(dir.resolve("stty.after")))
        .isEqualTo(Files.readString(dir.resolve("stty.before")));
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
