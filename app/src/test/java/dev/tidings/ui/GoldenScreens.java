package dev.tidings.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares whole screens to files under {@code src/test/resources/screens/}: the text in {@code
 * NAME.txt} and the looks (colours and attributes, see {@link ScreenHarness#styles()}) in {@code
 * NAME.style.txt}. Run with {@code -Dtidings.updateScreens=true} to write the files from the
 * current screens instead; review the diff before committing.
 */
final class GoldenScreens {

  private static final Path DIRECTORY = Path.of("src/test/resources/screens");

  private GoldenScreens() {}

  /** Compares the harness's screen, text and looks, to the golden files named {@code name}. */
  static void assertScreen(String name, ScreenHarness harness) {
    assertGolden(name + ".txt", harness.screen());
    assertGolden(name + ".style.txt", harness.styles());
  }

  private static void assertGolden(String fileName, String actual) {
    Path file = DIRECTORY.resolve(fileName);
    try {
      if (Boolean.parseBoolean(System.getProperty("tidings.test.updateScreens"))) {
        Files.createDirectories(DIRECTORY);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("no golden screen " + file + "; actual screen:\n" + actual);
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        fail("screen " + fileName + " differs (expected | actual):\n"
            + sideBySide(expected, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sideBySide(String expected, String actual) {
    List<String> left = expected.lines().toList();
    List<String> right = actual.lines().toList();
    int width = left.stream().mapToInt(String::length).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      String l = i < left.size() ? left.get(i) : "";
      String r = i < right.size() ? right.get(i) : "";
      out.append(l.equals(r) ? "  " : "! ")
          .append(l)
          .append(" ".repeat(Math.max(0, width - l.length())))
          .append(" | ")
          .append(r)
          .append('\n');
    }
    return out.toString();
  }
}
