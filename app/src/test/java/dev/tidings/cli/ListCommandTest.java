package dev.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import dev.tidings.repository.store.PersistentIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code tidings list}: matching articles on stdout in four formats, exit 0, 1 or 2. */
class ListCommandTest {

  @TempDir Path dir;
  @TempDir Path cache;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static final String FT =
      "https://www.ft.com/content/8ee73509-e364-494e-b4c8-ff9a4f675078";
  private static final String FORBES =
      "https://www.forbes.com/sites/ywang/2021/12/13/"
          + "chinese-ai-giant-sensetime-remains-committed-to-ipo-despite-us-blacklist/";
  private static final String TECHCRUNCH =
      "https://techcrunch.com/2021/12/12/"
          + "chinas-ai-giant-sensetime-postpones-ipo-after-us-blacklisting/";
  private static final String SCMP =
      "https://www.scmp.com/business/banking-finance/article/3146708/"
          + "sensetime-artificial-intelligence-platform-founded-cuhk";

  private Map<String, String> env() {
    // No configuration file: a configuration of the machine's user cannot reach the test.
    return Map.of(
        "XDG_CACHE_HOME", cache.toString(), "XDG_CONFIG_HOME", cache.resolve("config").toString());
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("list"));
    all.addAll(List.of(args));
    return Main.run(
        all.toArray(String[]::new), out, new PrintStream(err, true, StandardCharsets.UTF_8), env());
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private String seeds() {
    return TestCorpora.seeds().toString();
  }

  private void file(String name, String frontMatter) throws IOException {
    Files.writeString(dir.resolve(name), "---\n" + frontMatter + "---\nBody.\n");
  }

  @Test
  void urlsOfEveryArticleNewestFirstByDefault() {
    assertThat(run(seeds())).isZero();
    assertThat(out().lines()).hasSize(5).contains(FT, FORBES, SCMP);
    assertThat(out().lines().toList().get(4)).isEqualTo(SCMP);
    assertThat(out().lines().toList().get(1)).isEqualTo(FORBES);
    assertThat(err()).isEmpty();
  }

  @Test
  void theQueryChoosesTheSortOrdersAndTheLimitCuts() {
    assertThat(run("--query", "blacklist", "--sort", "oldest", seeds())).isZero();
    assertThat(out().lines()).containsExactly(FT, TECHCRUNCH, FORBES);
    out.reset();
    assertThat(run("--query", "sensetime", "--sort=OLDEST", "--limit", "1", seeds())).isZero();
    assertThat(out()).isEqualTo(SCMP + "\n");
    out.reset();
    assertThat(run("--sort", "provider", "--format", "tsv", seeds())).isZero();
    assertThat(out().lines().map(line -> line.split("\t")[1]))
        .containsExactly(
            "Forbes",
            "Marketing Interactive",
            "South China Morning Post",
            "TechCrunch",
            "The Financial Times");
  }

  @Test
  void nothingMatchedExitsOneWithNothingOnStdout() {
    assertThat(run("--query", "no-such-words-anywhere", seeds())).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err()).isEmpty();
  }

  @Test
  void tsvHasDateProviderTitleUrlAndPathWithTabsLineEndsAndControlsEscaped() throws IOException {
    file(
        "a.md",
        "title: \"Tab\\there\\nand \\e[31mred \\\\ back\"\n"
            + "publishedDateTime: 2021-12-14T03:22:00Z\n"
            + "webUrl: https://a.example/1\n"
            + "provider:\n  name: \"Pro\\tvider\"\n");
    file("2021-05-01-undated.md", "title: No date, no URL\n");
    assertThat(run("--format", "tsv", "--utc", dir.toString())).isZero();
    assertThat(out())
        .isEqualTo(
            "2021-12-14T03:22:00Z\tPro\\tvider\tTab\\there\\nand \\u001b[31mred \\\\ back"
                + "\thttps://a.example/1\t"
                + dir.resolve("a.md")
                + "\n\t\tNo date, no URL\t\t"
                + dir.resolve("2021-05-01-undated.md")
                + "\n")
        .doesNotContain("\u001b");
  }

  @Test
  void datesAreInTheLocalZoneWithTheirOffsetWithoutUtc() throws IOException {
    file("a.md", "title: A\npublishedDateTime: 2021-12-14T03:22:00Z\n");
    assertThat(run("--format", "tsv", dir.toString())).isZero();
    String expected =
        dev.tidings.cli.output.RowText.date(
            java.time.Instant.parse("2021-12-14T03:22:00Z"), java.time.ZoneId.systemDefault());
    assertThat(out()).startsWith(expected + "\t");
  }

  @Test
  void jsonHasEveryFieldOfTheRowAndThePathOneObjectPerLine() throws IOException {
    file(
        "a.md",
        "title: \"Say \\\"hi\\\" \\e[2J\"\n"
            + "publishedDateTime: 2021-12-14T03:22:00Z\n"
            + "webUrl: https://a.example/1\n"
            + "provider:\n  name: Metro\n");
    file("2021-05-01-undated.md", "title: Undated\n");
    assertThat(run("--format", "json", "--utc", "--sort", "oldest", dir.toString())).isZero();
    List<String> lines = out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith(
            "{\"published\":\"2021-05-01T00:00:00Z\",\"dateSource\":\"file-name\","
                + "\"provider\":\"\",\"title\":\"Undated\",\"url\":null,"
                + "\"providerDomain\":null,\"host\":null,\"topics\":[],\"quality\":null,"
                + "\"heat\":null,\"hasRelated\":false,\"repaired\":true,\"path\":\""
                + dir.resolve("2021-05-01-undated.md")
                + "\",\"modified\":\"");
    assertThat(lines.get(1))
        .startsWith(
            "{\"published\":\"2021-12-14T03:22:00Z\",\"dateSource\":\"front-matter\","
                + "\"provider\":\"Metro\",\"title\":\"Say \\\"hi\\\" \\u001b[2J\","
                + "\"url\":\"https://a.example/1\",\"providerDomain\":null,"
                + "\"host\":\"a.example\",\"topics\":[],\"quality\":null,\"heat\":null,"
                + "\"hasRelated\":false,\"repaired\":false,\"path\":\""
                + dir.resolve("a.md")
                + "\",\"modified\":\"")
        .endsWith(",\"size\":" + Files.size(dir.resolve("a.md")) + "}");
  }

  @Test
  void refusedUrlsAreReportedOnStderrNamingTheFileAndNotPrinted() throws IOException {
    file("bad.md", "title: Bad\nwebUrl: \"javascript:alert(1)\"\n");
    file("none.md", "title: None\n");
    file("good.md", "title: Good\nwebUrl: https://good.example/\n");
    assertThat(run(dir.toString())).isZero();
    assertThat(out()).isEqualTo("https://good.example/\n");
    assertThat(err().lines())
        .containsExactlyInAnyOrder(
            "tidings: " + dir.resolve("bad.md") + ": not written, not an http(s) URL: "
                + "javascript:alert(1)",
            "tidings: " + dir.resolve("none.md") + ": not written, no URL");
  }

  @Test
  void pathsAreAbsoluteAndOnesThatWouldSplitALineNeedPrint0() throws IOException {
    file("plain.md", "title: Plain\npublishedDateTime: 2021-12-14T03:22:00Z\n");
    file("two\nlines.md", "title: Two lines\npublishedDateTime: 2021-12-13T03:22:00Z\n");
    assertThat(run("--format", "path", dir.toString())).isZero();
    assertThat(out()).isEqualTo(dir.resolve("plain.md") + "\n");
    assertThat(err())
        .isEqualTo(
            "tidings: " + dir + "/two\\u000alines.md: not written, the path has a control "
                + "character\n");
    out.reset();
    err.reset();
    assertThat(run("--format", "path", "--print0", dir.toString())).isZero();
    assertThat(out())
        .isEqualTo(dir.resolve("plain.md") + "\0" + dir.resolve("two\nlines.md") + "\0");
    assertThat(err()).isEmpty();
  }

  @Test
  void aNameThatIsNotUtf8IsNotWrittenAsAPathAndShownWithItsBytesElsewhere() throws Exception {
    Process touch =
        new ProcessBuilder(
                "sh", "-c", "printf '%s' \"$2\" > \"$1/$(printf 'caf\\351.md')\"", "sh",
                dir.toString(),
                "---\ntitle: Caf\u00e9\nwebUrl: https://cafe.example/\n---\n")
            .start();
    assertThat(touch.waitFor()).isZero();
    assertThat(run("--format", "path", dir.toString())).isZero();
    assertThat(out()).isEmpty();
    assertThat(err())
        .isEqualTo("tidings: " + dir + "/caf\\xE9.md: not written, the name is not UTF-8\n");
    out.reset();
    assertThat(run("--format", "tsv", dir.toString())).isZero();
    assertThat(out()).endsWith("\t" + dir + "/caf\\\\xE9.md\n").doesNotContain("\uFFFD");
    out.reset();
    assertThat(run(dir.toString())).isZero();
    assertThat(out()).isEqualTo("https://cafe.example/\n");
  }

  @Test
  void thePersistentIndexIsWrittenAndReadAndOneInUseIsDoneWithout() throws IOException {
    file("a.md", "title: A\nwebUrl: https://a.example/\n");
    assertThat(run(dir.toString())).isZero();
    Path index = cache.resolve("tidings");
    assertThat(index).isDirectoryContaining(path -> path.toString().endsWith(".mv.db"));
    assertThat(run(dir.toString())).isZero();
    List<String> warnings = new ArrayList<>();
    PersistentIndex other = PersistentIndex.open(index, warnings::add).orElseThrow();
    try {
      assertThat(run(dir.toString())).isZero();
    } finally {
      other.close();
    }
    assertThat(out()).isEqualTo("https://a.example/\n".repeat(3));
    assertThat(err()).startsWith("tidings: cache ").contains("is in use by another tidings");
    assertThat(warnings).isEmpty();
    err.reset();
    out.reset();
    assertThat(run("--no-cache", dir.toString())).isZero();
    assertThat(out()).isEqualTo("https://a.example/\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void aBadQueryExitsTwoSayingWhere() {
    ListCommand command =
        new ListCommand(
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env(),
            (text, zone, clock) -> new RowQuery.Invalid("since: expects a date such as 7d", 8));
    int status = new CommandLine(command).execute("--query", "title:x since:zz", seeds());
    assertThat(status).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err())
        .isEqualTo(
            "tidings: bad query at character 9 (\"since:zz\"): since: expects a date such as"
                + " 7d\n");
  }

  @Test
  void badOptionsAndArgumentsExitTwo() {
    assertThat(run("--limit", "0", seeds())).isEqualTo(2);
    assertThat(err()).contains("--limit must be at least 1", "Try 'tidings list --help'");
    err.reset();
    assertThat(run("--format", "xml", seeds())).isEqualTo(2);
    assertThat(err()).contains("expected url, tsv, json or path, not 'xml'");
    err.reset();
    assertThat(run("--sort", "best", seeds())).isEqualTo(2);
    assertThat(err()).contains("expected date, oldest, quality, heat or provider, not 'best'");
    assertThat(run(dir.resolve("missing").toString())).isEqualTo(2);
    assertThat(out()).isEmpty();
  }

  @Test
  void aClosedPipeStopsTheListQuietly() {
    OutputStream closed =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    int status =
        Main.run(
            new String[] {"list", seeds()},
            closed,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env());
    assertThat(status).isEqualTo(141);
    assertThat(err()).isEmpty();
  }

  @Test
  void helpListsTheFormatsOrdersAndExitStatuses() {
    assertThat(run("--help")).isZero();
    assertThat(out())
        .startsWith("Usage: tidings list ")
        .contains("--query=QUERY", "--sort=ORDER", "--format=FORMAT", "--limit=N", "--print0")
        .contains("url", "tsv", "json", "path", "oldest", "quality", "heat", "provider")
        .contains("Exit status:", "141", "tidings ./list");
    assertThat(err()).isEmpty();
  }

  @Test
  void theSharedCorpusListsEveryArticleOnceAsTheTimelineHasThem() {
    Path corpus = TestCorpora.sharedCorpus().orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(corpus != null, "no shared corpus");
    assertThat(run("--format", "path", "--no-cache", corpus.toString())).isZero();
    List<String> paths = out().lines().toList();
    assertThat(paths).hasSizeGreaterThan(600).doesNotHaveDuplicates();
    assertThat(paths).allMatch(path -> path.startsWith(corpus.toString()));
  }
}
