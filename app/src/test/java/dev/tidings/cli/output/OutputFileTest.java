package dev.tidings.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file of {@code -o}: replaced atomically, appended to, or an error naming why. */
class OutputFileTest {

  @TempDir Path dir;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void replaceCreatesOrReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("picks.txt");
    OutputFile.replace(file, bytes("https://a.example/\n"));
    assertThat(file).hasContent("https://a.example/");
    OutputFile.replace(file, bytes("https://b.example/\n"));
    assertThat(Files.readString(file)).isEqualTo("https://b.example/\n");
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void replaceKeepsThePermissionsAndFollowsASymbolicLink() throws IOException {
    Path file = dir.resolve("picks.txt");
    Files.writeString(file, "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), file);

    OutputFile.replace(link, bytes("new\n"));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(file)).isEqualTo("new\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-rw----");
  }

  @Test
  void appendAddsToTheEnd() throws IOException {
    Path file = dir.resolve("picks.txt");
    OutputFile.append(file, bytes("a\n"));
    OutputFile.append(file, bytes("b\n"));
    assertThat(Files.readString(file)).isEqualTo("a\nb\n");
  }

  @Test
  void aDirectoryOrAMissingDirectoryCannotBeWritten() throws IOException {
    assertThat(OutputFile.unusable(dir)).isEqualTo("is a directory");
    assertThat(OutputFile.unusable(dir.resolve("no/such/picks.txt")))
        .isEqualTo("no such directory: " + dir.resolve("no/such"));
    assertThat(OutputFile.unusable(dir.resolve("picks.txt"))).isNull();
    assertThatThrownBy(() -> OutputFile.replace(dir, bytes("a\n")))
        .isInstanceOf(IOException.class)
        .hasMessage("is a directory");
    assertThatThrownBy(() -> OutputFile.append(dir, bytes("a\n"))).isInstanceOf(IOException.class);
    Path notADirectory = Files.writeString(dir.resolve("file"), "");
    assertThat(OutputFile.unusable(notADirectory.resolve("picks.txt")))
        .isEqualTo("no such directory: " + notADirectory);
    assertThatThrownBy(() -> OutputFile.replace(notADirectory.resolve("picks.txt"), bytes("a\n")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aFailedReplaceLeavesTheFileAsItWas() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("ro"));
    Path file = Files.writeString(sub.resolve("picks.txt"), "old\n");
    Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(sub), "root writes to any directory");
      assertThatThrownBy(() -> OutputFile.replace(file, bytes("new\n")))
          .isInstanceOf(IOException.class);
      assertThat(Files.readString(file)).isEqualTo("old\n");
      try (var listing = Files.list(sub)) {
        assertThat(listing).containsExactly(file);
      }
    } finally {
      Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
