package dev.tidings.repository;

import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The problems of the corpus now: one per file or directory left out of the timeline (skipped),
 * and the notes of the articles that were repaired to be read. A skipped file's version is kept
 * too, so that it is not read again until it changes. Changed on the index thread only; the
 * problems and counts may be read from any thread.
 */
final class KnownProblems {

  private static final Comparator<Problem> BY_PATH_AND_LINE =
      Comparator.comparing(Problem::path).thenComparingInt(Problem::line);

  private final Map<Path, Problem> skipped = new ConcurrentHashMap<>();
  /** The version of each skipped file that was read; index thread only. */
  private final Map<Path, FileKey> skippedVersions = new HashMap<>();
  private final Map<Path, List<Problem>> notes = new ConcurrentHashMap<>();

  /** A file version is skipped for {@code problem}. */
  void skip(FileKey key, Problem problem) {
    skipped.put(key.path(), problem);
    skippedVersions.put(key.path(), key);
  }

  /** A place could not be listed (no file version to remember). */
  void skipListing(Problem problem) {
    skipped.put(problem.path(), problem);
  }

  /** @return whether this very version of a file is skipped */
  boolean skips(FileKey key) {
    return key.equals(skippedVersions.get(key.path()));
  }

  /** The place at {@code path} is no longer skipped: it was read, or it is gone. */
  void unskip(Path path) {
    skipped.remove(path);
    skippedVersions.remove(path);
  }

  /**
   * Sets the notes of the article at {@code path}.
   *
   * @param notes what was repaired to read it; empty when nothing was
   */
  void notes(Path path, List<Problem> notes) {
    if (notes.isEmpty()) {
      this.notes.remove(path);
    } else {
      this.notes.put(path, notes);
    }
  }

  /** The article at {@code path} has left the timeline, and its notes with it. */
  void clearNotes(Path path) {
    notes.remove(path);
  }

  /** @return the skipped places, a live view; index thread only */
  Set<Path> skippedPaths() {
    return skipped.keySet();
  }

  /** @return how many files and directories are skipped */
  int skippedCount() {
    return skipped.size();
  }

  /** @return how many articles have notes */
  int repairedCount() {
    return notes.size();
  }

  /** @return the problems of skipped places and the notes, by path and line; a new list */
  List<Problem> list() {
    List<Problem> list = new ArrayList<>(skipped.values());
    for (List<Problem> articleNotes : notes.values()) {
      list.addAll(articleNotes);
    }
    list.sort(BY_PATH_AND_LINE);
    return list;
  }
}
