package dev.tidings.repository;

import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One walk of the corpus, of every root (a full scan) or of some paths under them (after a change
 * was seen), and what it has found so far. {@link #walk} runs on the scan thread; everything else
 * belongs to the index thread.
 */
final class ScanRun {

  /** How many files a walk hands over at a time. */
  private static final int FOUND_BATCH = 256;

  private final List<Path> scope;
  private final Set<Path> scopeSet;
  private final boolean full;
  private final Set<Path> seen;
  private boolean walked;

  /**
   * @param scope the absolute, normalised roots, or paths under them, to walk; never null
   * @param full whether {@code scope} is every root
   */
  ScanRun(List<Path> scope, boolean full) {
    this.scope = scope;
    this.scopeSet = new HashSet<>(scope);
    this.full = full;
    // Sized for a large corpus from the start: growing the set costs the index thread dearly.
    this.seen = new HashSet<>(full ? 1 << 17 : 16);
  }

  /** @return whether this scan walks every root */
  boolean full() {
    return full;
  }

  /** @return whether the walk has ended and handed over all it found */
  boolean walked() {
    return walked;
  }

  /** @return how many files the walk has found so far */
  int seenCount() {
    return seen.size();
  }

  /** Notes a file the walk found. */
  void saw(Path path) {
    seen.add(path);
  }

  /** The walk has ended and has handed over all it found. */
  void markWalked() {
    walked = true;
  }

  /**
   * What the walk did not find under its scope is gone: files the index knew, and places that had
   * a problem. Asked once the walk has ended.
   *
   * @param known the files the index knows, by path; never null
   * @param skipped the places that have a problem; never null
   * @return the known files and the skipped places under the scope that the walk did not find,
   *     each once; never null
   */
  List<Path> gone(Map<Path, FileKey> known, Set<Path> skipped) {
    List<Path> gone = new ArrayList<>();
    for (Path path : known.keySet()) {
      if (!seen.contains(path) && covers(path)) {
        gone.add(path);
      }
    }
    for (Path path : skipped) {
      if (!known.containsKey(path) && !seen.contains(path) && covers(path)) {
        gone.add(path);
      }
    }
    return gone;
  }

  /** @return whether {@code path} is a scope path or under one */
  private boolean covers(Path path) {
    for (Path at = path; at != null; at = at.getParent()) {
      if (scopeSet.contains(at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * On the scan thread: walks the scope with the {@link CorpusScanner} and hands over what it
   * finds as it goes, so that parsing starts before the walk ends.
   *
   * @param directories told of every directory walked; never null
   * @param found receives the files found, a batch at a time; never null
   * @param done receives the last files found and the places that could not be listed, once, at
   *     the end; never null
   */
  void walk(
      Consumer<Path> directories,
      Consumer<List<FileKey>> found,
      BiConsumer<List<FileKey>, List<Problem>> done) {
    List<FileKey> batch = new ArrayList<>(FOUND_BATCH);
    List<Problem> listing = new ArrayList<>();
    CorpusScanner.walk(
        full ? scope : walkable(scope),
        CorpusScanner.Sink.of(
            file -> {
              batch.add(file);
              if (batch.size() == FOUND_BATCH) {
                found.accept(List.copyOf(batch));
                batch.clear();
              }
            },
            listing::add,
            directories));
    done.accept(List.copyOf(batch), List.copyOf(listing));
  }

  /**
   * The paths of a partial scan worth walking: directories, and article files. A path that is gone
   * is not walked, so that what was under it counts as removed; a changed file that is not an
   * article (an image beside the articles) is nothing to index.
   */
  private static List<Path> walkable(List<Path> scope) {
    List<Path> walkable = new ArrayList<>(scope.size());
    for (Path path : scope) {
      if (Files.isDirectory(path)
          || (Files.isRegularFile(path) && CorpusScanner.isArticleFile(path))) {
        walkable.add(path);
      }
    }
    return walkable;
  }
}
