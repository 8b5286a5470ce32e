package dev.tidings.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Counts the executions of one fuzz test and, when Jazzer fuzzes (environment variable {@code
 * JAZZER_FUZZ} set), reports how many ran in how long: one line on the process's standard error,
 * and the same line in {@code <name>.txt} under the directory named by the system property {@code
 * tidings.fuzz.reportDir} when set (the build sets {@code app/target/fuzz}). The line is written to
 * the file descriptor itself, as libFuzzer writes its own, because the build sends what the tests
 * print through {@code System.out} and {@code System.err} to a file: that way it is in the build
 * log. Not thread-safe: Jazzer runs a fuzz test on one thread.
 */
final class FuzzStats {

  private final String name;
  private long executions;
  private long firstNanos;

  /** @param name the fuzz test, as {@code Class.method} */
  FuzzStats(String name) {
    this.name = name;
  }

  /** Counts one execution. */
  void count() {
    if (executions++ == 0) {
      firstNanos = System.nanoTime();
    }
  }

  /** Reports the count when fuzzing; does nothing in regression runs or when nothing ran. */
  void report() {
    String fuzz = System.getenv("JAZZER_FUZZ");
    if (fuzz == null || fuzz.isEmpty() || executions == 0) {
      return;
    }
    double seconds = (System.nanoTime() - firstNanos) / 1e9;
    String line =
        String.format(
            Locale.ROOT,
            "fuzz %s: %d executions in %.1f s (%.0f/s)",
            name,
            executions,
            seconds,
            executions / Math.max(seconds, 1e-9));
    // Not closed: that would close the process's standard error.
    PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
    stderr.println(line);
    String dir = System.getProperty("tidings.fuzz.reportDir");
    if (dir != null && !dir.isEmpty()) {
      try {
        Path report = Path.of(dir, name + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, line + "\n", UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
