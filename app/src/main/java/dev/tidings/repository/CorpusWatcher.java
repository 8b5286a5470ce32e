package dev.tidings.repository;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the directories of a corpus and says which files and directories in them were created,
 * changed or removed, so that such files show, change or go within about a second. It uses the platform's {@link WatchService} (inotify on
 * Linux) on every directory the scans walk; where there is none, where the JDK only offers its
 * slow polling implementation (macOS: every 10 s), or when a directory cannot be watched (such as
 * when Linux's {@code fs.inotify.max_user_watches} is reached), it asks for a full rescan every
 * {@link #POLL_MILLIS} milliseconds instead.
 *
 * <p>Events are gathered for {@link #SETTLE_MILLIS} milliseconds after the first one, so that a
 * burst of writes (a scraper saving a hundred files) makes one rescan.
 */
public final class CorpusWatcher implements AutoCloseable {

  /** How long events are gathered before a rescan is asked for, in milliseconds. */
  static final long SETTLE_MILLIS = 150;

  /** How often the whole corpus is rescanned when it cannot be watched, in milliseconds. */
  static final long POLL_MILLIS = 1500;

  private final Consumer<List<Path>> changed;
  private final Runnable rescanAll;
  private final WatchService service;
  private final Set<Path> watched = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService poller =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "tidings-poll");
            thread.setDaemon(true);
            return thread;
          });
  private volatile boolean polling;
  private volatile boolean closed;

  private CorpusWatcher(Consumer<List<Path>> changed, Runnable rescanAll, WatchService service) {
    this.changed = changed;
    this.rescanAll = rescanAll;
    this.service = service;
  }

  /**
   * Starts watching; directories are added with {@link #register} as the scans find them.
   *
   * @param changed told, on the watcher's thread, the files and directories that were created,
   *     changed or removed; never null
   * @param rescanAll asked, on the watcher's thread, to rescan everything (when events were lost,
   *     or when polling); never null
   * @return the watcher; never null. It never throws: without a usable watch service it polls.
   */
  public static CorpusWatcher start(Consumer<List<Path>> changed, Runnable rescanAll) {
    WatchService service = null;
    try {
      service = FileSystems.getDefault().newWatchService();
      if (service.getClass().getName().contains("Polling")) {
        service.close();
        service = null;
      }
    } catch (IOException | UnsupportedOperationException e) {
      service = null;
    }
    CorpusWatcher watcher = new CorpusWatcher(changed, rescanAll, service);
    if (service == null) {
      watcher.startPolling();
    } else {
      Thread thread = new Thread(watcher::run, "tidings-watch");
      thread.setDaemon(true);
      thread.start();
    }
    return watcher;
  }

  /** @return whether the watcher polls instead of being told of changes */
  public boolean isPolling() {
    return polling;
  }

  /**
   * Watches a directory (not its subdirectories, which are registered as they are walked). Safe
   * to call from any thread and more than once.
   *
   * @param directory an absolute directory; never null
   */
  public void register(Path directory) {
    if (polling || closed || !watched.add(directory)) {
      return;
    }
    try {
      directory.register(
          service,
          StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_DELETE,
          StandardWatchEventKinds.ENTRY_MODIFY);
    } catch (IOException | ClosedWatchServiceException | UnsupportedOperationException e) {
      if (!closed) {
        startPolling();
      }
    }
  }

  private void startPolling() {
    if (polling) {
      return;
    }
    polling = true;
    poller.scheduleWithFixedDelay(
        this::pollOnce, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void pollOnce() {
    if (!closed) {
      rescanAll.run();
    }
  }

  private void run() {
    try {
      while (!closed) {
        WatchKey key = service.take();
        Set<Path> dirty = new LinkedHashSet<>();
        boolean overflow = collect(key, dirty);
        long settle = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS);
        long left;
        while ((left = settle - System.nanoTime()) > 0) {
          WatchKey more = service.poll(left, TimeUnit.NANOSECONDS);
          if (more == null) {
            break;
          }
          overflow |= collect(more, dirty);
        }
        if (polling) {
          continue;
        }
        if (overflow) {
          rescanAll.run();
        } else if (!dirty.isEmpty()) {
          changed.accept(List.copyOf(dirty));
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: the thread ends.
    }
  }

  /**
   * Adds the paths an event names: the file or directory that was created, changed or removed, so
   * that a rescan looks at it alone. (Reading a file can change its access time, which Linux
   * reports as a change: a look at one file keeps that cheap.)
   *
   * @return whether events were lost
   */
  private boolean collect(WatchKey key, Set<Path> dirty) {
    Path directory = (Path) key.watchable();
    boolean overflow = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        overflow = true;
      } else if (event.context() instanceof Path name) {
        dirty.add(directory.resolve(name));
      } else {
        dirty.add(directory);
      }
    }
    if (!key.reset()) {
      // The directory is gone or unreadable: its parent's rescan tells what became of it.
      watched.remove(directory);
      Path parent = directory.getParent();
      if (parent != null) {
        dirty.add(parent);
      }
    }
    return overflow;
  }

  /** Stops watching and polling; never throws. */
  @Override
  public void close() {
    closed = true;
    poller.shutdownNow();
    if (service != null) {
      try {
        service.close();
      } catch (IOException e) {
        // Nothing to give back: the service is gone either way.
      }
    }
  }
}
