package dev.tidings.ui.view;

import dev.tidings.repository.read.FileNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How file paths are written on screen. The problems view writes them relative to the directory
 * given on the command line that holds them (prefixed with that directory's name when several
 * were given), so that they are short; the preview writes them as the directory was given,
 * followed by the rest ({@code news/2021/a.md} for {@code tidings news}), so that they can be
 * copied to a shell started where tidings was.
 */
final class ShownPaths {

  /** The roots as given. */
  private final List<Path> given;
  /** The roots absolute and normalised, in the same order. */
  private final List<Path> absolute;
  private final Path workingDirectory;

  /**
   * @param roots the directories and files given, as given; never null
   * @param workingDirectory where tidings was started, absolute; never null
   */
  ShownPaths(List<Path> roots, Path workingDirectory) {
    List<Path> resolved = new ArrayList<>();
    for (Path root : roots) {
      resolved.add(workingDirectory.resolve(root).normalize());
    }
    this.given = List.copyOf(roots);
    this.absolute = List.copyOf(resolved);
    this.workingDirectory = workingDirectory;
  }

  /**
   * @param path an absolute path
   * @return the path relative to the root that holds it (its name when it is the root itself,
   *     prefixed with the root's name when several were given), else {@link #asGiven}
   */
  String underRoots(Path path) {
    int root = root(path);
    if (root < 0) {
      return asGiven(path);
    }
    Path best = absolute.get(root);
    Path name = best.getFileName();
    if (path.equals(best)) {
      return FileNames.shown(name == null ? path : name);
    }
    Path relative = best.relativize(path);
    return absolute.size() > 1 && name != null
        ? FileNames.shown(name.resolve(relative))
        : FileNames.shown(relative);
  }

  /**
   * @param path an absolute path
   * @return the path under the root that holds it as that root was given; else relative to the
   *     working directory when under it, else whole
   */
  String asGiven(Path path) {
    int root = root(path);
    if (root >= 0) {
      return FileNames.shown(given.get(root).resolve(absolute.get(root).relativize(path)));
    }
    return path.startsWith(workingDirectory) && !path.equals(workingDirectory)
        ? FileNames.shown(workingDirectory.relativize(path))
        : FileNames.shown(path);
  }

  /** @return the index of the deepest root that holds {@code path}, or -1 */
  private int root(Path path) {
    int best = -1;
    for (int i = 0; i < absolute.size(); i++) {
      Path root = absolute.get(i);
      if (path.startsWith(root)
          && (best < 0 || root.getNameCount() > absolute.get(best).getNameCount())) {
        best = i;
      }
    }
    return best;
  }
}
