package dev.tidings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The preview's URL is an OSC 8 hyperlink, written after the frame, once per change. */
class HyperlinkTest {

  private static final String ESC = "\u001B";
  private static final String FIRST =
      "https://www.marketing-interactive.com/chinese-ai-company-sensetime-postpones-hk-ipo-after-us-ban";

  @Test
  void theUrlOfThePreviewIsWrittenAgainInsideAnOsc8Link() {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 120, 40);
    String written = harness.writtenLinks();

    // Saved cursor, the link opened, the URL's cells as drawn (underlined, bright blue), closed.
    assertThat(written).startsWith(ESC + "7").endsWith(ESC + "[0m" + ESC + "8");
    assertThat(written)
        .contains(ESC + "]8;;" + FIRST + ESC + "\\")
        .contains(ESC + "[0;4;94;49m" + FIRST)
        .contains(FIRST + ESC + "]8;;" + ESC + "\\");
  }

  @Test
  void nothingIsWrittenAgainWhileTheLinkAndItsCellsStayAsTheyWere() {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 120, 40);
    harness.links.reset();
    harness.redraw();
    harness.keys("/");
    assertThat(harness.writtenLinks()).isEmpty();
  }

  @Test
  void aNewArticleLinksItsUrlAndWritesTheOldUrlsCellsWithoutALink() {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 80, 24);
    harness.links.reset();
    harness.keys("j");
    String written = harness.writtenLinks();
    // The cells of the old URL that the refresh left alone (the same https://www. at the start
    // of row 10) are written again before the new link opens, so that no cell keeps the old link.
    int newLink = written.indexOf(ESC + "]8;;https://www.forbes.com/");
    assertThat(newLink).isPositive();
    assertThat(written.substring(0, newLink))
        .startsWith(ESC + "7" + ESC + "[10;2H" + ESC + "[0;4;94;49mhttps://www." + ESC + "[");
    assertThat(written.substring(0, newLink)).doesNotContain("marketing");
  }

  @Test
  void onlyPrintableAsciiUrlsThatCouldBeWrittenToStdoutAreLinked() {
    assertThat(LinkPainter.linkable(FIRST)).isTrue();
    assertThat(LinkPainter.linkable("https://example.com/caf\u00E9")).isFalse();
    assertThat(LinkPainter.linkable("https://example.com/\u202Eevil")).isFalse();
    assertThat(LinkPainter.linkable("https://example.com/a\u001B\\b")).isFalse();
    assertThat(LinkPainter.linkable("javascript:alert(1)")).isFalse();
  }

  @Test
  void aUrlThatCannotBeWrittenIsNoLink() {
    Path dir = ScreenCorpora.fresh("unsafe-link");
    ScreenCorpora.write(
        dir,
        "a.md",
        "---\ntitle: Unsafe\npublishedDateTime: 2021-12-14T03:22:00Z\n"
            + "webUrl: \"javascript:alert(1)\"\n---\n");
    ScreenHarness harness = new ScreenHarness(dir, 80, 24);
    assertThat(harness.screen()).contains("javascript:alert(1)");
    assertThat(harness.writtenLinks()).doesNotContain("]8;;");
  }
}
