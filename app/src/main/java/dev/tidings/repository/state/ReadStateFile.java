package dev.tidings.repository.state;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The read state of one run, kept in the state directory: opens the {@link ReadLog} and reads the
 * {@link PreviousRun} on a background thread (so that a million read articles do not delay the
 * first screen), and appends changes. Changes appended before the log is open wait in memory and
 * are written as soon as it is; {@link #close} waits for that. When the directory or the log
 * cannot be written, one warning says so and the changes stay in memory for the run. Thread-safe.
 */
public final class ReadStateFile {

  /**
   * What was loaded.
   *
   * @param read the normalised URLs of the articles read; mutable, the receiver's to keep
   * @param previousRun when the previous run over the same directories started; null when none
   */
  public record Loaded(Set<String> read, Instant previousRun) {}

  private final Path directory;
  private final Consumer<String> warnings;
  private final Thread loader;
  /** Changes waiting for the log: {@code +URL} or {@code -URL}. */
  private final List<String> waiting = new ArrayList<>();
  private ReadLog log;
  private boolean opened;
  private boolean failed;

  private ReadStateFile(Path directory, Consumer<String> warnings, Thread loader) {
    this.directory = directory;
    this.warnings = warnings;
    this.loader = loader;
  }

  /**
   * Starts loading the read state on a daemon thread and returns at once.
   *
   * @param directory the state directory; never null
   * @param roots the directories and files browsed, for {@link PreviousRun}; never null
   * @param clock this run's start and the timestamps of files set aside; never null
   * @param warnings receives what the user should know, on the loader's thread; never null
   * @param loaded receives the state once, on the loader's thread (empty when it cannot be read);
   *     never null
   * @return the running load; never null
   */
  public static ReadStateFile start(
      Path directory, List<Path> roots, Clock clock, Consumer<String> warnings,
      Consumer<Loaded> loaded) {
    Objects.requireNonNull(loaded, "loaded");
    Instant now = clock.instant();
    List<Path> rootsCopy = List.copyOf(roots);
    ReadStateFile[] self = new ReadStateFile[1];
    Thread thread =
        new Thread(() -> loaded.accept(self[0].load(rootsCopy, now, clock)), "tidings-read-state");
    thread.setDaemon(true);
    self[0] = new ReadStateFile(directory.toAbsolutePath(), warnings, thread);
    thread.start();
    return self[0];
  }

  private Loaded load(List<Path> roots, Instant now, Clock clock) {
    ReadLog opened = null;
    Set<String> read;
    Instant previous = null;
    try {
      opened = ReadLog.open(directory, warnings, clock);
      read = opened.read();
      previous = PreviousRun.swap(directory, roots, now);
    } catch (IOException | RuntimeException e) {
      read = readOnly();
      fail(e);
    }
    synchronized (this) {
      log = opened;
      this.opened = true;
      flush();
    }
    return new Loaded(read, previous);
  }

  /** What can still be read of a log that cannot be opened for writing. */
  private Set<String> readOnly() {
    try {
      return ReadLogReplay.replay(directory.resolve(ReadLog.LOG)).read();
    } catch (IOException | RuntimeException e) {
      return new HashSet<>();
    }
  }

  /**
   * Records that articles became read or unread: written at once when the log is open, else as
   * soon as it is.
   *
   * @param read true when they became read, false unread
   * @param urls their normalised URLs; never null
   */
  public synchronized void append(boolean read, List<String> urls) {
    for (String url : urls) {
      waiting.add((read ? "+" : "-") + url);
    }
    if (opened) {
      flush();
    }
  }

  private void flush() {
    if (waiting.isEmpty()) {
      return;
    }
    if (log != null && !failed) {
      try {
        // Runs of the same sign go in one write each.
        int from = 0;
        while (from < waiting.size()) {
          char sign = waiting.get(from).charAt(0);
          List<String> run = new ArrayList<>();
          int to = from;
          while (to < waiting.size() && waiting.get(to).charAt(0) == sign) {
            run.add(waiting.get(to).substring(1));
            to++;
          }
          log.append(sign == '+', run);
          from = to;
        }
      } catch (IOException | RuntimeException e) {
        fail(e);
      }
    }
    waiting.clear();
  }

  private synchronized void fail(Exception e) {
    if (!failed) {
      failed = true;
      warnings.accept(
          "read state " + directory + " cannot be written (" + e.getMessage()
              + "): kept for this run only");
    }
  }

  /**
   * Waits for the load, writes the changes still waiting and closes the log.
   *
   * @throws InterruptedException if interrupted while waiting for the load
   */
  public void close() throws InterruptedException {
    loader.join();
    synchronized (this) {
      flush();
      if (log != null) {
        try {
          log.close();
        } catch (IOException e) {
          fail(e);
        }
        log = null;
      }
    }
  }
}
