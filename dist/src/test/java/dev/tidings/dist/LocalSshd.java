package dev.tidings.dist;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An OpenSSH server of the test's own, for the current user on 127.0.0.1 only: its host key, the
 * user's key, {@code authorized_keys}, {@code sshd_config}, log and pid file are all in one
 * directory (a JUnit {@code @TempDir}), and it runs in the foreground ({@code sshd -D}) as a child
 * of the test's JVM, so that {@link #close()} ends it by its pid.
 *
 * <p>Needs {@code /usr/sbin/sshd} (package openssh-server) and {@code ssh-keygen}; sshd needs an
 * absolute path, and, run as root, the privilege separation directory {@code /run/sshd}, which
 * {@link #start(Path)} creates when it can. The remote side's environment is set by the server
 * ({@code SetEnv}): {@code XDG_CACHE_HOME}, {@code XDG_STATE_HOME} and {@code XDG_CONFIG_HOME}
 * name directories under {@link #home()}, and {@code JAVA_HOME} is the test's own Java, so that
 * the remote tidings writes nothing outside the temporary directory and finds Java whatever the
 * login's {@code PATH}. {@code TERM} comes from the client with the pseudo-terminal ({@code ssh
 * -t}), as over any SSH connection.
 */
final class LocalSshd {

  /** Where Debian's openssh-server puts the daemon; sshd refuses to start from a relative path. */
  static final Path SSHD = Path.of("/usr/sbin/sshd");

  private static final Path PRIVILEGE_SEPARATION = Path.of("/run/sshd");
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final Path dir;
  private final int port;
  private final Process process;

  private LocalSshd(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
  }

  /**
   * Fails the test, with what to install, unless {@code /usr/sbin/sshd}, {@code ssh} and {@code
   * ssh-keygen} are there.
   */
  static void require() {
    if (!Files.isExecutable(SSHD)) {
      fail("the SSH end-to-end test needs sshd at " + SSHD
          + " (apt-get install -y openssh-server; .ci/run installs it)");
    }
    requireCommand("ssh-keygen", "-?", "openssh-client");
    requireCommand("ssh", "-V", "openssh-client");
  }

  private static void requireCommand(String command, String option, String debianPackage) {
    try {
      Process process = new ProcessBuilder(command, option)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail(command + " " + option + " did not end within 10 s");
      }
    } catch (IOException e) {
      fail("the SSH end-to-end test needs " + command + " (apt-get install -y " + debianPackage
          + "; .ci/run installs it): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted while looking for " + command);
    }
  }

  /**
   * Generates the keys and the configuration into {@code dir}, starts sshd on a free port of
   * 127.0.0.1 and waits until it accepts connections.
   *
   * @param dir an empty, private directory (a {@code @TempDir}); its path should hold no spaces
   *     or quotes, as it is written into {@code sshd_config} unescaped
   * @return the running server; the caller must {@link #close()} it
   * @throws Exception when a key cannot be generated or a file written; the test fails, showing
   *     sshd's log, when sshd exits or does not listen within 20 s
   */
  static LocalSshd start(Path dir) throws Exception {
    Files.createDirectories(dir);
    keygen(dir.resolve("host_key"));
    keygen(dir.resolve("user_key"));
    Files.copy(dir.resolve("user_key.pub"), dir.resolve("authorized_keys"));
    for (String sub : List.of("cache", "state", "config")) {
      Files.createDirectories(dir.resolve("home").resolve(sub));
    }
    int port = freePort();
    Path home = dir.resolve("home");
    Files.writeString(
        dir.resolve("sshd_config"),
        String.join(
            "\n",
            "ListenAddress 127.0.0.1",
            "AddressFamily inet",
            "Port " + port,
            "HostKey " + dir.resolve("host_key"),
            "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
            "PidFile " + dir.resolve("sshd.pid"),
            "StrictModes no",
            "UsePAM no",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PubkeyAuthentication yes",
            "PermitRootLogin prohibit-password",
            "PrintMotd no",
            "PrintLastLog no",
            "X11Forwarding no",
            "AllowTcpForwarding no",
            "AllowAgentForwarding no",
            "Subsystem sftp internal-sftp",
            "SetEnv \"XDG_CACHE_HOME=" + home.resolve("cache") + "\" \"XDG_STATE_HOME="
                + home.resolve("state") + "\" \"XDG_CONFIG_HOME=" + home.resolve("config")
                + "\" \"JAVA_HOME=" + System.getProperty("java.home") + "\"",
            ""),
        StandardCharsets.UTF_8);
    String privilegeSeparation = ensurePrivilegeSeparationDirectory();
    Process process =
        new ProcessBuilder(
                SSHD.toString(), "-D", "-f", dir.resolve("sshd_config").toString(),
                "-E", dir.resolve("sshd.log").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("sshd.out").toFile())
            .start();
    LocalSshd sshd = new LocalSshd(dir, port, process);
    try {
      sshd.awaitListening(privilegeSeparation);
    } catch (Throwable t) {
      sshd.close();
      throw t;
    }
    return sshd;
  }

  /** @return the TCP port sshd listens on, on 127.0.0.1 */
  int port() {
    return port;
  }

  /**
   * @return the directory under which the remote side's {@code XDG_*} directories are ({@code
   *     cache}, {@code state}, {@code config})
   */
  Path home() {
    return dir.resolve("home");
  }

  /**
   * The client's command, as shell words, up to and including the destination: {@code ssh -t} to
   * the current user on 127.0.0.1 with the generated key, no configuration file, no known hosts
   * and no questions. The remote command is to be appended.
   *
   * @param port where the client connects: {@link #port()}, or a proxy's port in front of it
   * @return the command line, single-quoting the key's path
   */
  String clientCommand(int port) {
    return "ssh -F /dev/null -t -p " + port + " -i '" + dir.resolve("user_key") + "'"
        + " -o IdentitiesOnly=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null"
        + " -o BatchMode=yes -o LogLevel=ERROR " + System.getProperty("user.name") + "@127.0.0.1";
  }

  /** @return sshd's log so far ({@code -E}), for a failure's message */
  String log() {
    try {
      Path log = dir.resolve("sshd.log");
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  /**
   * Ends the sessions still open (each a child sshd with its shell and remote tidings) and then
   * the server itself, by their pids: SIGTERM, then SIGKILL after 10 s; waits for each.
   */
  void close() throws InterruptedException {
    List<ProcessHandle> sessions = new ArrayList<>(process.descendants().toList());
    for (ProcessHandle session : sessions) {
      session.destroy();
    }
    process.destroy();
    for (ProcessHandle session : sessions) {
      end(session);
    }
    end(process.toHandle());
  }

  private static void end(ProcessHandle handle) throws InterruptedException {
    try {
      handle.onExit().get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      handle.destroyForcibly();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private void awaitListening(String privilegeSeparation) throws Exception {
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        fail("sshd exited with status " + process.exitValue() + privilegeSeparation
            + "; its log:\n" + log() + Files.readString(dir.resolve("sshd.out")));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    fail("sshd did not listen on 127.0.0.1:" + port + " within " + TIMEOUT.toSeconds()
        + " s; its log:\n" + log());
  }

  /**
   * sshd run as root refuses to start without {@code /run/sshd}, which a system that never started
   * its own sshd (a container) lacks; .ci/run creates it too.
   *
   * @return "" when the directory is there, else why it could not be created (for a failure's
   *     message)
   */
  private static String ensurePrivilegeSeparationDirectory() {
    if (Files.isDirectory(PRIVILEGE_SEPARATION)) {
      return "";
    }
    try {
      Files.createDirectories(PRIVILEGE_SEPARATION);
      return "";
    } catch (IOException e) {
      return " (" + PRIVILEGE_SEPARATION + " is missing and could not be created: " + e
          + "; run the test as root, or create it: sudo mkdir -p /run/sshd)";
    }
  }

  /** Binds port 0 on 127.0.0.1 and closes it: a port that was free a moment ago. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void keygen(Path key) throws Exception {
    Process process =
        new ProcessBuilder(
                "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "tidings-ssh-it",
                "-f", key.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      fail("ssh-keygen -t ed25519 -f " + key + " failed: " + output);
    }
  }
}
