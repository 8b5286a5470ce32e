package dev.tidings.repository;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scan running and the scans asked for meanwhile: a request made while a scan runs waits for
 * it, and a full scan makes the waiting ones unnecessary. Index thread only.
 */
final class ScanQueue {

  private final List<Path> roots;
  /** Waiting requests; an empty scope stands for every root (a walk is never asked for nothing). */
  private final Deque<List<Path>> queued = new ArrayDeque<>();
  private ScanRun current;

  /** @param roots the absolute, normalised roots; never null */
  ScanQueue(List<Path> roots) {
    this.roots = roots;
  }

  /** @return the scan running; null when none is */
  ScanRun current() {
    return current;
  }

  /**
   * Asks for a scan of every root when {@code scope} is null, else of the given directories and
   * files, kept inside the roots.
   *
   * @return the scan to begin now, which is then {@link #current()}; null when it waits or asks
   *     for nothing
   */
  ScanRun request(List<Path> scope) {
    List<Path> request = scope == null ? List.of() : underRoots(scope);
    if (request.isEmpty() && scope != null) {
      return null;
    }
    if (current != null) {
      if (request.isEmpty()) {
        queued.clear();
      } else if (queued.contains(List.<Path>of())) {
        return null;
      }
      queued.add(request);
      return null;
    }
    return begin(request);
  }

  /**
   * The current scan has ended.
   *
   * @return the waiting scan to begin now, which is then {@link #current()}; null when none waits
   */
  ScanRun next() {
    current = null;
    return queued.isEmpty() ? null : begin(queued.poll());
  }

  /** The current scan could not begin (the walker has stopped). */
  void abandon() {
    current = null;
  }

  private ScanRun begin(List<Path> scope) {
    current = new ScanRun(scope.isEmpty() ? roots : scope, scope.isEmpty());
    return current;
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
}
