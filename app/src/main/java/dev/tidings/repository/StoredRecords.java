package dev.tidings.repository;

import dev.tidings.model.FileKey;
import dev.tidings.repository.store.PersistentIndex;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The records of the persistent index as the timeline index uses them at the start: read once,
 * in parallel with the first walk, and kept encoded; each is taken when the walk finds its file
 * (and decoded on a parse thread, only if the file's size and modification time match), and those
 * the first full scan did not take are of files that are gone. Files found while the records are
 * still being read wait for them. Index thread only, but for the reading itself.
 */
final class StoredRecords {

  private final Supplier<PersistentIndex> opener;
  /** Records not yet taken, by path; null until read, and again once the first full scan ends. */
  private Map<String, byte[]> untaken;
  private boolean loading;
  private final List<FileKey> waiting = new ArrayList<>();

  /** @param opener opens the persistent index, or returns null for none; never null */
  StoredRecords(Supplier<PersistentIndex> opener) {
    this.opener = opener;
  }

  /**
   * Opens the persistent index and has the records under {@code roots} read on {@code reader}.
   *
   * @param roots the absolute, normalised roots; never null
   * @param reader runs the reading (the links worker, idle at the start); never null
   * @param loaded receives the records on {@code reader}'s thread, to hand to {@link #loaded} on
   *     the index thread; never null
   * @return the persistent index, or null when there is none
   */
  PersistentIndex open(
      List<Path> roots, Executor reader, Consumer<Map<String, byte[]>> loaded) {
    PersistentIndex store = opener.get();
    if (store == null) {
      return null;
    }
    loading = true;
    try {
      reader.execute(
          () -> {
            // Sized for a large corpus from the start: growing it would cost more than it saves.
            Map<String, byte[]> records = new HashMap<>(1 << 17);
            for (Path root : roots) {
              store.loadEncoded(root, records);
            }
            loaded.accept(records);
          });
    } catch (RejectedExecutionException closed) {
      loading = false;
    }
    return store;
  }

  /** @return whether the records are being read, so that files found must wait for them */
  boolean loading() {
    return loading;
  }

  /** A file found while the records are being read waits for them. */
  void await(FileKey key) {
    waiting.add(key);
  }

  /** @return how many files wait for the records */
  int waitingCount() {
    return waiting.size();
  }

  /**
   * The records are read.
   *
   * @param records the records, by path string; kept, and emptied as files take theirs
   * @return the files that waited, in the order found; a new list
   */
  List<FileKey> loaded(Map<String, byte[]> records) {
    untaken = records;
    loading = false;
    List<FileKey> files = new ArrayList<>(waiting);
    waiting.clear();
    return files;
  }

  /** @return the stored record of the file at {@code path}, encoded, taken out; null for none */
  byte[] take(Path path) {
    return untaken == null ? null : untaken.remove(path.toString());
  }

  /**
   * The first full scan has ended: the records it did not take are of files that are gone.
   *
   * @param gone told the path of each; never null
   */
  void firstFullScanEnded(Consumer<Path> gone) {
    if (untaken == null) {
      return;
    }
    for (String path : untaken.keySet()) {
      try {
        gone.accept(Path.of(path));
      } catch (InvalidPathException unreadableName) {
        // A name this locale cannot spell stays stored; it is never matched, only kept.
      }
    }
    untaken = null;
  }
}
