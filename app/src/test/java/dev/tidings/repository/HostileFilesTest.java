package dev.tidings.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tidings.model.Article;
import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.read.ArticleReader;
import dev.tidings.repository.read.Limits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad file the issue lists, each a fixture under {@code src/test/resources/hostile/}
 * (or made here, for what a repository cannot hold: huge files, links, pipes, permissions): it is
 * either skipped with a problem of its kind or shown with a note of what was repaired, and every
 * file of the directory is one or the other, exactly once.
 */
class HostileFilesTest {

  /** The fixtures, copied into a fresh directory for each test. */
  private static final Path FIXTURES = Path.of("src/test/resources/hostile");

  @TempDir Path dir;

  @BeforeEach
  void copyFixtures() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, dir.resolve(file.getFileName().toString()));
      }
    }
  }

  private ArticleRepository open() {
    return ArticleRepository.open(List.of(dir));
  }

  private static Map<String, List<Problem>> byName(List<Problem> problems) {
    return problems.stream()
        .collect(Collectors.groupingBy(p -> p.path().getFileName().toString()));
  }

  private static Optional<TimelineEntry> row(ArticleRepository repository, String name) {
    return repository.timeline().stream()
        .filter(entry -> entry.key().path().getFileName().toString().equals(name))
        .findFirst();
  }

  @ParameterizedTest(name = "{0}: skipped, {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no-front-matter.md    | NO_FRONT_MATTER       | 1 | no front matter: the first line is not ---",
        "empty.md              | NO_FRONT_MATTER       | 1 | no front matter: the first line is not ---",
        "random-bytes.md       | NO_FRONT_MATTER       | 1 | the file is not UTF-8",
        "unclosed.md           | UNCLOSED_FRONT_MATTER | 1 | front matter is never closed",
        "invalid-yaml.md       | INVALID_YAML          | 3 | invalid YAML: expected ',' or ']'",
        "not-a-mapping.md      | NOT_A_MAPPING         | 2 | front matter is not a mapping of fields",
        "alias-bomb.md         | INVALID_YAML          | 0 | Number of aliases for non-scalar nodes exceeds",
        "deep-nesting.md       | INVALID_YAML          | 0 | Nesting Depth exceeded max 32",
        "deep-flow.md          | INVALID_YAML          | 0 | Nesting Depth exceeded max 32",
        "java-tag.md           | INVALID_YAML          | 0 | Global tag is not allowed",
        "java-local-tag.md     | INVALID_YAML          | 0 | Global tag is not allowed",
      })
  void aBadFileIsSkippedWithAProblemOfItsKind(
      String name, Problem.Kind kind, int line, String message) {
    ArticleRepository repository = open();

    assertThat(row(repository, name)).isEmpty();
    List<Problem> problems = byName(repository.problems()).get(name);
    assertThat(problems).as(name).hasSize(1);
    Problem problem = problems.get(0);
    assertThat(problem.kind()).isEqualTo(kind);
    assertThat(problem.kind().skips()).isTrue();
    if (line > 0) {
      assertThat(problem.line()).isEqualTo(line);
    }
    assertThat(problem.message()).contains(message);
  }

  @ParameterizedTest(name = "{0}: shown, {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "duplicate-keys.md     | DUPLICATE_KEY | 5 | Second title"
            + "                | field \"title\" is given again (first on line 2); the last value is used",
        "windows-1252.md       | WINDOWS_1252  | 2 | Caf\u00e9 cr\u00e8me \u2013 \u201cquoted\u201d"
            + "                | 5 bytes are not UTF-8 and were read as windows-1252",
        "mojibake.md           | MOJIBAKE      | 2 | China\u2019s \u201cAI\u201d giant"
            + "                | repaired 3 sequences of UTF-8 once read as windows-1252, first",
        "untitled.md           | UNTITLED      | 0 | untitled.md"
            + "                | no title; its file name is shown",
        "2021-12-14-undated.md | UNDATED       | 0 | Undated, dated by its name"
            + "                | no publishedDateTime; dated by its file name, 2021-12-14",
        "invalid-date.md       | UNDATED       | 0 | Invalid date"
            + "                | publishedDateTime \"last Tuesday\" is not a date; dated by the file's",
      })
  void aRepairableFileIsShownWithANote(
      String name, Problem.Kind kind, int line, String title, String message) {
    ArticleRepository repository = open();

    assertThat(row(repository, name)).map(TimelineEntry::title).contains(title);
    List<Problem> notes = byName(repository.problems()).get(name);
    assertThat(notes).as(name).hasSize(1);
    Problem note = notes.get(0);
    assertThat(note.kind()).isEqualTo(kind);
    assertThat(note.kind().skips()).isFalse();
    assertThat(note.line()).isEqualTo(line);
    assertThat(note.message()).startsWith(message);
  }

  @Test
  void undatedArticlesTakeTheDateOfTheirNameElseTheirFileTimeAndAreMarkedUndated()
      throws IOException {
    Instant modified = Instant.parse("2020-02-02T10:00:00Z");
    Files.setLastModifiedTime(dir.resolve("invalid-date.md"), FileTime.from(modified));
    ArticleRepository repository = open();

    TimelineEntry named = row(repository, "2021-12-14-undated.md").orElseThrow();
    assertThat(named.published()).isEqualTo(Instant.parse("2021-12-14T00:00:00Z"));
    assertThat(named.dateSource()).isEqualTo(DateSource.FILE_NAME);
    TimelineEntry invalid = row(repository, "invalid-date.md").orElseThrow();
    assertThat(invalid.published()).isEqualTo(modified);
    assertThat(invalid.dateSource()).isEqualTo(DateSource.FILE_MODIFIED);
    Article article = repository.article(invalid).join();
    assertThat(article.publishedDateTime()).isEqualTo(modified);
    assertThat(article.dateSource()).isEqualTo(DateSource.FILE_MODIFIED);
    TimelineEntry dated = row(repository, "crlf.md").orElseThrow();
    assertThat(dated.dateSource()).isEqualTo(DateSource.FRONT_MATTER);
  }

  @ParameterizedTest
  @CsvSource({
    "byte-order-mark.md, With a byte-order mark",
    "crlf.md, CRLF line ends",
    "unsafe-url.md, Unsafe URL"
  })
  void aByteOrderMarkAndCrlfLineEndsNeedNoRepair(String name, String title) {
    ArticleRepository repository = open();

    assertThat(row(repository, name)).map(TimelineEntry::title).contains(title);
    assertThat(byName(repository.problems())).doesNotContainKey(name);
  }

  @Test
  void escapeSequencesInATitleAreKeptAsReadForTheSanitizerToRemove() {
    ArticleRepository repository = open();

    // The repository keeps text as read; the ui's sanitizer removes them before drawing
    // (TerminalTextTest and the hostile golden screens check that).
    assertThat(row(repository, "terminal-escapes.md").orElseThrow().title())
        .contains("\u001b]0;owned\u0007", "\u202E");
  }

  @Test
  void aHugeFileIsReadUpToTheCapAndSaysSo() throws IOException {
    Path huge = dir.resolve("huge.md");
    try (OutputStream out = Files.newOutputStream(huge)) {
      out.write(
          "---\ntitle: Huge\npublishedDateTime: 2021-12-14T03:22:00Z\n---\n"
              .getBytes(StandardCharsets.UTF_8));
      byte[] line = "All work and no play makes a very long body.\n".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 3L * Limits.MAX_BYTES; written += line.length) {
        out.write(line);
      }
    }
    Path unclosed = dir.resolve("huge-unclosed.md");
    try (OutputStream out = Files.newOutputStream(unclosed)) {
      out.write("---\ntitle: Huge and never closed\n".getBytes(StandardCharsets.UTF_8));
      byte[] line = "field: value\n".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 2L * Limits.MAX_BYTES; written += line.length) {
        out.write(line);
      }
    }
    ArticleRepository repository = open();

    assertThat(row(repository, "huge.md")).map(TimelineEntry::title).contains("Huge");
    assertThat(byName(repository.problems()).get("huge.md"))
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.kind()).isEqualTo(Problem.Kind.TRUNCATED);
              assertThat(note.message()).isEqualTo("only the first 1 MiB of 3.0 MiB was read");
            });
    assertThat(byName(repository.problems()).get("huge-unclosed.md"))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.kind()).isEqualTo(Problem.Kind.UNCLOSED_FRONT_MATTER);
              assertThat(problem.message()).contains("within the first 1 MiB (the file is 2.0 MiB)");
            });
  }

  @Test
  void linksToNothingLinkLoopsAndPipesAreSkippedAsUnreadable() throws Exception {
    Files.createSymbolicLink(dir.resolve("self.md"), Path.of("self.md"));
    Files.createSymbolicLink(dir.resolve("dangling.md"), Path.of("missing.md"));
    Files.createDirectory(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("sub/loop"), Path.of(".."));
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.md").toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();

    ArticleRepository repository = open();

    Map<String, List<Problem>> problems = byName(repository.problems());
    assertThat(problems.get("self.md")).singleElement().satisfies(
        p -> assertThat(p.message()).startsWith("symbolic link to nothing"));
    assertThat(problems.get("dangling.md")).singleElement().satisfies(
        p -> assertThat(p.message()).startsWith("symbolic link to nothing"));
    assertThat(problems.get("loop")).singleElement().satisfies(
        p -> assertThat(p.message()).isEqualTo("cannot read: symbolic link loop"));
    assertThat(problems.get("pipe.md")).singleElement().satisfies(
        p -> assertThat(p.message()).startsWith("not a regular file"));
    for (String name : List.of("self.md", "dangling.md", "loop", "pipe.md")) {
      assertThat(problems.get(name).get(0).kind()).isEqualTo(Problem.Kind.UNREADABLE);
    }
  }

  @Test
  void filesAndDirectoriesWithoutReadPermissionAreSkippedAsUnreadable() throws IOException {
    assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads everything");
    Path file = dir.resolve("secret.md");
    Files.writeString(file, "---\ntitle: Secret\n---\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Path directory = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("---------"));
    try {
      Map<String, List<Problem>> problems = byName(open().problems());
      assertThat(problems.get("secret.md").get(0).message()).isEqualTo("permission denied");
      assertThat(problems.get("locked").get(0).message()).contains("permission denied");
    } finally {
      Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aFileThatDisappearsBetweenListingAndReadingIsSkippedAsUnreadable() throws IOException {
    Path gone = dir.resolve("gone.md");
    Files.writeString(gone, "---\ntitle: Gone\n---\n");
    FileKey listed =
        FileKey.of(gone, Files.readAttributes(gone, java.nio.file.attribute.BasicFileAttributes.class));
    Files.delete(gone);

    FileIndexer.Indexed parsed =
        new FileIndexer(new ArticleReader()).index(new FileIndexer.Found(listed, null));

    assertThat(parsed.record()).isNull();
    assertThat(parsed.problem().kind()).isEqualTo(Problem.Kind.UNREADABLE);
    assertThat(parsed.problem().message()).isEqualTo("no such file or directory");
  }

  @Test
  void everyFileFoundIsShownOrSkippedExactlyOnce() throws Exception {
    Files.createSymbolicLink(dir.resolve("self.md"), Path.of("self.md"));
    Files.writeString(
        dir.resolve("notes.txt"),
        "---\ntitle: Plain text article\npublishedDateTime: 2021-12-14T03:22:00Z\n---\n");
    Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0x2D});
    ArticleRepository repository = open();

    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(file -> found.add(file.getFileName().toString()));
    }
    List<String> accounted = new ArrayList<>();
    repository.timeline().forEach(e -> accounted.add(e.key().path().getFileName().toString()));
    repository.problems().stream()
        .filter(problem -> problem.kind().skips())
        .forEach(problem -> accounted.add(problem.path().getFileName().toString()));

    assertThat(accounted).containsExactlyInAnyOrderElementsOf(found);
    Update update = repository.drain();
    assertThat(update.skipped() + repository.timeline().size()).isEqualTo(found.size());
    assertThat(update.repaired()).isEqualTo(6);
  }
}
