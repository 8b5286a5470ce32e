package dev.tidings.ui;

import static dev.tidings.ui.GoldenScreens.assertScreen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import dev.tidings.browse.Outcome;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Whole screens of the layout's choices: the preview hidden, widened and scrolled, the help
 * scrolling on a small terminal, the panes giving their rows to what has content, the status line
 * asking before quitting with marks, and the problems view's whole entry.
 */
class LayoutScreensTest {

  /** An article with a long excerpt and no related stories, as most of a real corpus. */
  private static Path longExcerpt() {
    Path dir = ScreenCorpora.fresh("long-excerpt");
    StringBuilder excerpt = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      excerpt.append("Sentence ").append(i).append(" of a long excerpt that goes on. ");
    }
    ScreenCorpora.write(
        dir,
        "a.md",
        "---\ntitle: \"An article with a long excerpt and no related stories\"\n"
            + "publishedDateTime: 2021-06-01T10:00:00Z\n"
            + "webUrl: \"https://example.com/news/2021/06/01/an-article-with-a-long-excerpt\"\n"
            + "provider: {name: Example News, domain: example.com}\n"
            + "excerpt: \"" + excerpt.toString().strip() + "\"\n---\n");
    ScreenCorpora.write(
        dir,
        "b.md",
        "---\ntitle: \"An older article\"\npublishedDateTime: 2020-02-02T10:00:00Z\n"
            + "webUrl: \"https://example.com/older\"\nprovider: {name: Example News}\n---\n");
    return dir;
  }

  /** Thirty short articles, a day apart, so that the timeline fills its share of the rows. */
  private static Path manyArticles() {
    Path dir = ScreenCorpora.fresh("many");
    for (int i = 1; i <= 30; i++) {
      String day = String.format(Locale.ROOT, "%02d", i);
      ScreenCorpora.write(
          dir,
          "a" + day + ".md",
          "---\ntitle: \"Article number " + i + " of thirty\"\n"
              + "publishedDateTime: 2021-11-" + day + "T09:00:00Z\n"
              + "webUrl: \"https://example.com/" + i + "\"\nprovider: {name: Example News}\n"
              + "excerpt: \"The excerpt of article " + i + ".\"\n---\n");
    }
    return dir;
  }

  @Test
  void anEmptyRelatedPanelTakesOneLineAndTheExcerptTheRowsItFrees() {
    ScreenHarness harness = new ScreenHarness(longExcerpt(), 80, 24);
    assertScreen("long-excerpt-80x24-start", harness);
  }

  @Test
  void shiftJScrollsThePreviewAndAMoveScrollsItBackToTheTop() {
    ScreenHarness harness = new ScreenHarness(longExcerpt(), 80, 24);
    harness.keys("J", "J", "J");
    assertThat(harness.session.panes().previewScroll().offset()).isEqualTo(3);
    assertScreen("long-excerpt-80x24-scrolled", harness);

    harness.keys("K");
    assertThat(harness.session.panes().previewScroll().offset()).isEqualTo(2);
    harness.keys("j");
    assertThat(harness.session.panes().previewScroll().offset()).isZero();
  }

  @Test
  void thePreviewScrollsNoFurtherThanItsLastLine() {
    ScreenHarness harness = new ScreenHarness(longExcerpt(), 80, 24);
    for (int i = 0; i < 200; i++) {
      harness.keys("J");
    }
    int last = harness.session.panes().previewScroll().offset();
    assertThat(harness.session.panes().previewScroll().below()).isZero();
    assertScreen("long-excerpt-80x24-scrolled-to-end", harness);
    harness.keys("K");
    assertThat(harness.session.panes().previewScroll().offset()).isEqualTo(last - 1);
  }

  @Test
  void pHidesThePreviewSideAndTheTimelineTakesTheScreen() {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 200, 60);
    harness.keys("p");
    assertScreen("seeds-200x60-preview-hidden", harness);
    harness.keys("p");
    assertThat(harness.session.panes().previewShown()).isTrue();
  }

  @Test
  void plusWidensThePreviewSideAndMinusNarrowsIt() {
    ScreenHarness wide = new ScreenHarness(TestCorpora.seeds(), 200, 60);
    wide.keys("+");
    assertScreen("seeds-200x60-preview-wider", wide);
    ScreenHarness stacked = new ScreenHarness(manyArticles(), 80, 24);
    assertScreen("many-80x24-start", stacked);
    stacked.keys("+", "+", "+");
    assertThat(stacked.session.panes().previewSize()).isEqualTo(2);
    assertScreen("many-80x24-preview-widest", stacked);
    stacked.keys("-", "-");
    assertThat(stacked.session.panes().previewSize()).isZero();
  }

  @Test
  void aRelatedStoryKeepsItsDateVisibleWhateverItsProvidersLength() {
    Path dir = ScreenCorpora.fresh("long-provider");
    ScreenCorpora.write(
        dir,
        "a.md",
        "---\ntitle: \"Gulf markets open higher\"\npublishedDateTime: 2021-12-14T03:22:00Z\n"
            + "webUrl: \"https://example.com/gulf\"\nrelated:\n"
            + "  - title: \"Stocks in the region rise on oil prices as investors weigh the outlook"
            + " for the coming year\"\n"
            + "    publishedDateTime: 2021-12-13T08:00:00Z\n"
            + "    webUrl: \"https://example.org/stocks\"\n"
            + "    provider:\n"
            + "      name: Middle East North Africa Financial Network Incorporated News Service\n"
            + "---\n");
    ScreenHarness harness = new ScreenHarness(dir, 80, 24);
    assertScreen("long-provider-80x24", harness);
    assertThat(harness.screen()).contains("Dec 13 08:00");
  }

  @Test
  void theHelpScrollsOnASmallTerminalAndJDoesNotCloseIt() {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 40, 10);
    harness.keys("?");
    assertScreen("seeds-40x10-help", harness);

    harness.keys("j", "j", "<PgDn>");
    assertThat(harness.session.isHelpVisible()).isTrue();
    assertThat(harness.session.helpScroll().offset()).isPositive();
    assertScreen("seeds-40x10-help-scrolled", harness);

    harness.keys("G");
    assertThat(harness.session.helpScroll().below()).isZero();
    harness.keys("x");
    assertThat(harness.session.isHelpVisible()).isFalse();
  }

  @Test
  void quittingWithMarksAsksOnceAndAnyOtherKeyForgetsTheQuestion() {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 80, 24);
    harness.keys(" ", " ", " ");

    assertThat(harness.keys("q")).isEqualTo(Outcome.CONTINUE);
    assertScreen("seeds-80x24-quit-asked", harness);
    assertThat(harness.screen()).contains("3 marked: q again quits without printing");

    harness.keys("j");
    assertThat(harness.keys("<Esc>")).isEqualTo(Outcome.CONTINUE);
    assertThat(harness.keys("<Esc>")).isEqualTo(Outcome.QUIT);
  }

  @Test
  void everyViewDrawsOnTinyTerminalsWithoutFailing() {
    int[] widths = {1, 2, 7, 20, 39, 40, 79, 99, 179, 180};
    int[] heights = {1, 2, 3, 4, 9};
    for (int columns : widths) {
      for (int rows : heights) {
        ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), columns, rows);
        harness.keys("?", "j", "G", "?", "<Tab>", "J", "p", "+", "!", "<Enter>", "<Esc>", "!");
        harness.keys("/", "s", "<Enter>", " ", "q", "r");
        assertThat(harness.screen().lines()).as("%dx%d", columns, rows).hasSize(rows);
      }
    }
  }

  @Test
  void enterInTheProblemsViewShowsTheWholeEntry() {
    Path dir = ScreenCorpora.fresh("problem-entry");
    ScreenCorpora.write(dir, "good.md", "---\ntitle: Good\npublishedDateTime: 2021-12-01\n---\n");
    ScreenCorpora.write(
        dir,
        "a-file-with-a-rather-long-name-that-explains-what-it-holds-in-many-words.md",
        "---\ntitle: [x\n---\n");
    ScreenHarness harness = new ScreenHarness(dir, 80, 24);
    harness.keys("!");
    assertScreen("problem-entry-80x24-list", harness);

    harness.keys("<Enter>");
    assertThat(harness.session.isProblemShown()).isTrue();
    assertScreen("problem-entry-80x24-entry", harness);

    harness.keys("<Esc>");
    assertThat(harness.session.isProblemShown()).isFalse();
    assertThat(harness.session.isProblemsVisible()).isTrue();
  }
}
