package dev.tidings.repository;

import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import dev.tidings.model.Progress;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.read.ArticleReader;
import dev.tidings.repository.read.IndexRecord;
import dev.tidings.repository.store.PersistentIndex;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The timeline index as it is built and kept up to date: scans of the corpus, parsing of new and
 * changed files, the persistent index, and the changes waiting for the UI.
 *
 * <p>Threads: all state is changed on one index thread ({@link IndexWorkers#index()}); directory walks
 * run on {@link IndexWorkers#scan()} and parsing on {@link IndexWorkers#parse()}, and both hand their results
 * back to the index thread. The UI takes the changes with {@link #drain()} from its own thread. With
 * {@code Runnable::run} for every executor (tests) everything happens at once, in order, on the
 * caller's thread.
 */
final class TimelineIndex {

  /**
   * How many parsed records wait before they are saved to the persistent index while indexing;
   * below it, saving waits until the scan is done, so that it does not slow the scan down.
   */
  private static final int SAVE_BATCH = 100_000;

  /** How many files a parse task reads before it hands them to the index thread. */
  private static final int PARSE_BATCH = 64;

  /** How many files a walk hands over at a time. */
  private static final int FOUND_BATCH = 256;

  private final List<Path> roots;
  private final FileIndexer indexer;
  private final Supplier<PersistentIndex> storeOpener;
  /** Opened on the index thread, so that opening it does not delay the first screen. */
  private PersistentIndex store;
  private final IndexWorkers workers;
  private final Links links;
  private final Consumer<Path> directories;

  // Index thread only.
  // Sized for a large corpus from the start: growing tables cost the index thread dearly.
  private final Map<Path, FileKey> known = new HashMap<>(1 << 17);
  private final Map<Path, FileKey> parsing = new HashMap<>(1 << 12);
  private final Map<Path, FileKey> problemKeys = new HashMap<>();
  /** Changes of the links, made on the links worker in the order of the index's changes. */
  private List<Runnable> linkChanges = new ArrayList<>();
  private final Deque<List<Path>> queuedScans = new ArrayDeque<>();
  private final List<IndexRecord> unsaved = new ArrayList<>();
  private final Set<Path> unsavedRemovals = new HashSet<>();
  private Scan scan;
  /** Whether a full scan has finished: from then on, the timeline counts as complete. */
  private boolean initialScanDone;
  /** Stored records not yet matched to a file found, by path; null once the first scan is done. */
  private Map<String, byte[]> stored;
  /** Whether the stored records are being read; files found meanwhile wait in the list below. */
  private boolean storeLoading;
  private final List<FileKey> waitingForStore = new ArrayList<>();

  // Read from any thread.
  private final Map<Path, TimelineEntry> entries = new ConcurrentHashMap<>(1 << 16);
  private final Map<Path, Problem> problems = new ConcurrentHashMap<>();
  /** The notes of the articles that were repaired to be read, by path. */
  private final Map<Path, List<Problem>> repaired = new ConcurrentHashMap<>();
  private volatile boolean closing;

  // The changes the UI has not taken yet.
  private final PendingChanges pending;

  /** One walk of the roots (a full scan) or of some paths (after a change was seen). */
  private static final class Scan {
    final List<Path> scope;
    final Set<Path> scopeSet;
    final boolean full;
    final Set<Path> seen;
    final Map<Path, Problem> listingProblems = new HashMap<>();
    boolean walked;

    Scan(List<Path> scope, boolean full) {
      this.scope = scope;
      this.scopeSet = new HashSet<>(scope);
      this.full = full;
      this.seen = new HashSet<>(full ? 1 << 17 : 16);
    }

    /** @return whether {@code path} is a scope path or under one */
    boolean covers(Path path) {
      for (Path at = path; at != null; at = at.getParent()) {
        if (scopeSet.contains(at)) {
          return true;
        }
      }
      return false;
    }
  }

  TimelineIndex(
      List<Path> roots,
      ArticleReader reader,
      Supplier<PersistentIndex> storeOpener,
      IndexWorkers workers,
      Links links,
      Consumer<Path> directories) {
    List<Path> absolute = new ArrayList<>();
    for (Path root : roots) {
      absolute.add(root.toAbsolutePath().normalize());
    }
    this.roots = List.copyOf(absolute);
    this.indexer = new FileIndexer(reader);
    this.storeOpener = storeOpener;
    this.workers = workers;
    this.links = links;
    this.directories = directories;
    this.pending = new PendingChanges(workers.timer(), workers.notifyMillis());
  }

  // ---- requests, from any thread

  /** Loads the persistent index, then scans every root; {@code listener} hears of changes. */
  void start(Runnable newListener) {
    pending.listen(newListener);
    onIndex(this::loadStore);
    rescan(null);
  }

  /**
   * Scans again: every root when {@code scope} is null, else the given directories and files.
   * Requests made while a scan runs are run after it; a full scan makes queued ones unnecessary.
   */
  void rescan(List<Path> scope) {
    onIndex(
        () -> {
          // An empty scope stands for every root: walks are never asked for nothing.
          List<Path> request = scope == null ? List.of() : underRoots(scope);
          if (request.isEmpty() && scope != null) {
            return;
          }
          if (scan != null) {
            if (request.isEmpty()) {
              queuedScans.clear();
            } else if (queuedScans.contains(List.<Path>of())) {
              return;
            }
            queuedScans.add(request);
            return;
          }
          beginScan(request);
        });
  }

  /**
   * Keeps a scope inside the corpus: a path under a root stays, a path above a root (the parent of
   * a root that went away) stands for that root, anything else is dropped.
   */
  private List<Path> underRoots(List<Path> scope) {
    Set<Path> inside = new LinkedHashSet<>();
    for (Path path : scope) {
      Path absolute = path.toAbsolutePath().normalize();
      for (Path root : roots) {
        if (absolute.startsWith(root)) {
          inside.add(absolute);
        } else if (root.startsWith(absolute)) {
          inside.add(root);
        }
      }
    }
    return List.copyOf(inside);
  }

  /** @return the changes since the last call; the UI applies them in order */
  Update drain() {
    return pending.drain(problems.size(), repaired.size());
  }

  /** @return every row now, newest first */
  List<TimelineEntry> timeline() {
    List<TimelineEntry> timeline = new ArrayList<>(entries.values());
    timeline.sort(TimelineEntry.NEWEST_FIRST);
    return timeline;
  }

  /** @return the problems now, of skipped files and of repaired articles, by path and line */
  List<Problem> problems() {
    List<Problem> list = new ArrayList<>(problems.values());
    for (List<Problem> notes : repaired.values()) {
      list.addAll(notes);
    }
    list.sort(
        java.util.Comparator.comparing(Problem::path).thenComparingInt(Problem::line));
    return list;
  }

  Progress progress() {
    return pending.progress();
  }

  /** @return the counts now, read from the maps other threads may read; see {@link Counts} */
  Counts counts() {
    return new Counts(entries.size(), problems.size(), repaired.size());
  }

  /** Stops taking new work; called once, by the owner, before it stops the workers. */
  void close() {
    closing = true;
  }

  /**
   * Saves what was indexed and not saved yet. Called by the owner after the index thread has
   * stopped, so that nothing runs alongside it.
   */
  void saveAfterStop() {
    if (store != null) {
      store.update(List.copyOf(unsaved), List.copyOf(unsavedRemovals));
      unsaved.clear();
      unsavedRemovals.clear();
      store.close();
    }
  }

  // ---- the index thread

  private void onIndex(Runnable task) {
    try {
      workers.index().execute(task);
    } catch (RejectedExecutionException closed) {
      // Shut down: nothing more to do.
    }
  }

  /**
   * Opens the persistent index and has its records of the roots read on the links worker (idle at
   * start), in parallel with the walk; they stay encoded, and each is decoded (on a parse thread)
   * only when the walk finds its file with the same size and modification time. Files found
   * before the records are read wait for them.
   */
  private void loadStore() {
    store = storeOpener.get();
    if (store == null) {
      return;
    }
    storeLoading = true;
    PersistentIndex opened = store;
    try {
      workers.links()
          .execute(
              () -> {
                Map<String, byte[]> records = new HashMap<>(1 << 17);
                for (Path root : roots) {
                  opened.loadEncoded(root, records);
                }
                onIndex(() -> storeLoaded(records));
              });
    } catch (RejectedExecutionException closed) {
      storeLoading = false;
    }
  }

  private void storeLoaded(Map<String, byte[]> records) {
    stored = records;
    storeLoading = false;
    List<FileKey> files = new ArrayList<>(waitingForStore);
    waitingForStore.clear();
    List<FileIndexer.Found> toParse = new ArrayList<>(files.size());
    for (FileKey key : files) {
      if (key.equals(known.get(key.path()))) {
        toParse.add(new FileIndexer.Found(key, stored.remove(key.path().toString())));
      }
    }
    parseAll(toParse);
    finishScanWhenDone();
  }

  private void beginScan(List<Path> scope) {
    Scan current = new Scan(scope.isEmpty() ? roots : scope, scope.isEmpty());
    scan = current;
    changed();
    try {
      workers.scan().execute(() -> walk(current));
    } catch (RejectedExecutionException closed) {
      scan = null;
    }
  }

  /** On the scan thread: walks and hands batches of files to the index thread. */
  private void walk(Scan current) {
    List<FileKey> batch = new ArrayList<>(FOUND_BATCH);
    List<Problem> listing = new ArrayList<>();
    CorpusScanner.walk(
        current.full ? current.scope : walkable(current.scope),
        new CorpusScanner.Sink() {
          @Override
          public void file(FileKey file) {
            batch.add(file);
            if (batch.size() == FOUND_BATCH) {
              List<FileKey> full = List.copyOf(batch);
              batch.clear();
              onIndex(() -> found(current, full));
            }
          }

          @Override
          public void problem(Problem problem) {
            listing.add(problem);
          }

          @Override
          public void directory(Path directory) {
            directories.accept(directory);
          }
        });
    List<FileKey> rest = List.copyOf(batch);
    List<Problem> problemsFound = List.copyOf(listing);
    onIndex(
        () -> {
          found(current, rest);
          walked(current, problemsFound);
        });
  }

  /**
   * The paths of a partial scan worth walking: directories, and article files that are not
   * hidden. A path that is gone is not walked, so that what was under it counts as removed; a
   * changed file that is not an article (an image beside the articles) is nothing to index.
   */
  private static List<Path> walkable(List<Path> scope) {
    List<Path> walkable = new ArrayList<>(scope.size());
    for (Path path : scope) {
      if (Files.isDirectory(path)) {
        walkable.add(path);
      } else if (Files.isRegularFile(path)) {
        String name = path.getFileName().toString();
        if (!name.startsWith(".") && CorpusScanner.isArticleFileName(name)) {
          walkable.add(path);
        }
      }
    }
    return walkable;
  }

  private void found(Scan current, List<FileKey> files) {
    List<FileIndexer.Found> toParse = new ArrayList<>();
    for (FileKey key : files) {
      Path path = key.path();
      current.seen.add(path);
      known.put(path, key);
      TimelineEntry entry = entries.get(path);
      if (entry != null && entry.key().equals(key)) {
        continue;
      }
      if (key.equals(problemKeys.get(path)) || key.equals(parsing.get(path))) {
        continue;
      }
      if (storeLoading) {
        waitingForStore.add(key);
        continue;
      }
      byte[] encoded = stored == null ? null : stored.remove(path.toString());
      toParse.add(new FileIndexer.Found(key, encoded));
    }
    parseAll(toParse);
    changed();
  }

  private void parseAll(List<FileIndexer.Found> toParse) {
    for (int from = 0; from < toParse.size(); from += PARSE_BATCH) {
      parse(toParse.subList(from, Math.min(toParse.size(), from + PARSE_BATCH)));
    }
  }

  private void parse(List<FileIndexer.Found> pending) {
    if (closing) {
      return;
    }
    List<FileIndexer.Found> batch = List.copyOf(pending);
    for (FileIndexer.Found file : batch) {
      parsing.put(file.key().path(), file.key());
    }
    try {
      workers.parse().execute(() -> parseNow(batch));
    } catch (RejectedExecutionException closed) {
      for (FileIndexer.Found file : batch) {
        parsing.remove(file.key().path());
      }
    }
  }

  /** On a parse thread: indexes a batch and hands the results to the index thread at once. */
  private void parseNow(List<FileIndexer.Found> batch) {
    List<FileIndexer.Indexed> results = new ArrayList<>(batch.size());
    for (FileIndexer.Found file : batch) {
      if (closing) {
        break;
      }
      results.add(indexer.index(file));
    }
    onIndex(
        () -> {
          for (FileIndexer.Indexed result : results) {
            parsed(result);
          }
          if (scan != null && scan.walked) {
            finishScanWhenDone();
          } else {
            changed();
          }
        });
  }

  private void parsed(FileIndexer.Indexed result) {
    FileKey key = result.key();
    IndexRecord record = result.record();
    Path path = key.path();
    if (!parsing.remove(path, key)) {
      return;
    }
    if (key.equals(known.get(path))) {
      if (record != null) {
        problems.remove(path);
        problemKeys.remove(path);
        put(result.entry(), result.ownKeys(), result.relatedKeys());
        if (record.notes().isEmpty()) {
          repaired.remove(path);
        } else {
          repaired.put(path, record.notes());
        }
        if (store != null && !result.fromStore()) {
          unsaved.add(record);
          unsavedRemovals.remove(path);
          if (unsaved.size() >= SAVE_BATCH) {
            save();
          }
        }
      } else {
        removeEntry(path);
        problems.put(path, result.problem());
        problemKeys.put(path, key);
      }
    }
  }

  private void walked(Scan current, List<Problem> listing) {
    current.walked = true;
    for (Problem problem : listing) {
      current.listingProblems.put(problem.path(), problem);
    }
    // What the walk did not find under its scope is gone: files it knew, and places that had a
    // problem (a listing problem found again is put back below).
    List<Path> gone = new ArrayList<>();
    for (Path path : known.keySet()) {
      if (!current.seen.contains(path) && current.covers(path)) {
        gone.add(path);
      }
    }
    for (Path path : problems.keySet()) {
      if (!known.containsKey(path) && !current.seen.contains(path) && current.covers(path)) {
        gone.add(path);
      }
    }
    for (Path path : gone) {
      known.remove(path);
      parsing.remove(path);
      problemKeys.remove(path);
      removeEntry(path);
      problems.remove(path);
      if (store != null) {
        unsavedRemovals.add(path);
      }
    }
    for (Problem problem : listing) {
      problems.put(problem.path(), problem);
    }
    finishScanWhenDone();
  }

  private void finishScanWhenDone() {
    if (scan != null && scan.walked && parsing.isEmpty() && !storeLoading) {
      boolean full = scan.full;
      scan = null;
      initialScanDone |= full;
      if (full && stored != null) {
        // Stored records of files the first full walk did not find: the files are gone.
        for (String path : stored.keySet()) {
          try {
            unsavedRemovals.add(Path.of(path));
          } catch (InvalidPathException unreadableName) {
            // A name this locale cannot spell stays stored; it is never matched, only kept.
          }
        }
        stored = null;
      }
      if (full || unsaved.size() + unsavedRemovals.size() > 0) {
        save();
      }
      if (!queuedScans.isEmpty()) {
        beginScan(queuedScans.poll());
        return;
      }
    }
    changed();
  }

  private void put(TimelineEntry entry, long[] ownKeys, long[] relatedKeys) {
    Path path = entry.key().path();
    TimelineEntry old = entries.put(path, entry);
    linkChanges.add(() -> links.add(entry, ownKeys, relatedKeys));
    pending.put(entry, old);
  }

  private void removeEntry(Path path) {
    repaired.remove(path);
    TimelineEntry old = entries.remove(path);
    if (old == null) {
      return;
    }
    linkChanges.add(() -> links.remove(path));
    pending.remove(old);
  }

  /**
   * Hands what was indexed and not saved to the links worker, which writes it to the persistent
   * index off the index thread; when that worker has stopped, it stays for {@link
   * #saveAfterStop}.
   */
  private void save() {
    if (store == null || (unsaved.isEmpty() && unsavedRemovals.isEmpty())) {
      return;
    }
    PersistentIndex target = store;
    List<IndexRecord> records = List.copyOf(unsaved);
    List<Path> removals = List.copyOf(unsavedRemovals);
    try {
      workers.links().execute(() -> target.update(records, removals));
      unsaved.clear();
      unsavedRemovals.clear();
    } catch (RejectedExecutionException closed) {
      // Saved by saveAfterStop.
    }
  }

  /**
   * Hands the link changes made so far to the links worker, publishes the progress and tells the
   * listener, no more often than the workers allow.
   */
  private void changed() {
    if (!linkChanges.isEmpty()) {
      List<Runnable> batch = linkChanges;
      linkChanges = new ArrayList<>();
      try {
        workers.links().execute(() -> batch.forEach(Runnable::run));
      } catch (RejectedExecutionException closed) {
        // Shut down: links no longer matter.
      }
    }
    pending.publish(currentProgress());
  }

  /**
   * The progress to show: during the first full scan, files found against files resolved; after
   * it, the timeline counts as complete unless files wait to be parsed, so that a rescan which
   * finds nothing new (after {@code r}, a watcher event or a poll) does not show "indexing".
   */
  private Progress currentProgress() {
    int waiting = parsing.size() + waitingForStore.size();
    if (scan != null && scan.full && !initialScanDone) {
      int found = scan.seen.size();
      return new Progress(Math.max(0, found - waiting), found, false);
    }
    int total = known.size();
    return new Progress(Math.max(0, total - waiting), total, initialScanDone && waiting == 0);
  }
}
