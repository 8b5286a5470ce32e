package dev.tidings.repository.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The line scanner must give exactly the record SnakeYAML gives, or step aside (null). Checked on
 * every real file at hand and on the forms the scanner must refuse.
 */
class FrontMatterScannerTest {

  /** Where each test's text is written: a name with a date, for undated articles. */
  @TempDir Path dir;

  private final ArticleReader reader = new ArticleReader();

  private IndexRecord slow(String frontMatter) throws Exception {
    return slowFile("---\n" + frontMatter + "---\n");
  }

  /** The SnakeYAML path's record of a file's text. */
  private IndexRecord slowFile(String content) throws Exception {
    return reader.readRecord(write(content.getBytes(StandardCharsets.UTF_8)), false);
  }

  private IndexRecord fast(String frontMatter) throws IOException {
    return fastFile("---\n" + frontMatter + "---\n");
  }

  private IndexRecord fastFile(String content) throws IOException {
    return fastBytes(content.getBytes(StandardCharsets.UTF_8));
  }

  /** The scanner's record of a file's bytes, or null when it steps aside. */
  private IndexRecord fastBytes(byte[] content) throws IOException {
    FileKey key = write(content);
    if (FrontMatterScanner.scan(content, content.length) == null) {
      return null;
    }
    try {
      return reader.readRecord(key, true);
    } catch (ArticleFormatException e) {
      throw new AssertionError("the scanner answered for a file that is not an article", e);
    }
  }

  /** Writes the test's file with a fixed modification time. */
  private FileKey write(byte[] content) throws IOException {
    Path file = dir.resolve("2021-12-14-story.md");
    Files.write(file, content);
    Files.setLastModifiedTime(file, FileTime.from(Instant.EPOCH));
    return FileKey.of(file, Files.readAttributes(file, BasicFileAttributes.class));
  }

  /** @return how many files the scanner read itself */
  private int checkAll(Stream<Path> files) throws IOException {
    int fastOnes = 0;
    for (Path file : (Iterable<Path>) files::iterator) {
      byte[] bytes = Files.readAllBytes(file);
      FileKey key = FileKey.of(file, Files.readAttributes(file, BasicFileAttributes.class));
      if (FrontMatterScanner.scan(bytes, bytes.length) == null) {
        continue;
      }
      fastOnes++;
      try {
        assertThat(reader.readRecord(key, true))
            .as(file.toString())
            .isEqualTo(reader.readRecord(key, false));
      } catch (ArticleFormatException e) {
        throw new AssertionError(file + ": the scanner read what SnakeYAML refuses", e);
      }
    }
    return fastOnes;
  }

  @Test
  void everySeedIsReadByTheScannerExactlyAsBySnakeYaml() throws IOException {
    try (Stream<Path> files = Files.list(TestCorpora.seeds())) {
      // The seed 000 holds mojibake, which only the SnakeYAML path repairs.
      assertThat(checkAll(files)).isEqualTo(4);
    }
  }

  @Test
  void theSharedCorpusIsReadByTheScannerExactlyAsBySnakeYaml() throws IOException {
    Assumptions.assumeTrue(
        TestCorpora.sharedCorpus().isPresent(), "../shared/corpus/powerapps is not here");
    List<Path> files;
    try (Stream<Path> list = Files.list(TestCorpora.sharedCorpus().get())) {
      files = list.toList();
    }
    int fastOnes = checkAll(files.stream());
    // The scanner is only worth having if it reads nearly every real file itself.
    assertThat(fastOnes).isGreaterThanOrEqualTo(files.size() * 95 / 100);
  }

  @Test
  void readsEveryIndexedField() throws Exception {
    String yaml =
        """
        title: "A \\"quoted\\" title \\u00e9"
        publishedDateTime: 2021-12-14T11:22:00+08:00 # a comment
        webUrl: https://example.com/a/?utm_source=x
        originalUrl: 'https://example.com/o'
        ampWebUrl: https://example.com/amp/a
        cdnAmpWebUrl:
        provider:
          name: It''s news
          domain: example.com
        topics:
        - AI
        - 'Data, Markets'
        - ~
        related:
          - title: one
            webUrl: "https://EXAMPLE.com/b/"
            provider:
              name: B
            images:
              - url: https://x/y.jpg
          - webUrl: https://example.com/c
          - title: no url
        secured: "abc"
        """;
    IndexRecord fast = fast(yaml);
    assertThat(fast).isEqualTo(slow(yaml));
    assertThat(fast.title()).isEqualTo("A \"quoted\" title \u00e9");
    assertThat(fast.published()).isEqualTo(Instant.parse("2021-12-14T03:22:00Z"));
    assertThat(fast.provider()).isEqualTo("It''s news");
    assertThat(fast.topics()).containsExactly("AI", "Data, Markets");
    assertThat(fast.relatedUrls())
        .containsExactly("https://example.com/b", "https://example.com/c");
  }

  @Test
  void aMissingTitleIsTheFileNameAsWithSnakeYaml() throws Exception {
    String yaml = "webUrl: https://example.com/a\n";
    assertThat(fast(yaml)).isEqualTo(slow(yaml));
    assertThat(fast(yaml).title()).isEqualTo("2021-12-14-story.md");
  }

  @Test
  void duplicateTopLevelKeysAreLeftToSnakeYamlWhichNotesThem() throws Exception {
    String yaml = "title: first\ntitle: second\nprovider: P\nprovider:\n  domain: d.com\n";
    assertThat(fast(yaml)).isNull();
    IndexRecord slow = slow(yaml);
    assertThat(slow.title()).isEqualTo("second");
    assertThat(slow.provider()).isEqualTo("d.com");
    assertThat(slow.notes())
        .filteredOn(note -> note.kind() == Problem.Kind.DUPLICATE_KEY)
        .extracting(Problem::kind, Problem::line, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Problem.Kind.DUPLICATE_KEY,
                3,
                "field \"title\" is given again (first on line 2); the last value is used, here"
                    + " and for 1 more"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title: a\n  continued on the next line\n",
        "title: \"not closed\n  here\"\n",
        "title: |\n  block\n",
        "topics: [a, b]\n",
        "provider: {name: x}\n",
        "title: &anchor x\nexcerpt: *anchor\n",
        "title: !!str x\n",
        "\ttitle: x\n",
        "title: a: b\n",
        "excerpt: a: b\n",
        "\"title\": x\n",
        "- a\n- b\n",
        "title: x\u2028y\n",
        "title: \"bell \u0007\"\n",
        "title: x\rtitle: y\n",
        "related:\n  - title: a\n    webUrl:\n      nested: x\n",
        "# only a comment\n",
        "title: \"x\"y\n",
        "title: \"bad escape \\q\"\n",
        "title: \"YAML 1.2's escaped slash \\/ is not YAML 1.1's\"\n",
        "excerpt: >\n  folded\ntitle: ok\n  but this is not\n",
        // Found by the fuzz tests: SnakeYAML refuses these, the scanner took them.
        "related:\n  - title: a\n    images:\n      - url\":x ://y\"\n        width: 1\n",
        "images:\n  - url: a\n      width: 1\n",
        "provider:\n  name: x\n    more: y\n",
        "quality:\t~\n",
        "title: x\n\t\nwebUrl: y\n",
        "title: 'x'\t# c\n",
        "Title:\n  - ~\n  -~\n",
        "images:\n  - url: a\n  width: 1\n",
        "images:\n    url: a\n  width: 1\n",
        "images:\n  - url: a\n    sizes:\n      - 1\n  width: 3\n",
        "excerpt:\n  text\n  key: value\n",
        "related:\n  - title:\n   webUrl: x\n",
        "quality: |-#c\n",
        "excerpt: |2\n   text\n",
        "excerpt: |\n    first\n  shallower\n",
        "excerpt: |\n      \n    text under a deeper blank line\n",
        "excerpt: |\n  text\n# comment\n  more\n",
        // Read since issue 11: a block scalar in the excerpt, quality or heat goes to SnakeYAML.
        "excerpt: |\n  any: thing\ntitle: after block\n",
        "excerpt: >-\n  folded\n",
        "heat: |\n  1\n",
      })
  void stepsAsideOnWhatItDoesNotKnow(String yaml) throws IOException {
    assertThat(fast(yaml)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title: plain # comment\n",
        "title: 'single ''quoted'''\n",
        "title: \"tab\\tand\\\\ backslash \\u00e9 \\x41\"\n",
        "title: null\n",
        "title: \"null\"\n",
        "title:\n",
        "category: |\n  any: thing\n  \"unbalanced\ntitle: after block\n",
        "images:\n- url: a\n  width: 1\ntitle: t\n",
        "topics: single\n",
        "related: nothing\n",
        "related:\n  foo: bar\n",
        "related:\n- plain item\n- webUrl: https://a.com/x\n",
        "title: x\r\nwebUrl: https://a.com\r\n",
        "title: 中国 café\n",
        "title: we&#8217;re &amp; &nbsp;&hellip; &#x110000; AT&T\n",
        "title: '&lt;b&gt; &quot;&#0;'\n",
        "heat: -1\nquality: 39\n",
        "provider:\n  name: A\n  extra:\n    deep: 1\n",
        "title: x\n\n# comment\n\nwebUrl: y\n",
        "images:\n  - url: a\n    sizes:\n    - 1\n    - 2\n    width: 1\n  - url: b\n",
        "images:\n  -\n    url: https://a.com/x\n  - caption:\n      nested: 1\n",
        "category: >- # folded\n\n  text\n\n    deeper\n  # not a comment\ntitle: t\n",
      })
  void agreesWithSnakeYamlWhereItAnswers(String yaml) throws Exception {
    IndexRecord fast = fast(yaml);
    assertThat(fast).as("the scanner should read this itself").isNotNull();
    assertThat(fast).isEqualTo(slow(yaml));
  }

  @Test
  void invalidUtf8AndUnclosedBlocksAreLeftToTheTextPath() throws IOException {
    byte[] latin1 = "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(fastBytes(latin1)).isNull();
    assertThat(fastFile("---\ntitle: x\n")).isNull();
    assertThat(fastFile("title: x\n---\n")).isNull();
    assertThat(fastFile("---\ntitle: x\n--- \u3000\n")).isNull();
    byte[] overlong = {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xC0, (byte) 0xAF, '\n', '-', '-', '-'};
    assertThat(fastBytes(overlong)).isNull();
  }

  @Test
  void aByteOrderMarkAndCrlfLineEndsAreReadAsByTheTextPath() throws Exception {
    String content = "\uFEFF---\r\ntitle: \"中国 ok\"\r\nwebUrl: https://a.com/x\r\n...\r\nbody";
    IndexRecord fast = fastFile(content);
    assertThat(fast).isNotNull();
    assertThat(fast)
        .isEqualTo(slowFile(content));
    assertThat(fast.title()).isEqualTo("中国 ok");
  }

  @Test
  void onlyTheBytesGivenAreRead() throws IOException {
    byte[] content = "---\ntitle: x\n---\ntrailing".getBytes(StandardCharsets.UTF_8);
    assertThat(FrontMatterScanner.scan(content, 12)).isNull();
    assertThat(FrontMatterScanner.scan(content, 17)).isNotNull();
  }
}
