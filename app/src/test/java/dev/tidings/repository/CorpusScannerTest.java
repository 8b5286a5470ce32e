package dev.tidings.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusScannerTest {

  @TempDir Path dir;

  private Path touch(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "---\n---\n");
  }

  private List<String> names(CorpusScanner.Scan scan) {
    return scan.files().stream().map(k -> dir.relativize(k.path()).toString()).sorted().toList();
  }

  @Test
  void findsArticleExtensionsRecursivelyAndSkipsHiddenAndOtherFiles() throws IOException {
    touch("a.md");
    touch("b.MARKDOWN");
    touch("sub/deeper/c.txt");
    touch("notes.json");
    touch(".hidden.md");
    touch(".git/d.md");

    CorpusScanner.Scan scan = CorpusScanner.scan(List.of(dir));

    assertThat(names(scan)).containsExactly("a.md", "b.MARKDOWN", "sub/deeper/c.txt");
    assertThat(scan.problems()).isEmpty();
  }

  @Test
  void aFileNamedAsARootIsReadWhateverItsExtension() throws IOException {
    Path json = touch("article.json");

    assertThat(names(CorpusScanner.scan(List.of(json)))).containsExactly("article.json");
  }

  @Test
  void aFileReachedTwiceIsListedOnce() throws IOException {
    touch("sub/a.md");
    Files.createSymbolicLink(dir.resolve("link.md"), dir.resolve("sub/a.md"));

    CorpusScanner.Scan scan = CorpusScanner.scan(List.of(dir, dir.resolve("sub")));

    assertThat(scan.files()).hasSize(1);
  }

  @Test
  void aSymbolicLinkLoopIsAProblemNotAHang() throws IOException {
    touch("sub/a.md");
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);

    CorpusScanner.Scan scan = CorpusScanner.scan(List.of(dir));

    assertThat(names(scan)).containsExactly("sub/a.md");
    assertThat(scan.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("cannot read: symbolic link loop"));
  }
}
