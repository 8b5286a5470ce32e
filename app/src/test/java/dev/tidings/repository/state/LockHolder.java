package dev.tidings.repository.state;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another tidings as the read log sees it, in a process of its own: holds a shared lock on the
 * lock file given as its argument, says {@code locked} on stdout, and lets go when stdin closes.
 */
public final class LockHolder {

  private LockHolder() {}

  /**
   * @param args the lock file
   * @throws Exception if it cannot be locked
   */
  public static void main(String[] args) throws Exception {
    try (FileChannel channel =
        FileChannel.open(
            Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE)) {
      FileLock lock = channel.lock(0, Long.MAX_VALUE, true);
      System.out.println(lock.isShared() ? "locked" : "wrong!");
      System.out.flush();
      while (System.in.read() >= 0) {
        // Holds the lock until the test closes stdin.
      }
    }
  }

  /** Starts a holder on {@code lockFile} and waits until it holds the lock. */
  static Process hold(Path lockFile) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                lockFile.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    byte[] line = new byte[6];
    int read = process.getInputStream().readNBytes(line, 0, 6);
    if (read != 6 || !new String(line, StandardCharsets.US_ASCII).equals("locked")) {
      process.destroyForcibly();
      throw new IllegalStateException("the lock holder did not start");
    }
    return process;
  }
}
