package dev.tidings.repository.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The open MVStore of a persistent index and the rules around it. Loads and updates run alongside
 * each other under a read lock; closing and failing take the write lock, so they wait for running
 * calls. The first damage found is reported once, the file is deleted (so that the next start
 * rebuilds it) and the store is not touched again in this run. Every warning names the file.
 */
final class StoreGuard {

  /**
   * MVStore appends every commit and frees a chunk only when none of its pages is live, so small
   * updates over many runs leave the file mostly dead space. When less than this share of it is
   * live, close rewrites it whole (into a temporary file, then an atomic rename): a cost of about
   * a full update, paid once per many runs, that keeps the file under about twice its data. The
   * incremental alternative, {@code close(millis)}, spent its whole budget at every close and
   * still let the file grow.
   */
  private static final int REWRITE_BELOW_LIVE_PERCENT = 50;

  private final Path file;
  private final Consumer<String> warnings;
  private final MVStore store;
  private final MVMap<String, byte[]> records;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  // Guarded by lock: set under the write lock, read under either.
  private boolean closed;
  // Set by whichever call first meets damage; checked without the write lock.
  private volatile boolean failed;

  /**
   * @param file the store's file, named in warnings; never null
   * @param warnings receives the warnings, on the calling thread; never null
   * @param store the open store, which this guard closes; never null
   * @param records the store's records map; never null
   */
  StoreGuard(Path file, Consumer<String> warnings, MVStore store, MVMap<String, byte[]> records) {
    this.file = file;
    this.warnings = warnings;
    this.store = store;
    this.records = records;
  }

  /** @return the records map, to use within {@link #whileOpen} */
  MVMap<String, byte[]> records() {
    return records;
  }

  /**
   * Runs {@code action} on the store under the read lock, unless the store is closed or failed.
   *
   * @return what the action threw, for the caller to {@link #fail} with; null when it ran to its
   *     end or did not run
   */
  RuntimeException whileOpen(Runnable action) {
    lock.readLock().lock();
    try {
      if (closed || failed) {
        return null;
      }
      action.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Commits what was written; call within {@link #whileOpen}. */
  void commit() {
    store.commit();
  }

  /**
   * Gives up on the store for the rest of the run: closes it, deletes its file and warns once.
   *
   * @param reason what happened, such as {@code "is damaged"}
   */
  void fail(String reason) {
    lock.writeLock().lock();
    try {
      if (failed || closed) {
        return;
      }
      failed = true;
      store.closeImmediately();
      try {
        Files.deleteIfExists(file);
      } catch (IOException | RuntimeException e) {
        // The next open finds the damage itself and deletes the file then.
      }
    } finally {
      lock.writeLock().unlock();
    }
    warn(" " + reason + "; running without it until the next start, which rebuilds it");
  }

  /**
   * Warns about the store's file.
   *
   * @param afterName the words after {@code cache <file>}, such as {@code " could not be saved"}
   */
  void warn(String afterName) {
    warnings.accept("cache " + file + afterName);
  }

  /**
   * Commits and closes the store, rewriting the file when less than {@value
   * #REWRITE_BELOW_LIVE_PERCENT}% of it is live. Idempotent; a failure is warned of, never thrown.
   */
  void close() {
    RuntimeException failure = null;
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      if (!failed) {
        try {
          store.commit();
          boolean rewrite =
              store.getFileStore().getChunksFillRate() < REWRITE_BELOW_LIVE_PERCENT;
          store.close(rewrite ? -1 : 0);
        } catch (RuntimeException e) {
          failure = e;
          store.closeImmediately();
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
    if (failure != null) {
      warn(" could not be saved" + FailureReasons.system(failure));
    }
  }
}
