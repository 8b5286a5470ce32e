package dev.tidings.ui;

import static dev.tidings.ui.GoldenScreens.assertScreen;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import dev.tidings.TestCorpora;
import org.junit.jupiter.api.Test;

/** What the query matches, highlighted in the timeline and the preview; the sort order shown. */
class QueryScreensTest {

  @Test
  void matchesAreHighlightedInTitlesProvidersAndThePreview() {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 120, 40);
    harness.keys("/");
    harness.type("sensetime blacklist");
    harness.keys("<Enter>");
    assertScreen("seeds-120x40-query-highlighted", harness);
    String firstRow = harness.screen().lines().skip(1).findFirst().orElseThrow();
    int at = firstRow.indexOf("SenseTime");
    assertThat(at).isPositive();
    // The cursor's row keeps its matches visible: reversed, and bold and underlined too.
    assertThat(harness.cell(at, 1).getModifiers())
        .contains(SGR.REVERSE, SGR.BOLD, SGR.UNDERLINE);
    assertThat(harness.cell(at - 2, 1).getModifiers()).doesNotContain(SGR.UNDERLINE);
  }

  @Test
  void anExcerptWordIsHighlightedInThePreviewAndTheOrderIsNamed() {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 80, 24);
    harness.keys("/");
    harness.type("facial");
    harness.keys("<Enter>", "s");
    assertScreen("seeds-80x24-query-excerpt-oldest", harness);
    assertThat(harness.screen().lines().toList().get(23)).contains("oldest first");
  }
}
