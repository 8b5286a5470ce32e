package dev.tidings.repository.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names whose bytes are not UTF-8 are shown with those bytes escaped, never as U+FFFD. */
class FileNamesTest {

  @TempDir Path dir;

  /**
   * Makes a file named {@code caf} and the Latin-1 byte of {@code é}, then {@code .md}, with the
   * shell (Java cannot name a file with bytes that are not UTF-8), and lists it.
   */
  private Path latin1File(String content) throws Exception {
    Process touch =
        new ProcessBuilder("sh", "-c", "printf '%s' \"$2\" > \"$1/$(printf 'caf\\351.md')\"", "sh",
                dir.toString(), content)
            .redirectErrorStream(true)
            .start();
    assertThat(touch.waitFor()).isZero();
    try (var list = Files.list(dir)) {
      return list.findFirst().orElseThrow();
    }
  }

  @Test
  void bytesThatAreNotUtf8AreShownAsHexadecimal() {
    assertThat(FileNames.escaped("caf\u00e9".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(FileNames.escaped(new byte[] {'c', 'a', 'f', (byte) 0xE9, '.', 'm', 'd'}))
        .isEqualTo("caf\\xE9.md");
    assertThat(FileNames.escaped(new byte[] {(byte) 0xC0, (byte) 0xAF, 'x', (byte) 0xCE, (byte) 0xA9}))
        .isEqualTo("\\xC0\\xAFx\u03A9");
    assertThat(FileNames.escaped(new byte[] {'a', (byte) 0xE2, (byte) 0x82})).isEqualTo("a\\xE2\\x82");
  }

  @Test
  void aPathListedFromADirectoryIsShownWithItsBytes() throws Exception {
    Path listed = latin1File("");
    assertThat(listed.toString()).isEqualTo(dir + "/caf\uFFFD.md");
    assertThat(Files.exists(listed)).as("the path keeps its bytes").isTrue();
    assertThat(FileNames.mayNotBeUtf8(listed)).isTrue();
    assertThat(FileNames.shown(listed)).isEqualTo(dir + "/caf\\xE9.md");
    Path working = Path.of("").toAbsolutePath();
    assertThat(FileNames.shown(working.relativize(listed)))
        .isEqualTo(working.relativize(dir) + "/caf\\xE9.md");
  }

  @Test
  void utf8NamesAndARealReplacementCharacterAreShownAsTheyAre() throws Exception {
    Path greek = Files.createFile(dir.resolve("\u03A9\u03BC\u03AD\u03B3\u03B1.md"));
    assertThat(FileNames.mayNotBeUtf8(greek)).isFalse();
    assertThat(FileNames.shown(greek)).isEqualTo(greek.toString());
    Path replacement = Files.createFile(dir.resolve("a\uFFFDb.md"));
    assertThat(FileNames.shown(replacement)).isEqualTo(replacement.toString());
  }

  @Test
  void anArticleWhoseNameIsNotUtf8IsShownWithANoteOnBothWaysOfReading() throws Exception {
    Path file = latin1File(
        "---\ntitle: Caf\u00e9\npublishedDateTime: 2021-12-14T03:22:00Z\nwebUrl: https://a.com/\n---\n");
    FileKey key = FileKey.of(file, Files.readAttributes(file, BasicFileAttributes.class));
    ArticleReader reader = new ArticleReader();

    IndexRecord fast = reader.readRecord(key, true);
    assertThat(fast.notes())
        .containsExactly(
            new Problem(file, 0, Problem.Kind.FILE_NAME,
                "the name is not UTF-8: " + dir + "/caf\\xE9.md"));
    assertThat(reader.readRecord(key, false)).isEqualTo(fast);
    assertThat(fast.title()).isEqualTo("Caf\u00e9");
  }
}
