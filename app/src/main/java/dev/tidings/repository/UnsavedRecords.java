package dev.tidings.repository;

import dev.tidings.repository.read.IndexRecord;
import dev.tidings.repository.store.PersistentIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * What the timeline index has not written to the persistent index yet: records read from files
 * and paths that are gone, gathered on the index thread and written in batches on the links worker,
 * off the index thread; what is left when that worker has stopped is written by {@link
 * #saveAfterStop}. Without a persistent index, nothing is gathered. Index thread only.
 */
final class UnsavedRecords {

  /**
   * How many records wait before they are saved while indexing; below it, saving waits until the
   * scan is done, so that it does not slow the scan down.
   */
  private static final int SAVE_BATCH = 100_000;

  private final Executor writer;
  private PersistentIndex store;
  private final List<IndexRecord> records = new ArrayList<>();
  private final Set<Path> removals = new HashSet<>();

  /** @param writer runs the writes, one at a time, in order (the links worker); never null */
  UnsavedRecords(Executor writer) {
    this.writer = writer;
  }

  /** @param opened the persistent index to save to; null for none */
  void saveTo(PersistentIndex opened) {
    store = opened;
  }

  /** A record was read from its file; saved at once when the batch is full. */
  void add(IndexRecord record) {
    if (store == null) {
      return;
    }
    records.add(record);
    removals.remove(record.key().path());
    if (records.size() >= SAVE_BATCH) {
      save();
    }
  }

  /** The file at {@code path} is gone. */
  void remove(Path path) {
    if (store != null) {
      removals.add(path);
    }
  }

  /**
   * Hands what was gathered to the writer; when the writer has stopped, it stays for {@link
   * #saveAfterStop}.
   */
  void save() {
    if (store == null || (records.isEmpty() && removals.isEmpty())) {
      return;
    }
    PersistentIndex target = store;
    List<IndexRecord> batch = List.copyOf(records);
    List<Path> gone = List.copyOf(removals);
    try {
      writer.execute(() -> target.update(batch, gone));
      records.clear();
      removals.clear();
    } catch (RejectedExecutionException closed) {
      // Saved by saveAfterStop.
    }
  }

  /**
   * Writes what is left and closes the persistent index. Called by the owner after the index
   * thread and the writer have stopped, so that nothing runs alongside it.
   */
  void saveAfterStop() {
    if (store != null) {
      store.update(List.copyOf(records), List.copyOf(removals));
      records.clear();
      removals.clear();
      store.close();
    }
  }
}
