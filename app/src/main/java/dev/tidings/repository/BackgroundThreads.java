package dev.tidings.repository;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of a repository that indexes in the background: parsing on one thread per core;
 * walks, index changes ({@link IndexThread}), and links with the persistent index's reads and
 * writes on a thread each; reloads of articles that are not cached on two more. All are daemons,
 * so that a repository never keeps the JVM alive, and are named {@code tidings-<job>-<n>}.
 */
final class BackgroundThreads {

  /** The least time between two listener calls while indexing, in milliseconds. */
  static final long NOTIFY_MILLIS = 50;

  /** How long {@link #stop} waits for each of the index and links threads, in seconds. */
  private static final long STOP_SECONDS = 5;

  private final ScheduledThreadPoolExecutor index;
  private final ExecutorService scan;
  private final ExecutorService parse;
  private final ExecutorService load;
  private final ExecutorService links;

  /** Starts the threads' executors; their threads start with their first task. */
  BackgroundThreads() {
    index = new IndexThread(daemons("tidings-index"));
    index.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    scan = Executors.newSingleThreadExecutor(daemons("tidings-scan"));
    parse =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), daemons("tidings-parse"));
    load = Executors.newFixedThreadPool(2, daemons("tidings-load"));
    links = Executors.newSingleThreadExecutor(daemons("tidings-links"));
  }

  /** @return the executors of the timeline index, the index thread also timing the listener */
  IndexWorkers workers() {
    return new IndexWorkers(index, scan, parse, links, index, NOTIFY_MILLIS);
  }

  /** @return the executor that reloads articles that are not cached */
  Executor loader() {
    return load;
  }

  /**
   * Stops every thread: walks, parses and loads are dropped; the index thread finishes what it
   * has, then the links thread, which also writes to the persistent index. Waits at most {@value
   * #STOP_SECONDS} seconds for each of those two.
   *
   * @return whether both finished, so that nothing runs alongside what the caller does next
   */
  boolean stop() {
    scan.shutdownNow();
    parse.shutdownNow();
    load.shutdownNow();
    return stop(index) && stop(links);
  }

  /** @return whether the executor finished its queue in time */
  private static boolean stop(ExecutorService executor) {
    executor.shutdown();
    try {
      return executor.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
