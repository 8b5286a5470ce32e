package dev.tidings.repository;

import dev.tidings.model.Progress;
import dev.tidings.model.TimelineEntry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The changes of the timeline that the UI has not taken yet, and the call that tells it there are
 * some. Rows added and then removed before the UI looks cancel out; the listener is called at most
 * once per {@code notifyMillis}, so that a busy index does not make the UI redraw thousands of
 * times a second. Thread-safe: the index thread adds, the UI drains.
 */
final class PendingChanges {

  private final ScheduledExecutorService timer;
  private final long notifyMillis;
  private final Set<TimelineEntry> added = new LinkedHashSet<>();
  private final Set<TimelineEntry> removed = new LinkedHashSet<>();
  private Progress progress = Progress.STARTING;
  private Runnable listener = () -> {};
  private boolean notifyScheduled;
  private long lastNotify;

  /**
   * @param timer spaces out the listener's calls; null to call it at once, on the caller's thread
   * @param notifyMillis the least time between two calls of the listener, in milliseconds
   */
  PendingChanges(ScheduledExecutorService timer, long notifyMillis) {
    this.timer = timer;
    this.notifyMillis = notifyMillis;
  }

  /** Sets who is told of changes; called before any change. */
  synchronized void listen(Runnable newListener) {
    listener = newListener;
  }

  /** A row is in the timeline, in place of {@code old} (null when it is new). */
  synchronized void put(TimelineEntry entry, TimelineEntry old) {
    if (old != null) {
      remove(old);
    }
    added.add(entry);
  }

  /** A row has left the timeline. */
  synchronized void remove(TimelineEntry old) {
    if (!added.remove(old)) {
      removed.add(old);
    }
  }

  /** @return the progress as last published */
  synchronized Progress progress() {
    return progress;
  }

  /**
   * Takes the changes since the last call.
   *
   * @param skipped how many files and directories are skipped now
   * @param repaired how many articles were repaired now
   * @return the changes; never null
   */
  synchronized Update drain(int skipped, int repaired) {
    Update update =
        new Update(List.copyOf(added), List.copyOf(removed), progress, skipped, repaired);
    added.clear();
    removed.clear();
    return update;
  }

  /**
   * Publishes the progress and tells the listener, at once or after the least interval; while
   * indexing is incomplete the interval is four times longer, so that the UI spends the cores on
   * indexing rather than on redrawing a timeline that changes every millisecond.
   */
  void publish(Progress now) {
    Runnable notify;
    synchronized (this) {
      boolean finished = now.complete() && !progress.complete();
      progress = now;
      if (timer == null || finished) {
        // The moment indexing is done is worth showing at once.
        lastNotify = System.currentTimeMillis();
        notify = listener;
      } else {
        if (!notifyScheduled) {
          notifyScheduled = true;
          long interval = now.complete() ? notifyMillis : 4 * notifyMillis;
          long delay = Math.max(0, lastNotify + interval - System.currentTimeMillis());
          try {
            timer.schedule(this::notifyListener, delay, TimeUnit.MILLISECONDS);
          } catch (RejectedExecutionException closed) {
            notifyScheduled = false;
          }
        }
        return;
      }
    }
    notify.run();
  }

  private void notifyListener() {
    Runnable notify;
    synchronized (this) {
      notifyScheduled = false;
      lastNotify = System.currentTimeMillis();
      notify = listener;
    }
    notify.run();
  }
}
