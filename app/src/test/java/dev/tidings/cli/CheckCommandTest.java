package dev.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings check}: problems on stdout, a summary on stderr, exit 0, 1 or 2. */
class CheckCommandTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private void badFiles() throws IOException {
    Files.writeString(dir.resolve("a.md"), "no front matter\n");
    Files.writeString(dir.resolve("b.md"), "---\ntitle: [x\n---\n");
    Files.writeString(dir.resolve("c\u001b[31m.md"), "---\n- a list\n---\n");
    good();
  }

  private void good() throws IOException {
    Files.writeString(
        dir.resolve("good.md"), "---\ntitle: Good\npublishedDateTime: 2021-12-14T03:22:00Z\n---\n");
  }

  @Test
  void aCleanDirectoryExitsZeroAndPrintsOnlyTheSummary() throws IOException {
    good();
    assertThat(run("check", dir.toString())).isZero();
    assertThat(out()).isEmpty();
    assertThat(err()).isEqualTo("tidings: 1 found: 1 article (0 repaired), 0 skipped\n");
  }

  @Test
  void theSeedsHaveOneRepairedArticle() {
    assertThat(run("check", TestCorpora.seeds().toString())).isEqualTo(1);
    assertThat(out())
        .isEqualTo(
            TestCorpora.seeds().resolve("000_7a524827ed158465.txt")
                + ":29: mojibake: repaired a sequence of UTF-8 once read as windows-1252, first"
                + " \"\u00e2\u20ac\u2122\" as \"\u2019\"\n");
    assertThat(err()).isEqualTo("tidings: 5 found: 5 articles (1 repaired), 0 skipped\n");
  }

  @Test
  void eachProblemIsOneLineWithPathLineKindAndMessage() throws IOException {
    badFiles();
    assertThat(run("check", dir.toString())).isEqualTo(1);
    assertThat(out().lines())
        .containsExactly(
            dir.resolve("a.md") + ":1: no-front-matter: no front matter: the first line is not ---",
            dir.resolve("b.md")
                + ":3: invalid-yaml: invalid YAML: expected ',' or ']', but got <stream end>",
            dir + "/c\\u001b[31m.md:2: not-a-mapping: front matter is not a mapping of fields");
    assertThat(err()).isEqualTo("tidings: 4 found: 1 article (0 repaired), 3 skipped\n");
  }

  @Test
  void jsonGivesOneObjectPerLine() throws IOException {
    badFiles();
    assertThat(run("check", "--json", dir.toString())).isEqualTo(1);
    assertThat(out().lines())
        .hasSize(3)
        .allMatch(line -> line.startsWith("{\"path\":\"") && line.endsWith("\"}"))
        .contains(
            "{\"path\":\""
                + dir
                + "/c\\u001b[31m.md\",\"line\":2,\"kind\":\"not-a-mapping\",\"skipped\":true,"
                + "\"message\":\"front matter is not a mapping of fields\"}");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("check")).isEqualTo(2);
    assertThat(err()).contains("Try 'tidings check --help'");
    assertThat(run("check", dir.resolve("missing").toString())).isEqualTo(2);
    assertThat(out()).isEmpty();
  }

  @Test
  void aFileNameThatIsNotUtf8IsReportedWithItsBytesEscaped() throws Exception {
    Process touch =
        new ProcessBuilder(
                "sh", "-c", "printf '%s' \"$2\" > \"$1/$(printf 'caf\\351.md')\"", "sh",
                dir.toString(),
                "---\ntitle: Caf\u00e9\npublishedDateTime: 2021-12-14T03:22:00Z\n---\n")
            .start();
    assertThat(touch.waitFor()).isZero();

    assertThat(run("check", dir.toString())).isEqualTo(1);
    String shown = dir + "/caf\\xE9.md";
    assertThat(out())
        .isEqualTo(shown + ":0: file-name: the name is not UTF-8: " + shown + "\n")
        .doesNotContain("\uFFFD");
    assertThat(run("check", "--json", dir.toString())).isEqualTo(1);
    assertThat(out()).contains("{\"path\":\"" + dir + "/caf\\\\xE9.md\",");
  }
}
