package dev.tidings.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks of the directories and files given on the command line, shared by the commands. */
final class Arguments {

  private Arguments() {}

  /**
   * Says on stderr why the first argument that cannot be read cannot be, such as {@code tidings:
   * cannot read /x: no such file or directory}.
   *
   * @param roots the directories and files given; never null
   * @param stderr where the reason goes; never null
   * @return whether every argument can be read
   */
  static boolean readable(List<Path> roots, PrintStream stderr) {
    for (Path root : roots) {
      String problem = unreadable(root);
      if (problem != null) {
        stderr.println("tidings: cannot read " + root + ": " + problem);
        return false;
      }
    }
    return true;
  }

  /**
   * The directories and files a command reads: those given, else those of the configuration's
   * {@code directories}, else the bundled seeds. When there are
   * none, or one cannot be read, says why on stderr ({@code tidings: cannot read /x: no such file
   * or directory}).
   *
   * @param paths the directories and files given, maybe none; never null
   * @param configured the configuration's directories, maybe none; never null
   * @param stderr where the reason goes; never null
   * @return the roots, or null when the command cannot go on (exit status 2)
   */
  static List<Path> roots(List<Path> paths, List<Path> configured, PrintStream stderr) {
    List<Path> roots =
        !paths.isEmpty() ? paths : !configured.isEmpty() ? configured : bundledSeeds();
    if (roots == null) {
      stderr.println("tidings: no DIR given and no bundled seeds; run it through bin/tidings");
      return null;
    }
    return readable(roots, stderr) ? roots : null;
  }

  /**
   * @return the bundled seeds directory the launcher names in the {@link
   *     TidingsCommand#SEEDS_PROPERTY} system property, as the one root to read when no DIR is
   *     given; null when the property is not set (tidings was not started by its launcher)
   */
  private static List<Path> bundledSeeds() {
    String seeds = System.getProperty(TidingsCommand.SEEDS_PROPERTY);
    return seeds == null || seeds.isBlank() ? null : List.of(Path.of(seeds));
  }

  /** @return why a command-line argument cannot be read, or null when it can */
  private static String unreadable(Path root) {
    if (!Files.exists(root)) {
      return "no such file or directory";
    }
    if (!Files.isReadable(root)) {
      return "permission denied";
    }
    return null;
  }
}
