package dev.tidings.ui;

import static dev.tidings.ui.GoldenScreens.assertScreen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import dev.tidings.browse.Context;
import dev.tidings.browse.FacetList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The topic and provider lists over the seeds (ScreenCorpora offers no larger corpus), compared to
 * golden screens, and driven by keystrokes: letters narrow the list, Enter filters by the name.
 */
class FacetScreensTest {

  @ParameterizedTest
  @CsvSource({"80,24", "120,40"})
  void theTopicListCountsTheTopicsOfTheRowsShown(int columns, int rows) {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), columns, rows);
    harness.keys("t");
    assertScreen("seeds-" + columns + "x" + rows + "-topics", harness);
  }

  @Test
  void lettersNarrowTheListAndEnterFiltersByTheNameUnderTheCursor() {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 80, 24);
    harness.keys("t");
    // j and k are text here, not moves.
    harness.type("ai jk");
    assertThat(harness.session.facets().typed()).isEqualTo("ai jk");
    assertThat(harness.session.facets().entries()).isEmpty();
    harness.keys("<Backspace>", "<Backspace>", "<Backspace>", "<Down>");
    assertScreen("seeds-80x24-topics-narrowed", harness);

    harness.keys("<Enter>");
    assertThat(harness.session.context()).isEqualTo(Context.TIMELINE);
    String query = harness.session.filter().query();
    assertThat(query).startsWith("topic:\"AI ");
    assertScreen("seeds-80x24-topic-filtered", harness);
    assertThat(harness.screen().lines().toList().get(23)).startsWith(" filter: " + query);
  }

  @Test
  void tabShowsTheProvidersAndEscapeClearsTheTextThenCloses() {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 80, 24);
    harness.keys("P");
    assertThat(harness.session.facets().kind()).isEqualTo(FacetList.Kind.PROVIDERS);
    harness.type("for");
    harness.keys("<Tab>");
    assertThat(harness.session.facets().kind()).isEqualTo(FacetList.Kind.TOPICS);
    harness.keys("<Tab>");
    assertScreen("seeds-80x24-providers-narrowed", harness);

    harness.keys("<Esc>");
    assertThat(harness.session.facets().typed()).isEmpty();
    assertThat(harness.session.context()).isEqualTo(Context.FACETS);
    harness.keys("<Esc>");
    assertThat(harness.session.context()).isEqualTo(Context.TIMELINE);
  }
}
