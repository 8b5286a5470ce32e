package dev.tidings.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tidings.model.Article;
import dev.tidings.model.FileKey;
import dev.tidings.model.Image;
import dev.tidings.model.Problem;
import dev.tidings.model.Provider;
import dev.tidings.model.RelatedStory;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.read.ArticleFormatException;
import dev.tidings.repository.read.ArticleReader;
import dev.tidings.repository.read.IndexRecord;
import dev.tidings.ui.view.TerminalText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the front matter reader through its entry points, {@link ArticleReader#readRecord} (the
 * fast byte scanner, else SnakeYAML) and {@link ArticleReader#read} (SnakeYAML), on a file holding
 * the input. For every input: only {@link ArticleFormatException} (or {@link IOException}) leaves
 * the reader; both entry points accept or refuse alike, a refusal with the same kind and message,
 * and an accepted file gives the same index record both ways (so whatever the fast scanner reads,
 * it reads as SnakeYAML does); the record makes a timeline row and a refusal makes a {@link
 * Problem}; and every string the user could be shown is {@link CleanText clean} once sanitized.
 *
 * <p>{@link #anyBytes} takes the input as the file; {@link #frontMatterShaped} builds a file that
 * gets past the first line from it ({@link FrontMatterShapes}). Regression inputs of each are the
 * files under {@code ArticleFileFuzzTestInputs/<method>/} in the test resources.
 */
class ArticleFileFuzzTest {

  private static final ArticleReader READER = new ArticleReader();
  private static final Path FILE = tempFile();
  private static final FuzzStats ANY_BYTES = new FuzzStats("ArticleFileFuzzTest.anyBytes");
  private static final FuzzStats SHAPED = new FuzzStats("ArticleFileFuzzTest.frontMatterShaped");

  @FuzzTest(maxDuration = "30s")
  void anyBytes(byte[] content) throws IOException {
    ANY_BYTES.count();
    check(content);
  }

  @FuzzTest(maxDuration = "30s")
  void frontMatterShaped(FuzzedDataProvider data) throws IOException {
    SHAPED.count();
    check(FrontMatterShapes.file(data));
  }

  @AfterAll
  static void report() throws IOException {
    ANY_BYTES.report();
    SHAPED.report();
    Files.deleteIfExists(FILE);
  }

  private static void check(byte[] content) throws IOException {
    try {
      checkFile(content);
    } catch (AssertionError e) {
      // The file, which for frontMatterShaped is not the input: what a developer needs to see.
      throw new AssertionError(
          e.getMessage() + "\nfile: " + CleanText.escaped(new String(content, UTF_8), 2000), e);
    }
  }

  private static void checkFile(byte[] content) throws IOException {
    Files.write(FILE, content);
    FileKey key = FileKey.of(FILE, Files.readAttributes(FILE, BasicFileAttributes.class));

    IndexRecord indexed = null;
    ArticleFormatException indexRefusal = null;
    try {
      indexed = READER.readRecord(key);
    } catch (ArticleFormatException e) {
      indexRefusal = e;
    }
    Article article = null;
    ArticleFormatException readRefusal = null;
    try {
      article = READER.read(key);
    } catch (ArticleFormatException e) {
      readRefusal = e;
    }

    if (article == null) {
      assertThat(indexed)
          .as("the fast scanner read a file SnakeYAML refuses (%s)", readRefusal.getMessage())
          .isNull();
      assertThat(indexRefusal.kind()).isEqualTo(readRefusal.kind());
      assertThat(indexRefusal.getMessage()).isEqualTo(readRefusal.getMessage());
      Problem problem =
          new Problem(key.path(), readRefusal.line(), readRefusal.kind(), readRefusal.getMessage());
      assertClean(problem.message());
      return;
    }
    assertThat(indexRefusal)
        .as("index refused a file read accepts")
        .isNull();
    IndexRecord slow;
    try {
      slow = READER.readRecord(key, false);
    } catch (ArticleFormatException e) {
      throw new AssertionError("the SnakeYAML path refused what read accepts", e);
    }
    assertThat(indexed)
        .as("index record (fast scanner) vs the SnakeYAML path's record, notes included")
        .isEqualTo(slow);
    assertThat(IndexRecord.of(key, article, indexed.notes()))
        .as("the SnakeYAML path's record vs the record of the article read for the preview")
        .isEqualTo(indexed);
    for (Problem note : indexed.notes()) {
      assertThat(note.kind().skips()).isFalse();
      assertClean(note.message());
    }
    TimelineEntry row = indexed.entry();
    assertClean(row.title());
    assertClean(row.provider());
    assertClean(row.url());
    for (String text : texts(article)) {
      assertClean(text);
    }
    for (String text : indexed.topics()) {
      assertClean(text);
    }
  }

  /** Every string of an article that a view could draw or the URL sink could print. */
  private static List<String> texts(Article article) {
    List<String> texts = new ArrayList<>();
    texts.add(article.title());
    texts.add(article.excerpt());
    texts.add(article.webUrl());
    texts.add(article.originalUrl());
    texts.add(article.ampWebUrl());
    texts.add(article.cdnAmpWebUrl());
    texts.add(article.category());
    texts.add(article.type());
    provider(texts, article.provider());
    texts.addAll(article.topics());
    images(texts, article.images());
    for (RelatedStory story : article.related()) {
      texts.add(story.title());
      texts.add(story.excerpt());
      texts.add(story.webUrl());
      provider(texts, story.provider());
      images(texts, story.images());
    }
    return texts;
  }

  private static void provider(List<String> texts, Provider provider) {
    texts.add(provider.name());
    texts.add(provider.domain());
    texts.add(provider.displayName());
  }

  private static void images(List<String> texts, List<Image> images) {
    for (Image image : images) {
      texts.add(image.url());
    }
  }

  private static void assertClean(String text) {
    CleanText.requireSanitizedClean(text);
    String line = TerminalText.singleLine(text);
    if (line.contains("  ")) {
      throw new AssertionError("singleLine(" + CleanText.escaped(text) + ") has a run of spaces");
    }
  }

  private static Path tempFile() {
    try {
      Path file = Files.createTempFile("tidings-fuzz-", ".md");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
