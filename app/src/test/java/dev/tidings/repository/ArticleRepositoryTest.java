package dev.tidings.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.TestCorpora;
import dev.tidings.model.DateSource;
import dev.tidings.model.Problem;
import dev.tidings.model.TimelineEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleRepositoryTest {

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static String article(String title, String date, String url) {
    return "---\ntitle: \""
        + title
        + "\"\npublishedDateTime: "
        + date
        + "\nwebUrl: \""
        + url
        + "\"\n---\nBody.\n";
  }

  @Test
  void badFilesAreSkippedAndEachIsReportedWithItsReason() throws IOException {
    write("good.md", article("Good", "2021-12-14T03:22:00Z", "https://example.com/good"));
    write("no-front-matter.md", "# Just Markdown\n");
    write("never-closed.txt", "---\ntitle: x\n");
    write("invalid.markdown", "---\ntitle: [unclosed\n---\n");
    write("list.md", "---\n- a\n---\n");
    write("empty.md", "");

    ArticleRepository repository = ArticleRepository.open(List.of(dir), Runnable::run, 1 << 20);

    assertThat(repository.timeline()).extracting(TimelineEntry::title).containsExactly("Good");
    assertThat(repository.problems())
        .extracting(p -> p.path().getFileName().toString(), Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "empty.md", "no front matter: the first line is not ---"),
            org.assertj.core.groups.Tuple.tuple(
                "invalid.markdown", "invalid YAML: expected ',' or ']', but got <stream end>"),
            org.assertj.core.groups.Tuple.tuple("list.md", "front matter is not a mapping of fields"),
            org.assertj.core.groups.Tuple.tuple(
                "never-closed.txt", "front matter is never closed: no line --- after line 1"),
            org.assertj.core.groups.Tuple.tuple(
                "no-front-matter.md", "no front matter: the first line is not ---"));
  }

  @Test
  void countsAreThoseOfTheStatusLineAndTakeNothingFromTheUi() throws IOException {
    write("good.md", article("Good", "2021-12-14T03:22:00Z", "https://example.com/good"));
    write("untitled.md", "---\npublishedDateTime: 2021-12-14T03:22:00Z\n---\n");
    write("empty.md", "");

    ArticleRepository repository = ArticleRepository.open(List.of(dir), Runnable::run, 1 << 20);

    assertThat(repository.counts()).isEqualTo(new Counts(2, 1, 1));
    assertThat(repository.counts()).isEqualTo(new Counts(2, 1, 1));
    Update update = repository.drain();
    assertThat(update.added()).hasSize(2);
    assertThat(new Counts(update.added().size(), update.skipped(), update.repaired()))
        .isEqualTo(repository.counts());
  }

  @Test
  void undatedArticlesTakeTheirFileTimeAndTiesAreBrokenByTitle() throws IOException {
    Path undated = write("a.md", "---\ntitle: Undated\n---\n");
    Files.setLastModifiedTime(
        undated, java.nio.file.attribute.FileTime.from(Instant.parse("2021-12-20T00:00:00Z")));
    write("b.md", article("Beta", "2021-12-14T03:22:00Z", "https://example.com/b"));
    write("c.md", article("Alpha", "2021-12-14T03:22:00Z", "https://example.com/a"));
    write("d.md", article("Newest", "2022-01-01T00:00:00+01:00", "https://example.com/n"));

    ArticleRepository repository = ArticleRepository.open(List.of(dir), Runnable::run, 1 << 20);

    assertThat(repository.timeline())
        .extracting(TimelineEntry::title)
        .containsExactly("Newest", "Undated", "Alpha", "Beta");
    assertThat(repository.timeline().get(1).dateSource()).isEqualTo(DateSource.FILE_MODIFIED);
  }

  @Test
  void anArticleEvictedFromTheCacheIsReadAgainFromDisk() throws IOException {
    for (int i = 0; i < 20; i++) {
      write("a" + i + ".md", article("Article " + i, "2021-12-14T03:22:00Z", "https://e.com/" + i));
    }
    ArticleRepository repository = ArticleRepository.open(List.of(dir), Runnable::run, 1);

    for (TimelineEntry entry : repository.timeline()) {
      assertThat(repository.article(entry).join().title()).isEqualTo(entry.title());
    }
  }

  @Test
  void anArticleWhoseFileVanishedFailsToLoadWithTheReason() throws IOException {
    Path file = write("gone.md", article("Gone", "2021-12-14T03:22:00Z", "https://e.com/g"));
    ArticleRepository repository = ArticleRepository.open(List.of(dir), Runnable::run, 1);
    Files.delete(file);

    TimelineEntry entry = repository.timeline().get(0);
    assertThatThrownBy(() -> repository.article(entry).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(java.nio.file.NoSuchFileException.class)
        .satisfies(
            e -> assertThat(Problem.describe(e.getCause())).isEqualTo("no such file or directory"));
  }

  @Test
  void relatedStoriesLinkByAnyOwnUrlAfterNormalisation() throws IOException {
    write(
        "a.md",
        "---\ntitle: A\npublishedDateTime: 2021-12-14T03:22:00Z\n"
            + "originalUrl: https://example.com/original\n---\n");

    ArticleRepository repository = ArticleRepository.open(List.of(dir), Runnable::run, 1 << 20);

    assertThat(repository.findByUrl("https://example.com/original")).isPresent();
    assertThat(repository.findByUrl("https://Example.COM/original/?utm_medium=x")).isPresent();
    assertThat(repository.findByUrl("http://example.com/original")).isEmpty();
    assertThat(repository.findByUrl("https://example.com/original/other")).isEmpty();
    assertThat(repository.findByUrl(null)).isEmpty();
  }

  @Test
  void theSharedCorpusOpensWithEveryArticle() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        TestCorpora.sharedCorpus().isPresent(), "../shared/corpus/powerapps is not here");
    ArticleRepository repository =
        ArticleRepository.open(List.of(TestCorpora.sharedCorpus().get()));

    // Nothing skipped; one article's mojibake (‘sensitive data’) is repaired, and said.
    assertThat(repository.problems())
        .extracting(p -> p.path().getFileName().toString(), Problem::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "2021-08-27-microsoft-makes-power-apps-changes-following-asensitive-dataa-exposure"
                    + "-upguard.md",
                Problem.Kind.MOJIBAKE));
    assertThat(repository.timeline()).hasSize(674);
    assertThat(repository.timeline()).isSortedAccordingTo(TimelineEntry.NEWEST_FIRST);
  }
}
