package dev.tidings.repository;

import dev.tidings.model.TimelineEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The changes of the {@link Links} that the timeline index's changes call for, gathered on the
 * index thread and made on the links worker, in order, a batch at a time: resolving links is off
 * the index thread's way, and the links worker has one task per batch rather than per file.
 */
final class LinkChanges {

  private final Links links;
  private final Executor worker;
  private List<Runnable> batch = new ArrayList<>();

  /**
   * @param links the links to change; never null
   * @param worker runs the batches one at a time, in order; never null
   */
  LinkChanges(Links links, Executor worker) {
    this.links = links;
    this.worker = worker;
  }

  /** An article is in the timeline with these link keys ({@link Links#add}). */
  void add(TimelineEntry entry, long[] ownKeys, long[] relatedKeys) {
    batch.add(() -> links.add(entry, ownKeys, relatedKeys));
  }

  /** The article at {@code path} has left the timeline. */
  void remove(Path path) {
    batch.add(() -> links.remove(path));
  }

  /** Hands the changes gathered so far to the links worker. */
  void flush() {
    if (batch.isEmpty()) {
      return;
    }
    List<Runnable> changes = batch;
    batch = new ArrayList<>();
    try {
      worker.execute(() -> changes.forEach(Runnable::run));
    } catch (RejectedExecutionException closed) {
      // Shut down: links no longer matter.
    }
  }
}
