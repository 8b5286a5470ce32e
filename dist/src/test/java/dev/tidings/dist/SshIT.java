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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built launcher over a real SSH connection: a {@link LocalSshd} of the test's own on
 * 127.0.0.1, and {@code ssh -t} to it run in a tmux pane (its own tmux socket), so that the remote
 * tidings gets a pseudo-terminal of sshd's while the client's terminal is tmux's. The remote
 * command is a script in {@code remote/} (client and server are the same machine) that redirects
 * tidings' stdout into a file, so that the screen goes to the remote pseudo-terminal alone, and
 * records {@code TERM} and {@code stty -a} around tidings; the client script in {@code client/}
 * records {@code stty -a} around ssh and ssh's exit status, which is the remote command's. Every
 * byte the client's terminal receives is recorded with {@code tmux pipe-pane} into {@code
 * client/terminal.bytes}. Needs tmux, sshd ({@code /usr/sbin/sshd}, package openssh-server) and the
 * ssh client; fails, rather than skips, without them ({@code .ci/run} installs them).
 *
 * <p>sshd, the proxy with its threads, the remote sessions and the tmux server are ended in
 * {@link #endEverything()} whether the test passed or not; nothing listens beyond 127.0.0.1 and
 * every file is in the test's {@code @TempDir}. (sshd, as for any login, records the session in
 * the system's utmp/wtmp; no option turns that off.)
 *
 * <p>A third test gets the chosen URLs home over SSH as a user would: {@code y} puts the URL in
 * the client's clipboard with OSC 52 (the bytes reach the client's terminal), and {@code -o FILE}
 * writes the accepted URLs to a file on the remote side while stdout stays the terminal.
 */
class SshIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** tmux's flags of the pane: alternate screen, cursor shown, mouse modes. */
  private static final String PANE_FLAGS =
      "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_sgr_flag} #{mouse_utf8_flag}";

  private static final String GIVEN_BACK = "0 1 0 0 0";

  /** What the client script prints once ssh has exited: the shell's again. */
  private static final String SHELL_AGAIN = "shell again: ssh exited with ";

  static final String FIRST_SEED =
      "https://www.marketing-interactive.com/"
          + "chinese-ai-company-sensetime-postpones-hk-ipo-after-us-ban";
  private static final String SECOND_SEED =
      "https://www.forbes.com/sites/ywang/2021/12/13/"
          + "chinese-ai-giant-sensetime-remains-committed-to-ipo-despite-us-blacklist/";
  private static final String THIRD_SEED =
      "https://techcrunch.com/2021/12/12/"
          + "chinas-ai-giant-sensetime-postpones-ipo-after-us-blacklisting/";

  /** Entering and leaving the alternate screen, as the remote tidings writes them. */
  private static final String ENTER_ALTERNATE = "\u001b[?1049h";
  private static final String LEAVE_ALTERNATE = "\u001b[?1049l";

  @TempDir Path dir;
  private static final AtomicInteger SOCKETS = new AtomicInteger();
  private String socket;
  private LocalSshd sshd;
  private DelayProxy proxy;

  @BeforeEach
  void startSshd() throws Exception {
    requireTmux();
    LocalSshd.require();
    // A server of its own per test: a new server on the socket of one just killed can find it
    // still shutting down ("server exited unexpectedly").
    socket = "tidings-ssh-it-" + ProcessHandle.current().pid() + "-" + SOCKETS.incrementAndGet();
    sshd = LocalSshd.start(dir.resolve("sshd"));
  }

  /** Ends the tmux server (and with it the ssh client), the proxy, the sessions and sshd. */
  @AfterEach
  void endEverything() throws Exception {
    try {
      new ProcessBuilder("tmux", "-L", socket, "kill-server")
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor(10, TimeUnit.SECONDS);
    } finally {
      try {
        if (proxy != null) {
          proxy.close();
        }
      } finally {
        if (sshd != null) {
          sshd.close();
        }
      }
    }
  }

  /**
   * Over {@code ssh -t}: move, filter, mark two, accept; the remote redirect holds exactly the
   * marked URLs, ssh passes on the exit status 0, and both terminals are given back.
   */
  @Test
  void overSshMoveFilterMarkAndAcceptWriteTheMarkedUrlsToTheRemoteRedirect() throws Exception {
    startOverSsh(sshd.port(), quote(seeds()), "out");
    awaitScreen("5 articles");

    keys("j");
    awaitScreen("2/5");
    keys("/");
    type("sensetime");
    keys("Enter");
    awaitScreen("filter: sensetime");
    awaitScreen("5 of 5 articles");
    keys("Space");
    awaitScreen("1 marked");
    keys("Space");
    awaitScreen("2 marked");
    keys("Enter");

    assertThat(awaitStatus()).as("ssh's exit status, the remote's").isEqualTo("0");
    assertThat(remoteFile("out")).isEqualTo(SECOND_SEED + "\n" + THIRD_SEED + "\n");
    assertTerminalsGivenBack("0");
    String term = Files.readString(dir.resolve("client/term")).strip();
    assertThat(Files.readString(dir.resolve("remote/term")).strip())
        .as("TERM on the remote side, sent by ssh -t").isEqualTo(term).isNotEmpty();
    String client = awaitClientOutput(LEAVE_ALTERNATE);
    assertThat(client).contains(ENTER_ALTERNATE);
    // XDG_CACHE_HOME reached the remote: the persistent index is under the test's directory.
    try (Stream<Path> index = Files.list(sshd.home().resolve("cache/tidings"))) {
      assertThat(index).isNotEmpty();
    }
    System.out.printf(
        "SshIT: ssh exited 0; remote out: %d URLs; TERM=%s both sides; stty -a unchanged on "
            + "client and remote; %d bytes reached the client terminal, alternate screen entered "
            + "and left%n",
        remoteFile("out").lines().count(), term, client.length());
  }

  @Test
  void overSshYCopiesWithOsc52AndDashOWritesTheAcceptedUrlsToAFile() throws Exception {
    startOverSsh(sshd.port(), "-o picks.txt " + quote(seeds()), null);
    awaitScreen("5 articles");

    keys("y");
    awaitScreen("copied the URL (OSC 52)");
    String client = awaitClientOutput(osc52(FIRST_SEED));
    keys("Space");
    awaitScreen("1 marked");
    keys("Enter");

    assertThat(awaitStatus()).as("ssh's exit status, the remote's").isEqualTo("0");
    assertThat(remoteFile("picks.txt")).isEqualTo(FIRST_SEED + "\n");
    assertTerminalsGivenBack("0");
    // With -o nothing is printed on the terminal once the screen is given back.
    String all = awaitClientOutput(LEAVE_ALTERNATE);
    assertThat(all.substring(all.lastIndexOf(LEAVE_ALTERNATE))).doesNotContain(FIRST_SEED);
    System.out.printf(
        "SshIT: y sent %s to the client's terminal; -o picks.txt holds %s; ssh exited 0%n",
        visible(osc52(FIRST_SEED)), remoteFile("picks.txt").strip());
    assertThat(client).contains(osc52(FIRST_SEED));
  }

  /**
   * Through a link that delays every chunk by 60 ms each way, over 100 generated articles: 20
   * Downs, each its own send, put the cursor on the 21st article, and Enter accepts it. Had an
   * arrow key been split and read as Esc, tidings would have quit (Esc with no filter quits,
   * status 130) or the cursor would be on another row.
   */
  @Test
  void throughA60MsLinkTwentyDownsLandOnTheTwentyFirstArticle() throws Exception {
    Path corpus = generateCorpus(100);
    proxy = DelayProxy.start(sshd.port(), Duration.ofMillis(60));
    startOverSsh(proxy.port(), quote(corpus), "out");
    awaitScreen("100 articles");

    for (int i = 0; i < 20; i++) {
      keys("Down");
    }
    awaitScreen("21/100");
    keys("Enter");

    assertThat(awaitStatus()).as("ssh's exit status, the remote's").isEqualTo("0");
    assertThat(remoteFile("out")).isEqualTo(generatedUrl(21) + "\n");
    assertThat(proxy.chunks()).as("chunks through the proxy").isPositive();
    assertTerminalsGivenBack("0");
    System.out.printf(
        "SshIT: through the 60 ms proxy (%d chunks forwarded): ssh exited 0, remote out: %s%n",
        proxy.chunks(), remoteFile("out").strip());
  }

  // ---- Helpers: one remote run of tidings over ssh -t in a tmux pane ----

  /**
   * Starts, in a detached 120x30 tmux session, the client script: it waits until the client's
   * terminal is recorded, records {@code stty -a} and {@code TERM}, runs {@code ssh -t} with the
   * remote script, records {@code stty -a} again and ssh's exit status ({@code client/status}),
   * prints {@link #SHELL_AGAIN} and the status, and sleeps so that the pane can be examined. The
   * remote script runs the launcher in {@code remote/}, recording {@code TERM} and {@code stty -a}
   * before and after it, and exits with its status.
   *
   * @param port where ssh connects: sshd's, or a proxy's in front of it
   * @param arguments the launcher's arguments, as shell words (see {@link #quote(Path)})
   * @param stdout a file in {@code remote/} that the remote shell redirects tidings' stdout to, or
   *     null to leave stdout on the remote terminal
   */
  private void startOverSsh(int port, String arguments, String stdout) throws Exception {
    Path launcher =
        Path.of(System.getProperty("tidings.test.home", "target/tidings"), "bin", "tidings")
            .toAbsolutePath();
    assertThat(launcher).isExecutable();
    Path remote = Files.createDirectories(dir.resolve("remote"));
    Path client = Files.createDirectories(dir.resolve("client"));
    Path remoteScript = remote.resolve("remote.sh");
    Files.writeString(
        remoteScript,
        String.join(
            "\n",
            "cd \"$(dirname \"$0\")\"",
            "echo \"$TERM\" > term",
            "stty -a > stty.before",
            quote(launcher) + " " + arguments + (stdout == null ? "" : " > " + stdout),
            "status=$?",
            "stty -a > stty.after",
            "exit $status",
            ""),
        StandardCharsets.UTF_8);
    Path script = client.resolve("run.sh");
    Files.writeString(
        script,
        String.join(
            "\n",
            "#!/bin/sh",
            "cd \"$(dirname \"$0\")\"",
            "while [ ! -e recording ]; do sleep 0.05; done",
            "stty -a > stty.before",
            "echo \"$TERM\" > term",
            sshd.clientCommand(port) + " \"sh '" + remoteScript + "'\"",
            "echo $? > status.tmp",
            "stty -a > stty.after",
            "echo \"" + SHELL_AGAIN + "$(cat status.tmp)\"",
            "mv status.tmp status",
            "sleep 60",
            ""),
        StandardCharsets.UTF_8);
    script.toFile().setExecutable(true);
    tmux("-f", "/dev/null", "new-session", "-d", "-s", "ssh", "-x", "120", "-y", "30",
        script.toString());
    tmux("pipe-pane", "-o", "-t", "ssh", "cat > " + quote(client.resolve("terminal.bytes")));
    Files.writeString(client.resolve("recording"), "");
  }

  /** Sends each key with its own {@code tmux send-keys}: tmux key names such as Down, Space. */
  private void keys(String... keys) throws Exception {
    for (String key : keys) {
      tmux("send-keys", "-t", "ssh", key);
    }
  }

  /** Types the text literally, in one {@code tmux send-keys -l}. */
  private void type(String text) throws Exception {
    tmux("send-keys", "-t", "ssh", "-l", text);
  }

  private void awaitScreen(String text) throws Exception {
    Instant deadline = Instant.now().plus(TIMEOUT);
    String screen = "";
    while (Instant.now().isBefore(deadline)) {
      screen = tmux("capture-pane", "-p", "-t", "ssh");
      if (screen.contains(text)) {
        return;
      }
      Thread.sleep(50);
    }
    fail("the screen never showed \"" + text + "\"; it was:\n" + screen + "\nsshd's log:\n"
        + sshd.log());
  }

  /** @return ssh's exit status, once the client script has recorded it */
  private String awaitStatus() throws Exception {
    Path status = dir.resolve("client/status");
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(status)) {
        return Files.readString(status).strip();
      }
      Thread.sleep(50);
    }
    fail("ssh did not exit; the screen was:\n" + tmux("capture-pane", "-p", "-t", "ssh")
        + "\nsshd's log:\n" + sshd.log());
    return null;
  }

  /** @return the text of a file the remote side wrote in {@code remote/}, as UTF-8 */
  private String remoteFile(String name) throws IOException {
    return Files.readString(dir.resolve("remote").resolve(name), StandardCharsets.UTF_8);
  }

  /**
   * Waits until the bytes the client's terminal received contain {@code expected} (the pipe may
   * still be writing the last bytes when ssh has exited).
   *
   * @param expected a string of characters U+0000..U+00FF, each standing for one byte (see {@link
   *     #osc52(String)})
   * @return every byte received so far, one character per byte (ISO-8859-1)
   */
  private String awaitClientOutput(String expected) throws Exception {
    Path bytes = dir.resolve("client/terminal.bytes");
    Instant deadline = Instant.now().plus(TIMEOUT);
    String text = "";
    while (Instant.now().isBefore(deadline)) {
      text = Files.exists(bytes)
          ? new String(Files.readAllBytes(bytes), StandardCharsets.ISO_8859_1)
          : "";
      if (text.contains(expected)) {
        return text;
      }
      Thread.sleep(50);
    }
    fail("the client's terminal never received " + visible(expected) + "; its last bytes were: "
        + visible(text.substring(Math.max(0, text.length() - 400))));
    return null;
  }

  /**
   * @return what a terminal receives when a program copies {@code text} with OSC 52: {@code ESC ]
   *     52 ; c ; BASE64 BEL}, one character per byte as {@link #awaitClientOutput(String)} takes
   */
  static String osc52(String text) {
    return "\u001b]52;c;"
        + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\u0007";
  }

  /**
   * Once ssh has exited: {@code stty -a} the same before and after on the client's terminal and on
   * the remote one, the pane off the alternate screen with the cursor shown and no mouse
   * reporting, and the client script's line (the shell's, not tidings') on the screen.
   */
  private void assertTerminalsGivenBack(String status) throws Exception {
    assertThat(Files.readString(dir.resolve("client/stty.after")))
        .as("client stty -a").isEqualTo(Files.readString(dir.resolve("client/stty.before")));
    assertThat(Files.readString(dir.resolve("remote/stty.after")))
        .as("remote stty -a").isEqualTo(Files.readString(dir.resolve("remote/stty.before")));
    awaitScreen(SHELL_AGAIN + status);
    assertThat(tmux("display-message", "-p", "-t", "ssh", PANE_FLAGS).strip())
        .as(PANE_FLAGS).isEqualTo(GIVEN_BACK);
    assertThat(tmux("capture-pane", "-p", "-t", "ssh")).doesNotContain("Timeline");
  }

  /** @return the bundled seeds of the built distribution */
  private static Path seeds() {
    return Path.of(System.getProperty("tidings.test.home", "target/tidings"), "seeds")
        .toAbsolutePath();
  }

  /**
   * Writes {@code count} small articles into {@code corpus/}: article {@code i} (from 1) is {@code
   * i} hours older than 2021-12-31 12:00 UTC, so the timeline, newest first, holds them in the
   * order of {@code i}, and its URL is {@link #generatedUrl(int)}.
   */
  private Path generateCorpus(int count) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Instant newest = Instant.parse("2021-12-31T12:00:00Z");
    for (int i = 1; i <= count; i++) {
      Files.writeString(
          corpus.resolve(String.format("article-%03d.md", i)),
          String.join(
              "\n",
              "---",
              String.format("title: \"Generated article %03d on topic %d\"", i, i % 7),
              "publishedDateTime: " + newest.minus(Duration.ofHours(i)),
              "webUrl: \"" + generatedUrl(i) + "\"",
              "---",
              "Body of article " + i + ".",
              ""),
          StandardCharsets.UTF_8);
    }
    return corpus;
  }

  private static String generatedUrl(int i) {
    return String.format("https://example.com/generated/%03d", i);
  }

  /** @return the path in single quotes, as one shell word */
  private static String quote(Path path) {
    String text = path.toString();
    assertThat(text).doesNotContain("'");
    return "'" + text + "'";
  }

  private static String visible(String bytes) {
    return bytes.replace("\u001b", "\\e").replace("\u0007", "\\a").replace("\r", "\\r")
        .replace("\n", "\\n");
  }

  private static void requireTmux() throws Exception {
    try {
      Process version = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
      if (!version.waitFor(10, TimeUnit.SECONDS) || version.exitValue() != 0) {
        fail("tmux -V failed; the SSH end-to-end test needs tmux");
      }
    } catch (IOException e) {
      fail("the SSH end-to-end test needs tmux (apt-get install -y tmux): " + e.getMessage());
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
