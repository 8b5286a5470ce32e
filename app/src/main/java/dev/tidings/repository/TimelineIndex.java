package dev.tidings.repository;

import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import dev.tidings.model.Progress;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.read.ArticleReader;
import dev.tidings.repository.read.IndexRecord;
import dev.tidings.repository.store.PersistentIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The timeline index in memory, as it is built and kept up to date: the timeline's rows and the
 * problems by path, and the index thread's work that changes them. Scans ({@link ScanQueue},
 * {@link ScanRun}) find files; those that are new or changed are indexed ({@link Parsing}), from
 * their stored record when the persistent index has one ({@link StoredRecords}), and what was read
 * from files is saved to it ({@link UnsavedRecords}); each change of a row goes to the links
 * ({@link LinkChanges}) and to the changes waiting for the UI ({@link PendingChanges}).
 *
 * <p>Threads: all state is changed on one index thread ({@link IndexWorkers#index()}); directory
 * walks run on {@link IndexWorkers#scan()} and parsing on {@link IndexWorkers#parse()}, and both
 * hand their results back to the index thread. The UI takes the changes with {@link #drain()}
 * from its own thread; the rows, problems and counts may be read from any thread. With {@link
 * IndexWorkers#DIRECT} everything happens at once, in order, on the caller's thread.
 */
final class TimelineIndex {

  private final List<Path> roots;
  private final IndexWorkers workers;
  private final Consumer<Path> directories;

  // Index thread only.
  private final ScanQueue scans;
  private final Parsing parsing;
  private final StoredRecords stored;
  private final UnsavedRecords unsaved;
  private final LinkChanges linkChanges;
  /**
   * The file versions the scans found, by path; sized for a large corpus from the start, as
   * growing tables cost the index thread dearly.
   */
  private final Map<Path, FileKey> known = new HashMap<>(1 << 17);
  /** Whether a full scan has finished: from then on, the timeline counts as complete. */
  private boolean initialScanDone;

  // Read from any thread.
  private final Map<Path, TimelineEntry> entries = new ConcurrentHashMap<>(1 << 16);
  private final KnownProblems problems = new KnownProblems();
  private final PendingChanges pending;

  /**
   * @param roots directories and files; never null
   * @param reader reads the files; never null
   * @param storeOpener opens the persistent index on the index thread, or returns null for none;
   *     never null
   * @param workers the executors to run on; never null
   * @param links the links to keep up to date; never null
   * @param directories told of every directory walked, on the scan thread; never null
   */
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
    this.workers = workers;
    this.directories = directories;
    this.scans = new ScanQueue(this.roots);
    this.parsing =
        new Parsing(
            new FileIndexer(reader),
            workers.parse(),
            results -> onIndex(() -> batchIndexed(results)));
    this.stored = new StoredRecords(storeOpener);
    this.unsaved = new UnsavedRecords(workers.links());
    this.linkChanges = new LinkChanges(links, workers.links());
    this.pending = new PendingChanges(workers.timer(), workers.notifyMillis());
  }

  // ---- requests, from any thread

  /** Loads the persistent index, then scans every root; {@code listener} hears of changes. */
  void start(Runnable listener) {
    pending.listen(listener);
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
          ScanRun scan = scans.request(scope);
          if (scan != null) {
            begin(scan);
          }
        });
  }

  /** @return the changes since the last call; the UI applies them in order */
  Update drain() {
    return pending.drain(problems.skippedCount(), problems.repairedCount());
  }

  /** @return every row now, newest first */
  List<TimelineEntry> timeline() {
    List<TimelineEntry> timeline = new ArrayList<>(entries.values());
    timeline.sort(TimelineEntry.NEWEST_FIRST);
    return timeline;
  }

  /** @return the problems now, of skipped files and of repaired articles, by path and line */
  List<Problem> problems() {
    return problems.list();
  }

  /** @return the progress as last published */
  Progress progress() {
    return pending.progress();
  }

  /** @return the counts now, read one after another from maps any thread may read */
  Counts counts() {
    return new Counts(entries.size(), problems.skippedCount(), problems.repairedCount());
  }

  /** Stops taking new work; called once, by the owner, before it stops the workers. */
  void close() {
    parsing.close();
  }

  /**
   * Saves what was indexed and not saved yet, and closes the persistent index. Called by the owner
   * after the index thread has stopped, so that nothing runs alongside it.
   */
  void saveAfterStop() {
    unsaved.saveAfterStop();
  }

  // ---- the index thread

  private void onIndex(Runnable task) {
    try {
      workers.index().execute(task);
    } catch (RejectedExecutionException closed) {
      // Shut down: nothing more to do.
    }
  }

  private void loadStore() {
    unsaved.saveTo(
        stored.open(roots, workers.links(), records -> onIndex(() -> storeLoaded(records))));
  }

  private void storeLoaded(Map<String, byte[]> records) {
    List<FileKey> files = stored.loaded(records);
    List<FileIndexer.Found> toIndex = new ArrayList<>(files.size());
    for (FileKey key : files) {
      if (key.equals(known.get(key.path()))) {
        toIndex.add(new FileIndexer.Found(key, stored.take(key.path())));
      }
    }
    parsing.start(toIndex);
    finishScanWhenDone();
  }

  private void begin(ScanRun scan) {
    changed();
    try {
      workers.scan()
          .execute(
              () ->
                  scan.walk(
                      directories,
                      files -> onIndex(() -> found(scan, files)),
                      (files, listing) ->
                          onIndex(
                              () -> {
                                found(scan, files);
                                walked(scan, listing);
                              })));
    } catch (RejectedExecutionException closed) {
      scans.abandon();
    }
  }

  private void found(ScanRun scan, List<FileKey> files) {
    List<FileIndexer.Found> toIndex = new ArrayList<>();
    for (FileKey key : files) {
      Path path = key.path();
      scan.saw(path);
      known.put(path, key);
      TimelineEntry entry = entries.get(path);
      if ((entry != null && entry.key().equals(key)) || problems.skips(key) || parsing.has(key)) {
        continue;
      }
      if (stored.loading()) {
        stored.await(key);
        continue;
      }
      toIndex.add(new FileIndexer.Found(key, stored.take(path)));
    }
    parsing.start(toIndex);
    changed();
  }

  private void batchIndexed(List<FileIndexer.Indexed> results) {
    for (FileIndexer.Indexed result : results) {
      indexed(result);
    }
    ScanRun scan = scans.current();
    if (scan != null && scan.walked()) {
      finishScanWhenDone();
    } else {
      changed();
    }
  }

  private void indexed(FileIndexer.Indexed result) {
    FileKey key = result.key();
    Path path = key.path();
    // A result for a version since changed, or for a file since gone, is not wanted.
    if (!parsing.done(key) || !key.equals(known.get(path))) {
      return;
    }
    IndexRecord record = result.record();
    if (record == null) {
      removeEntry(path);
      problems.skip(key, result.problem());
      return;
    }
    problems.unskip(path);
    put(result.entry(), result.ownKeys(), result.relatedKeys());
    problems.notes(path, record.notes());
    if (!result.fromStore()) {
      unsaved.add(record);
    }
  }

  private void walked(ScanRun scan, List<Problem> listing) {
    scan.markWalked();
    for (Path path : scan.gone(known, problems.skippedPaths())) {
      known.remove(path);
      parsing.drop(path);
      removeEntry(path);
      problems.unskip(path);
      unsaved.remove(path);
    }
    for (Problem problem : listing) {
      problems.skipListing(problem);
    }
    finishScanWhenDone();
  }

  private void finishScanWhenDone() {
    ScanRun scan = scans.current();
    if (scan != null && scan.walked() && parsing.count() == 0 && !stored.loading()) {
      initialScanDone |= scan.full();
      if (scan.full()) {
        stored.firstFullScanEnded(unsaved::remove);
      }
      unsaved.save();
      ScanRun next = scans.next();
      if (next != null) {
        begin(next);
        return;
      }
    }
    changed();
  }

  private void put(TimelineEntry entry, long[] ownKeys, long[] relatedKeys) {
    TimelineEntry old = entries.put(entry.key().path(), entry);
    linkChanges.add(entry, ownKeys, relatedKeys);
    pending.put(entry, old);
  }

  private void removeEntry(Path path) {
    problems.clearNotes(path);
    TimelineEntry old = entries.remove(path);
    if (old == null) {
      return;
    }
    linkChanges.remove(path);
    pending.remove(old);
  }

  /**
   * Hands the link changes made so far to the links worker, publishes the progress and tells the
   * listener, no more often than the workers allow.
   */
  private void changed() {
    linkChanges.flush();
    pending.publish(currentProgress());
  }

  /**
   * The progress to show: during the first full scan, files found against files resolved; after
   * it, the timeline counts as complete unless files wait to be parsed, so that a rescan which
   * finds nothing new (after {@code r}, a watcher event or a poll) does not show "indexing".
   */
  private Progress currentProgress() {
    int waiting = parsing.count() + stored.waitingCount();
    ScanRun scan = scans.current();
    if (scan != null && scan.full() && !initialScanDone) {
      int found = scan.seenCount();
      return new Progress(Math.max(0, found - waiting), found, false);
    }
    int total = known.size();
    return new Progress(Math.max(0, total - waiting), total, initialScanDone && waiting == 0);
  }
}
