package dev.tidings.ui;

import static dev.tidings.ui.GoldenScreens.assertScreen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import dev.tidings.browse.QueryHistory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Earlier queries recalled into the filter prompt by keys, on whole screens. */
class QueryRecallScreenTest {

  @Test
  void ctrlRRecallsAnEarlierQueryAndFiltersByIt() {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 80, 24);
    List<String> kept = new ArrayList<>();
    harness.session.setQueryHistory(
        new QueryHistory(List.of("hk ipo", "provider:forbes", "wall street"), kept::add));
    harness.keys("/");
    harness.type("IPO");
    harness.keys("<C-r>");
    assertScreen("seeds-80x24-recalled", harness);
    assertThat(harness.session.prompt().text()).isEqualTo("hk ipo");
    assertThat(harness.session.message()).isEqualTo("history: 3/3");

    harness.keys("<C-u>", "<Up>", "<Up>", "<Enter>");
    assertThat(harness.session.filter().query()).isEqualTo("provider:forbes");
    assertThat(kept).containsExactly("provider:forbes");
  }
}
