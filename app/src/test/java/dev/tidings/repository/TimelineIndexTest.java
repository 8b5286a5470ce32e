package dev.tidings.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.Article;
import dev.tidings.model.Problem;
import dev.tidings.model.Progress;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.store.PersistentIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index kept up to date: rescans (what the watcher and {@code r} ask for) find added, changed
 * and removed files; the persistent index spares unchanged files; links resolve both ways through
 * normalised URLs. Everything runs on the test's thread (direct executors), so nothing sleeps.
 */
class TimelineIndexTest {

  @TempDir Path dir;

  private Path write(String name, String title, String date, String extra) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "---\ntitle: \""
            + title
            + "\"\npublishedDateTime: "
            + date
            + "\nwebUrl: \"https://example.com/"
            + name
            + "\"\n"
            + extra
            + "---\nBody.\n");
    return file;
  }

  private static List<String> titles(List<TimelineEntry> entries) {
    return entries.stream().map(TimelineEntry::title).sorted().toList();
  }

  @Test
  void aRescanFindsAddedChangedAndRemovedFiles() throws IOException {
    write("a.md", "A", "2021-01-01T00:00:00Z", "");
    Path b = write("b.md", "B", "2021-01-02T00:00:00Z", "");
    Path c = write("c.md", "C", "2021-01-03T00:00:00Z", "");
    ArticleRepository repository = ArticleRepository.open(List.of(dir));
    Update first = repository.drain();
    assertThat(titles(first.added())).containsExactly("A", "B", "C");
    assertThat(first.progress()).isEqualTo(new Progress(3, 3, true));

    write("d.md", "D", "2021-01-04T00:00:00Z", "");
    write("b.md", "B changed", "2021-01-02T00:00:00Z", "");
    Files.setLastModifiedTime(b, FileTime.from(Instant.parse("2022-01-01T00:00:00Z")));
    Files.delete(c);
    repository.rescan(List.of(dir));

    Update update = repository.drain();
    assertThat(titles(update.added())).containsExactly("B changed", "D");
    assertThat(titles(update.removed())).containsExactly("B", "C");
    assertThat(titles(repository.timeline())).containsExactly("A", "B changed", "D");
    assertThat(update.progress()).isEqualTo(new Progress(3, 3, true));
    assertThat(repository.drain().isEmpty()).isTrue();
  }

  @Test
  void aRescanOfOneDirectoryLeavesTheOthersAlone() throws IOException {
    write("2021/a.md", "A", "2021-01-01T00:00:00Z", "");
    write("2022/b.md", "B", "2022-01-01T00:00:00Z", "");
    ArticleRepository repository = ArticleRepository.open(List.of(dir));
    repository.drain();
    Files.delete(dir.resolve("2022/b.md"));
    write("2021/c.md", "C", "2021-02-01T00:00:00Z", "");

    repository.rescan(List.of(dir.resolve("2021")));
    Update update = repository.drain();
    assertThat(titles(update.added())).containsExactly("C");
    assertThat(update.removed()).isEmpty();

    repository.rescan();
    assertThat(titles(repository.drain().removed())).containsExactly("B");
  }

  @Test
  void aRescanOfSingleFilesLooksAtThoseFilesOnly() throws IOException {
    Path a = write("a.md", "A", "2021-01-01T00:00:00Z", "");
    Path b = write("b.md", "B", "2021-01-02T00:00:00Z", "");
    ArticleRepository repository = ArticleRepository.open(List.of(dir));
    repository.drain();

    write("a.md", "A changed", "2021-01-01T00:00:00Z", "");
    Files.delete(b);
    Path image = dir.resolve("picture.jpg");
    Files.writeString(image, "not an article");
    Path hidden = write(".hidden.md", "Hidden", "2021-01-05T00:00:00Z", "");
    write("c.md", "C, not named in the rescan", "2021-01-03T00:00:00Z", "");
    repository.rescan(List.of(a, b, image, hidden));

    Update update = repository.drain();
    assertThat(titles(update.added())).containsExactly("A changed");
    assertThat(titles(update.removed())).containsExactly("A", "B");
    assertThat(repository.problems()).isEmpty();
  }

  @Test
  void aFileThatBreaksBecomesAProblemAndComesBackWhenFixed() throws IOException {
    Path a = write("a.md", "A", "2021-01-01T00:00:00Z", "");
    ArticleRepository repository = ArticleRepository.open(List.of(dir));
    repository.drain();

    Files.writeString(a, "no front matter\n");
    repository.rescan();
    Update broken = repository.drain();
    assertThat(titles(broken.removed())).containsExactly("A");
    assertThat(broken.skipped()).isEqualTo(1);
    assertThat(repository.problems()).extracting(Problem::path).containsExactly(a);

    write("a.md", "A again", "2021-01-01T00:00:00Z", "");
    Files.setLastModifiedTime(a, FileTime.from(Instant.parse("2023-01-01T00:00:00Z")));
    repository.rescan();
    Update fixed = repository.drain();
    assertThat(titles(fixed.added())).containsExactly("A again");
    assertThat(fixed.skipped()).isZero();
  }

  @Test
  void aScopeOutsideTheRootsIsTheRootItself() throws IOException {
    Path corpus = dir.resolve("corpus");
    write("corpus/a.md", "A", "2021-01-01T00:00:00Z", "");
    write("outside.md", "Outside", "2021-01-01T00:00:00Z", "");
    ArticleRepository repository = ArticleRepository.open(List.of(corpus));
    repository.drain();
    repository.rescan(List.of(dir));
    assertThat(titles(repository.timeline())).containsExactly("A");
  }

  @Test
  void relatedStoriesResolveThroughNormalisedUrlsAndReferrersAreFound() throws IOException {
    write(
        "target.md",
        "Target",
        "2021-01-01T00:00:00Z",
        "ampWebUrl: \"https://example.com/amp/target\"\n");
    write(
        "one.md",
        "One",
        "2021-01-02T00:00:00Z",
        "related:\n  - title: t\n    webUrl: \"HTTPS://Example.com/target.md/?utm_source=x\"\n");
    write(
        "two.md",
        "Two",
        "2021-01-03T00:00:00Z",
        "related:\n  - title: t\n    webUrl: \"https://example.com/amp/target\"\n");
    ArticleRepository repository = ArticleRepository.open(List.of(dir));

    TimelineEntry target = repository.findByUrl("https://example.com/target.md").orElseThrow();
    assertThat(target.title()).isEqualTo("Target");
    assertThat(repository.findByUrl("https://EXAMPLE.com/amp/target/#top")).contains(target);
    Article article = repository.article(target).join();
    assertThat(repository.referencedBy(article))
        .extracting(TimelineEntry::title)
        .containsExactly("Two", "One");

    Files.delete(dir.resolve("two.md"));
    repository.rescan();
    assertThat(repository.referencedBy(article))
        .extracting(TimelineEntry::title)
        .containsExactly("One");
    assertThat(repository.findByUrl("https://nowhere.example/x")).isEmpty();
  }

  @Test
  void theSecondStartReadsOnlyNewAndChangedFilesAndForgetsRemovedOnes() throws IOException {
    Path corpus = dir.resolve("corpus");
    Path cache = dir.resolve("cache");
    Path kept = write("corpus/kept.md", "Kept", "2021-01-01T00:00:00Z", "");
    Path changed = write("corpus/changed.md", "Changed", "2021-01-02T00:00:00Z", "");
    Path removed = write("corpus/removed.md", "Removed", "2021-01-03T00:00:00Z", "");
    ArticleRepository first =
        ArticleRepository.open(List.of(corpus), store(cache), Runnable::run, 1 << 20);
    first.close();

    // Same size and modification time: the stored record is trusted and the file is not read, as
    // the unchanged title shows. A new size is a new version: it is read again.
    FileTime keptTime = Files.getLastModifiedTime(kept);
    Files.writeString(kept, Files.readString(kept).replace("Kept", "Xept"));
    Files.setLastModifiedTime(kept, keptTime);
    write("corpus/changed.md", "Changed again", "2021-01-02T00:00:00Z", "");
    Files.delete(removed);
    write("corpus/new.md", "New", "2021-01-04T00:00:00Z", "");

    ArticleRepository second =
        ArticleRepository.open(List.of(corpus), store(cache), Runnable::run, 1 << 20);
    assertThat(titles(second.timeline())).containsExactly("Changed again", "Kept", "New");
    second.close();

    try (PersistentIndex store = store(cache)) {
      assertThat(store.load(corpus))
          .extracting(record -> record.key().path().getFileName().toString())
          .containsExactly("changed.md", "kept.md", "new.md");
      assertThat(store.load(corpus).get(0).title()).isEqualTo("Changed again");
    }
    assertThat(changed).exists();
  }

  @Test
  void aDamagedPersistentIndexIsRebuiltAndNothingIsLost() throws IOException {
    Path corpus = dir.resolve("corpus");
    Path cache = dir.resolve("cache");
    write("corpus/a.md", "A", "2021-01-01T00:00:00Z", "");
    ArticleRepository.open(List.of(corpus), store(cache), Runnable::run, 1 << 20).close();
    try (var files = Files.list(cache)) {
      for (Path file : files.toList()) {
        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
    }
    List<String> warnings = new java.util.ArrayList<>();
    PersistentIndex reopened = PersistentIndex.open(cache, warnings::add).orElse(null);
    ArticleRepository repository =
        ArticleRepository.open(List.of(corpus), reopened, Runnable::run, 1 << 20);
    assertThat(titles(repository.timeline())).containsExactly("A");
    assertThat(warnings).isNotEmpty();
    repository.close();
  }

  private static PersistentIndex store(Path cache) {
    return PersistentIndex.open(cache, warning -> {}).orElseThrow();
  }
}
