package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of the guide, checked on the sources: {@code cli -> ui -> browse -> repository ->
 * model}, with the sub-packages in between. A package may import its own classes and those of a
 * package of a lower rank, never one of its own rank or above; so no import goes up a layer, and
 * {@code ui.view} and {@code ui.term} stay apart.
 */
class LayersTest {

  /** Ranks, lowest first; every package of the main code must be here. */
  private static final Map<String, Integer> RANKS =
      Map.ofEntries(
          Map.entry("model", 0),
          Map.entry("repository.read", 1),
          Map.entry("repository.store", 2),
          Map.entry("repository.state", 2),
          Map.entry("repository", 3),
          Map.entry("browse.query", 4),
          Map.entry("browse", 5),
          Map.entry("ui.view", 6),
          Map.entry("ui.term", 6),
          Map.entry("ui.external", 6),
          Map.entry("ui", 7),
          Map.entry("cli.output", 8),
          Map.entry("cli.config", 9),
          Map.entry("cli", 10));

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package dev\\.tidings\\.([\\w.]+);");
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import (?:static )?dev\\.tidings\\.([a-z.]+?)\\.[A-Z]");

  @Test
  void noImportGoesUpALayer() {
    List<String> violations = new ArrayList<>();
    for (Path file : sources()) {
      String text = read(file);
      Matcher declared = PACKAGE.matcher(text);
      assertThat(declared.find()).as("package of %s", file).isTrue();
      String own = declared.group(1);
      assertThat(RANKS).as("rank of package %s (%s)", own, file).containsKey(own);
      Matcher imported = IMPORT.matcher(text);
      while (imported.find()) {
        String other = imported.group(1);
        if (other.equals(own)) {
          continue;
        }
        Integer rank = RANKS.get(other);
        if (rank == null || rank >= RANKS.get(own)) {
          violations.add(file.getFileName() + " (" + own + ") imports " + other);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theCheckCanFail() {
    Matcher imported = IMPORT.matcher("import dev.tidings.ui.view.Canvas;\n");
    assertThat(imported.find()).isTrue();
    assertThat(imported.group(1)).isEqualTo("ui.view");
    assertThat(RANKS.get("ui.view")).isGreaterThan(RANKS.get("browse"));
  }

  private static List<Path> sources() {
    Path root = Path.of("src/main/java/dev/tidings");
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> java =
          files
              .filter(path -> path.toString().endsWith(".java"))
              .filter(path -> !path.getFileName().toString().equals("package-info.java"))
              .toList();
      assertThat(java).as("sources under %s", root.toAbsolutePath()).isNotEmpty();
      return java;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
