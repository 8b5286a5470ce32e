package dev.tidings.ui;

import static dev.tidings.ui.GoldenScreens.assertScreen;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import dev.tidings.TestCorpora;
import dev.tidings.browse.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole screens over the seeds, at a wide and a narrow size, compared to golden files. */
class ScreenTest {

  private static ScreenHarness seeds(int columns, int rows) {
    return new ScreenHarness(TestCorpora.seeds(), columns, rows);
  }

  private static String name(int columns, int rows, String state) {
    return "seeds-" + columns + "x" + rows + "-" + state;
  }

  @ParameterizedTest
  @CsvSource({"80,24", "100,30", "120,40", "200,60"})
  void startScreen(int columns, int rows) {
    assertScreen(name(columns, rows, "start"), seeds(columns, rows));
  }

  @ParameterizedTest
  @CsvSource({"80,24", "100,30", "120,40", "200,60"})
  void afterMovingDown(int columns, int rows) {
    ScreenHarness harness = seeds(columns, rows);
    harness.keys("j");
    assertScreen(name(columns, rows, "down"), harness);
  }

  @ParameterizedTest
  @CsvSource({"80,24", "100,30", "120,40", "200,60"})
  void withTheRelatedPanelFocused(int columns, int rows) {
    ScreenHarness harness = seeds(columns, rows);
    harness.keys("j", "<Tab>", " ", "G");
    assertScreen(name(columns, rows, "related"), harness);
  }

  @ParameterizedTest
  @CsvSource({"80,24", "100,30", "120,40", "200,60"})
  void withAFilterTyped(int columns, int rows) {
    ScreenHarness harness = seeds(columns, rows);
    harness.keys("/");
    harness.type("hk ipo");
    assertScreen(name(columns, rows, "filter"), harness);
  }

  @Test
  void aQueryLongerThanTheStatusLineKeepsTheCaretInView() {
    ScreenHarness harness = seeds(80, 24);
    harness.keys("/");
    harness.type("sensetime ipo postpones hk ipo after us ban ai company chinese");
    harness.keys("<A-b>", "<A-b>", "<A-b>");
    assertScreen("seeds-80x24-prompt-caret-end", harness);
    assertThat(harness.cursor()).isEqualTo(new TerminalPosition(34, 23));
    assertThat(harness.screen().lines().toList().get(23))
        .startsWith(" /… postpones hk ipo after us ban ai company…");

    harness.keys("<Home>", "<A-f>", "<Right>", "<Delete>");
    assertScreen("seeds-80x24-prompt-caret-start", harness);
    assertThat(harness.cursor()).isEqualTo(new TerminalPosition(12, 23));
    assertThat(harness.session.prompt().text()).startsWith("sensetime po postpones");
  }

  @ParameterizedTest
  @CsvSource({"80,24", "100,30", "120,40", "200,60"})
  void helpOverlay(int columns, int rows) {
    ScreenHarness harness = seeds(columns, rows);
    harness.keys("?");
    assertScreen(name(columns, rows, "help"), harness);
  }

  @ParameterizedTest
  @CsvSource({"80,24", "120,40"})
  void theMarksViewListsTheMarksInTheOrderTheyWereMarked(int columns, int rows) {
    ScreenHarness harness = seeds(columns, rows);
    // The last article, the first, then a related story of the second (not in the seeds).
    harness.keys("G", " ", "g", " ", "<Tab>", " ", "<Esc>", "M", "j");
    assertThat(harness.session.markedArticles()).hasSize(3);
    assertThat(harness.session.markedArticles().get(2).article()).isEmpty();
    assertScreen(name(columns, rows, "marks"), harness);

    harness.keys("<Enter>");
    assertThat(harness.session.isMarksVisible()).isFalse();
    assertThat(harness.session.timelineCursor().cursor()).isEqualTo(0);
  }

  @Test
  void theCursorRowIsReversedAndMarkedRowsAreStarred() {
    ScreenHarness harness = seeds(120, 30);
    harness.keys(" ");

    assertThat(harness.screen().lines().skip(1).findFirst().orElseThrow())
        .startsWith(" * Dec 14 03:22");
    assertThat(harness.cell(10, 2).getModifiers()).contains(SGR.REVERSE);
    assertThat(harness.cell(10, 1).getModifiers()).doesNotContain(SGR.REVERSE);
  }

  @Test
  void helpClosesOnAnyKeyAndAcceptReturnsTheMarkedUrls() {
    ScreenHarness harness = seeds(120, 30);
    harness.keys("?", "x");
    assertThat(harness.session.isHelpVisible()).isFalse();

    harness.keys(" ", " ");
    assertThat(harness.keys("<Enter>")).isEqualTo(Outcome.ACCEPT);
    assertThat(harness.session.acceptedUrls())
        .containsExactly(
            "https://www.marketing-interactive.com/chinese-ai-company-sensetime-postpones-hk-ipo-after-us-ban",
            "https://www.forbes.com/sites/ywang/2021/12/13/chinese-ai-giant-sensetime-remains-committed-to-ipo-despite-us-blacklist/");
  }

  @Test
  void enterOnALinkedRelatedStoryJumpsToItsArticle() {
    ScreenHarness harness = seeds(120, 40);
    harness.keys("j", "<Tab>", "G", "k", "<Enter>");

    assertThat(harness.session.current().orElseThrow().title())
        .isEqualTo("US to blacklist Chinese AI company SenseTime over Xinjiang ahead of IPO");
    assertScreen("seeds-120x40-jumped", harness);
  }

  @Test
  void hostileAndWideTextIsCleanedAndCutByColumns() throws IOException {
    Path dir = ScreenCorpora.fresh("hostile-text");
    Files.writeString(
        dir.resolve("cjk.md"),
        "---\ntitle: \"商汤科技推迟在香港的首次公开募股，因为美国将其列入黑名单\"\n"
            + "publishedDateTime: 2021-12-14T03:22:00Z\nprovider: {name: 新华社}\n"
            + "excerpt: \"人工智能公司商汤科技周一表示，将推迟其在香港的首次公开募股。\"\n---\n");
    Files.writeString(
        dir.resolve("hostile.md"),
        "---\ntitle: \"Evil \\e]0;pwned\\a\\e[2Jtitle \\u202Eevil\\u202C \\U0001F680 launch\"\n"
            + "publishedDateTime: 2021-12-13T03:22:00Z\nprovider: {name: \"Bad\\tActor\\r\\n\"}\n"
            + "excerpt: \"Line one\\nline two\\e[31m red\"\n---\n");
    ScreenHarness harness = new ScreenHarness(dir, 80, 24);
    assertScreen("hostile-80x24-start", harness);
    harness.keys("j");
    assertScreen("hostile-80x24-down", harness);
  }

  @Test
  void anArticleThatCanNoLongerBeReadSaysWhyInThePreview() throws IOException {
    Path dir = ScreenCorpora.fresh("vanished");
    Files.writeString(
        dir.resolve("a.md"), "---\ntitle: Still here\npublishedDateTime: 2021-12-14\n---\n");
    Files.writeString(
        dir.resolve("b.md"), "---\ntitle: Deleted later\npublishedDateTime: 2021-12-13\n---\n");
    ScreenHarness harness = new ScreenHarness(dir, 80, 24, 1);
    Files.delete(dir.resolve("b.md"));

    harness.keys("j");

    assertScreen("vanished-80x24", harness);
  }

  @Test
  void theProblemsViewListsTheFilesThatAreNotInTheTimeline() throws IOException {
    // Under the working directory, so that the view shows the same relative paths every run.
    Path dir = Path.of("target", "screen-problems").toAbsolutePath();
    if (Files.exists(dir)) {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("good.md"), "---\ntitle: Good\n---\n");
    Files.writeString(dir.resolve("no-front-matter.md"), "Just text.\n");
    Files.writeString(dir.resolve("invalid.md"), "---\ntitle: [x\n---\n");
    ScreenHarness harness = new ScreenHarness(dir, 80, 24);

    harness.keys("!", "j");
    assertScreen("problems-80x24", harness);
    harness.keys("!");
    assertThat(harness.session.isProblemsVisible()).isFalse();
  }

  @Test
  void theHostileFixturesAreShownCleanRefusedOrListedAsProblems() throws IOException {
    // Under the working directory, so that the problems view shows the same paths every run.
    Path dir = Path.of("target", "screen-hostile").toAbsolutePath();
    if (Files.exists(dir)) {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(dir);
    try (var fixtures = Files.list(Path.of("src/test/resources/hostile"))) {
      for (Path fixture : fixtures.toList()) {
        Path copy = dir.resolve(fixture.getFileName().toString());
        Files.copy(fixture, copy);
        Files.setLastModifiedTime(
            copy, FileTime.from(java.time.Instant.parse("2020-02-02T10:00:00Z")));
      }
    }
    ScreenHarness harness = new ScreenHarness(dir, 100, 30);
    assertScreen("hostile-fixtures-100x30-start", harness);

    // A URL with a line break in it is not marked, and the status line says why.
    harness.keys("/");
    harness.type("unsafe");
    harness.keys("<Enter>", " ");
    assertScreen("hostile-fixtures-100x30-refused", harness);
    assertThat(harness.session.marks()).isEmpty();

    harness.keys("<Esc>", "!");
    assertScreen("hostile-fixtures-100x30-problems", harness);
  }
}
