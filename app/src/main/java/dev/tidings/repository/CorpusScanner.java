package dev.tidings.repository;

import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the article files under the corpus roots: every {@code *.md}, {@code *.markdown} and {@code
 * *.txt} file under a root directory, recursively, following symbolic links, skipping hidden files
 * and directories (names starting with {@code .}) below the roots; and every root that is a file,
 * whatever its name. A file reached twice (overlapping roots, links) is listed once.
 */
public final class CorpusScanner {

  private CorpusScanner() {}

  /**
   * The files found and the places that could not be listed.
   *
   * @param files article files in the order found; never null
   * @param problems directories and files that could not be listed; never null
   */
  public record Scan(List<FileKey> files, List<Problem> problems) {
    /** Copies both lists. */
    public Scan {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Lists the article files under {@code roots}.
   *
   * @param roots directories and files; never null. A root that cannot be read becomes a problem.
   * @return the files and problems; never null
   */
  public static Scan scan(List<Path> roots) {
    List<FileKey> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    walk(roots, Sink.of(files::add, problems::add, directory -> {}));
    return new Scan(files, problems);
  }

  /** Receives what a walk finds, on the walking thread, in the order found. */
  public interface Sink {
    /** An article file. */
    void file(FileKey file);

    /** A file or directory that could not be listed or read. */
    void problem(Problem problem);

    /** A directory that was listed (a root directory included); for watching. */
    default void directory(Path directory) {}

    /**
     * A sink that hands each thing found to one of three consumers.
     *
     * @param files receives the article files; never null
     * @param problems receives the places that could not be listed or read; never null
     * @param directories receives the directories listed; never null
     * @return the sink; never null
     */
    static Sink of(
        Consumer<FileKey> files, Consumer<Problem> problems, Consumer<Path> directories) {
      return new Sink() {
        @Override
        public void file(FileKey file) {
          files.accept(file);
        }

        @Override
        public void problem(Problem problem) {
          problems.accept(problem);
        }

        @Override
        public void directory(Path directory) {
          directories.accept(directory);
        }
      };
    }
  }

  /**
   * Walks {@code roots} as {@link #scan} does, handing each file, problem and directory to {@code
   * sink} as soon as it is found, so that indexing can start before the walk ends.
   *
   * @param roots directories and files; never null
   * @param sink receives what is found; never null
   */
  public static void walk(List<Path> roots, Sink sink) {
    Set<Object> seen = new HashSet<>();
    for (Path root : roots) {
      Path absolute = root.toAbsolutePath().normalize();
      try {
        Files.walkFileTree(
            absolute,
            EnumSet.of(FileVisitOption.FOLLOW_LINKS),
            Integer.MAX_VALUE,
            new Collector(absolute, sink, seen));
      } catch (IOException e) {
        sink.problem(
            new Problem(
                absolute, 0, Problem.Kind.UNREADABLE, "cannot list: " + Problem.describe(e)));
      }
    }
  }

  /**
   * @return whether a file below a root is an article file: not hidden, with an article extension
   */
  static boolean isArticleFile(Path file) {
    return !isHidden(file) && isArticleFileName(file.getFileName().toString());
  }

  /**
   * @param name a file name, without its directory; never null
   * @return whether it has one of the article extensions, ignoring case
   */
  public static boolean isArticleFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt");
  }

  private static final class Collector extends SimpleFileVisitor<Path> {
    private final Path root;
    private final Sink sink;
    private final Set<Object> seen;

    Collector(Path root, Sink sink, Set<Object> seen) {
      this.root = root;
      this.sink = sink;
      this.seen = seen;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
      if (!dir.equals(root) && isHidden(dir)) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      sink.directory(dir);
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      boolean named = file.equals(root);
      if (!attributes.isRegularFile()) {
        // Named, or with an article's name: a file the user would expect to see, so say why not.
        if (named || isArticleFile(file)) {
          sink.problem(
              new Problem(
                  file,
                  0,
                  Problem.Kind.UNREADABLE,
                  attributes.isSymbolicLink()
                      ? "symbolic link to nothing: its target is missing or a link loop"
                      : "not a regular file (a pipe, socket or device)"));
        }
        return FileVisitResult.CONTINUE;
      }
      if (named || isArticleFile(file)) {
        Object identity = attributes.fileKey() != null ? attributes.fileKey() : file;
        if (seen.add(identity)) {
          sink.file(FileKey.of(file, attributes));
        }
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      boolean candidate =
          file.equals(root)
              || (!isHidden(file)
                  && (Files.isDirectory(file) || isArticleFileName(file.toString())));
      if (candidate) {
        sink.problem(new Problem(file, 0, Problem.Kind.UNREADABLE, "cannot read: " + Problem.describe(e)));
      }
      return FileVisitResult.CONTINUE;
    }

  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
