package dev.tidings.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Small corpora written by the screen tests, under {@code target/} (the working directory of the
 * tests), so that the paths the screens show are the same on every run and machine.
 */
final class ScreenCorpora {

  private ScreenCorpora() {}

  /** @return {@code target/screen-NAME}, absolute, created and emptied */
  static Path fresh(String name) {
    Path dir = Path.of("target", "screen-" + name).toAbsolutePath();
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path file : files.toList()) {
            Files.delete(file);
          }
        }
      }
      Files.createDirectories(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a file of the corpus. */
  static void write(Path dir, String name, String text) {
    try {
      Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
