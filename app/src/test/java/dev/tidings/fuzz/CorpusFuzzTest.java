package dev.tidings.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tidings.model.Problem;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.ArticleRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes a whole directory: a few files made from the input, opened with {@link
 * ArticleRepository#open(List)} as the browser opens its directories (here synchronously). Every
 * file is accounted for: each article file (by the README's rule: {@code *.md}, {@code
 * *.markdown}, {@code *.txt}, any case, not hidden and not under a hidden directory) is either a
 * row of the timeline or has exactly one problem, never both; no other file shows up; no reading
 * defect hides behind a problem ({@code cannot index: ...}); and what the timeline and the problems
 * view show is {@link CleanText clean} once sanitized.
 *
 * <p>Input format, so that regression inputs can be written by hand: files are separated by a NUL
 * byte; the first byte of each picks its name ({@link #name}; {@code @} is {@code f<i>.md}, {@code
 * A} {@code .markdown}, {@code B} {@code .txt}, {@code E} {@code .json}, {@code H} hidden, {@code
 * P} in {@code sub/}, {@code `} in {@code .hidden/}), the rest is its content.
 */
class CorpusFuzzTest {

  private static final FuzzStats STATS = new FuzzStats("CorpusFuzzTest.everyFileIsAccountedFor");
  private static final int MAX_FILES = 6;
  private static final String[] EXTENSIONS = {
    ".md", ".markdown", ".txt", ".MD", ".Txt", ".json", "", ".md.bak"
  };
  private static final String[] DIRECTORIES = {"", "sub/", ".hidden/", "sub/deeper/"};

  private static final Path ROOT = tempDirectory();

  @FuzzTest(maxDuration = "30s")
  void everyFileIsAccountedFor(byte[] input) throws IOException {
    STATS.count();
    clear();
    Set<Path> articleFiles = new HashSet<>();
    List<byte[]> parts = split(input);
    for (int i = 0; i < parts.size(); i++) {
      byte[] part = parts.get(i);
      String name = name(part.length == 0 ? 0 : part[0] & 0xFF, i);
      Path file = ROOT.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, part.length == 0 ? part : Arrays.copyOfRange(part, 1, part.length));
      if (isArticleFile(name)) {
        articleFiles.add(file.toAbsolutePath().normalize());
      }
    }

    List<TimelineEntry> timeline;
    List<Problem> problems;
    try (ArticleRepository repository = ArticleRepository.open(List.of(ROOT))) {
      timeline = repository.timeline();
      problems = repository.problems();
    }

    Set<Path> accounted = new HashSet<>();
    for (TimelineEntry row : timeline) {
      assertThat(accounted.add(row.key().path())).as("twice: %s", row.key().path()).isTrue();
      assertClean(row.title());
      assertClean(row.provider());
      assertClean(row.url());
    }
    Set<Path> shown = Set.copyOf(accounted);
    for (Problem problem : problems) {
      if (problem.kind().skips()) {
        assertThat(accounted.add(problem.path())).as("twice: %s", problem).isTrue();
      } else {
        assertThat(shown).as("a note of an article not shown: %s", problem).contains(problem.path());
      }
      assertThat(problem.message())
          .as("a defect hidden as a problem")
          .doesNotStartWith("cannot index");
      assertClean(problem.message());
      assertClean(problem.toString());
    }
    assertThat(accounted)
        .as("timeline rows + problems vs the article files written")
        .isEqualTo(articleFiles);
  }

  @AfterAll
  static void report() throws IOException {
    STATS.report();
    clear();
    Files.deleteIfExists(ROOT);
  }

  /**
   * The name of the {@code index}th file: bits 0-2 of {@code selector} pick the extension, bit 3
   * makes it hidden, bits 4-5 pick the directory.
   */
  static String name(int selector, int index) {
    String directory = DIRECTORIES[(selector >> 4) & 3];
    String hidden = (selector & 8) != 0 ? "." : "";
    return directory + hidden + "f" + index + EXTENSIONS[selector & 7];
  }

  private static boolean isArticleFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean article =
        lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt");
    boolean hidden = name.startsWith(".") || name.contains("/.");
    return article && !hidden;
  }

  private static List<byte[]> split(byte[] input) {
    List<byte[]> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= input.length && parts.size() < MAX_FILES; i++) {
      if (i == input.length || input[i] == 0) {
        parts.add(Arrays.copyOfRange(input, start, i));
        start = i + 1;
      }
    }
    return parts;
  }

  private static void assertClean(String text) {
    CleanText.requireSanitizedClean(text);
  }

  private static void clear() throws IOException {
    if (!Files.exists(ROOT)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(ROOT)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(ROOT)) {
          Files.delete(path);
        }
      }
    }
  }

  private static Path tempDirectory() {
    try {
      return Files.createTempDirectory("tidings-fuzz-corpus-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
