package dev.tidings.repository.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * When tidings last started over a set of directories, so that the articles that arrived since
 * can be told apart ({@code is:new}). One small file per set, {@code run-<key>} in the state
 * directory, holding the start instant in ISO-8601 (UTC); the key is the first 16 hex digits of
 * the SHA-256 of the sorted absolute, normalised roots joined by {@code \n}, so that {@code
 * tidings a b} and {@code tidings b a} share one.
 */
public final class PreviousRun {

  private PreviousRun() {}

  /**
   * @param roots the directories and files browsed; never null
   * @return the key of the set: 16 lower-case hex digits
   */
  public static String key(List<Path> roots) {
    List<String> sorted =
        roots.stream().map(root -> root.toAbsolutePath().normalize().toString()).sorted().toList();
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * Reads when the previous run over {@code roots} started and records {@code now} as this run's
   * start (written to a temporary file and moved into place atomically).
   *
   * @param directory the state directory, which exists; never null
   * @param roots the directories and files browsed; never null
   * @param now this run's start; never null
   * @return the previous run's start, or null when there was none (or its file is unreadable)
   * @throws IOException if this run's start cannot be written
   */
  public static Instant swap(Path directory, List<Path> roots, Instant now) throws IOException {
    Objects.requireNonNull(now, "now");
    Path file = directory.resolve("run-" + key(roots));
    Instant previous = null;
    try {
      previous = Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
    } catch (NoSuchFileException e) {
      // The first run over these directories.
    } catch (IOException | DateTimeException e) {
      // An unreadable start is treated as none: no article counts as new this once.
    }
    Path temp = directory.resolve("run-" + key(roots) + ".tmp-" + ProcessHandle.current().pid());
    Files.writeString(temp, now + "\n", StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return previous;
  }
}
