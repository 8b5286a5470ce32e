package dev.tidings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import dev.tidings.TestCorpora;
import dev.tidings.browse.Action;
import dev.tidings.browse.Focus;
import dev.tidings.ui.external.Handover;
import dev.tidings.ui.external.Processes;
import dev.tidings.ui.view.ScreenLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Mouse events through the browser ({@code --mouse}) on a virtual terminal of 100 by 24: the seeds
 * show the timeline's heading on row 0 and its five rows on rows 1 to 5, the preview's heading on
 * row 6, the related stories' heading on row 18 and their stories from row 19, two rows each, and
 * the status line on row 23.
 */
class MouseTest {

  private static final MouseActionType DOWN = MouseActionType.CLICK_DOWN;

  private final ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 100, 24);
  private final List<String> log = new ArrayList<>();

  private String line(int row) {
    return harness.screen().split("\n")[row];
  }

  private int cursor() {
    return harness.session.timelineCursor().cursor();
  }

  @Test
  void theScreenIsAsTheseTestsExpect() {
    assertThat(line(0)).startsWith("━ Timeline");
    assertThat(line(5)).contains("South China Mo");
    assertThat(line(6)).startsWith("─ Preview");
    assertThat(line(18)).startsWith("─ Related stories (3)");
    assertThat(line(21)).contains("US to shut all doors");
  }

  @Test
  void aLeftClickOnATimelineRowSelectsItAndAReleaseDoesNothing() {
    harness.mouse(DOWN, 1, 40, 3);

    assertThat(cursor()).isEqualTo(2);
    assertThat(line(3)).startsWith(">").contains("TechCrunch");
    assertThat(line(7)).contains("China’s AI giant SenseTime postpones IPO");

    harness.mouse(MouseActionType.CLICK_RELEASE, 1, 40, 5);
    harness.mouse(DOWN, 3, 40, 5);
    assertThat(cursor()).as("a release and the right button").isEqualTo(2);
  }

  @Test
  void clicksOnHeadingsTheStatusLineAndThePreviewAreIgnored() {
    harness.keys("j");
    String before = harness.screen();

    for (int row : new int[] {0, 6, 10, 18, 23}) {
      harness.mouse(DOWN, 1, 20, row);
    }

    assertThat(harness.screen()).isEqualTo(before);
    assertThat(cursor()).isEqualTo(1);
  }

  @Test
  void theWheelOverTheTimelineMovesItsCursorByThreeRows() {
    harness.mouse(MouseActionType.SCROLL_DOWN, 5, 10, 2);
    assertThat(cursor()).isEqualTo(3);
    harness.mouse(MouseActionType.SCROLL_DOWN, 5, 10, 2);
    assertThat(cursor()).as("clamped to the last row").isEqualTo(4);
    harness.mouse(MouseActionType.SCROLL_UP, 4, 10, 2);
    assertThat(cursor()).isEqualTo(1);
    assertThat(line(2)).startsWith(">");
  }

  @Test
  void theWheelOverThePreviewScrollsItAsJAndKDo() {
    ScreenHarness keys = new ScreenHarness(TestCorpora.seeds(), 100, 24);
    // With the related stories focused, the preview has two lines more than it shows.
    keys.keys("<Tab>", "J", "J", "J");
    harness.keys("<Tab>");

    harness.mouse(MouseActionType.SCROLL_DOWN, 5, 50, 12);

    assertThat(harness.screen()).isEqualTo(keys.screen());
    assertThat(line(6)).contains("↑2");
    assertThat(harness.session.focus()).isEqualTo(Focus.RELATED);

    harness.mouse(MouseActionType.SCROLL_UP, 4, 50, 12);
    assertThat(harness.session.panes().previewScroll().offset()).isZero();
  }

  @Test
  void aClickOnARelatedStorySelectsItAndTheWheelMovesItsCursor() {
    harness.mouse(DOWN, 1, 30, 22);

    assertThat(harness.session.focus()).isEqualTo(Focus.RELATED);
    assertThat(harness.session.relatedCursor().cursor()).isEqualTo(1);
    assertThat(line(16)).as("focused, the pane grows").startsWith("━ Related stories");
    assertThat(line(19)).startsWith(">").contains("US to shut all doors");
    assertThat(cursor()).as("the timeline's cursor stays").isZero();

    harness.mouse(MouseActionType.SCROLL_DOWN, 5, 30, 20);
    assertThat(harness.session.relatedCursor().cursor()).isEqualTo(2);
    harness.mouse(MouseActionType.SCROLL_UP, 4, 30, 20);
    assertThat(harness.session.relatedCursor().cursor()).isZero();

    harness.mouse(DOWN, 1, 30, 4);
    assertThat(harness.session.focus()).isEqualTo(Focus.TIMELINE);
    assertThat(cursor()).isEqualTo(3);
  }

  @Test
  void aDoubleClickOnATimelineRowOpensIt() {
    harness.browser.useUrlTools(
        UrlTools.of(
            Map.of("BROWSER", "firefox %s"), "Linux", processes(), Handover.NONE, b -> {}));

    harness.mouse(DOWN, 1, 40, 2);
    assertThat(log).isEmpty();
    harness.mouse(DOWN, 1, 40, 2);

    String url = harness.session.current().orElseThrow().url();
    assertThat(cursor()).isEqualTo(1);
    assertThat(log).containsExactly("start firefox " + url);
  }

  @Test
  void aDoubleClickOnARelatedStoryGoesToItsArticleAsEnterDoes() {
    ScreenHarness keys = new ScreenHarness(TestCorpora.seeds(), 100, 24);
    keys.keys("<Tab>", "j");
    keys.session.apply(Action.OPEN_LINKED);
    keys.redraw();

    // The first press focuses the pane, which grows: the second, on the same screen row, is on
    // another story now, and still opens the story the first selected.
    harness.mouse(DOWN, 1, 30, 21);
    harness.mouse(DOWN, 1, 30, 21);

    assertThat(harness.screen()).isEqualTo(keys.screen());
    assertThat(harness.screen()).contains("not in this corpus");
  }

  @Test
  void twoPressesTooFarApartOrOnTwoRowsAreTwoClicks() {
    long[] now = {1_000};
    MouseActions mouse = new MouseActions(() -> now[0]);
    ScreenLayout layout = ScreenLayout.of(100, 24, harness.session);

    assertThat(mouse.handle(press(40, 2), layout, harness.session)).isEmpty();
    now[0] += MouseActions.DOUBLE_CLICK_MILLIS + 1;
    assertThat(mouse.handle(press(40, 2), layout, harness.session)).as("too slow").isEmpty();
    now[0] += 10;
    assertThat(mouse.handle(press(40, 3), layout, harness.session)).as("another row").isEmpty();
    assertThat(harness.session.timelineCursor().cursor()).isEqualTo(2);
    now[0] += MouseActions.DOUBLE_CLICK_MILLIS;
    assertThat(mouse.handle(press(40, 3), layout, harness.session))
        .isEqualTo(Optional.of(Action.OPEN));
    now[0] += 10;
    assertThat(mouse.handle(press(40, 3), layout, harness.session))
        .as("a third press starts again")
        .isEmpty();
  }

  @Test
  void theMouseDoesNothingWhileTheFilterPromptOrTheHelpIsOpen() {
    harness.keys("/");
    harness.mouse(DOWN, 1, 40, 3);
    harness.mouse(MouseActionType.SCROLL_DOWN, 5, 40, 3);
    assertThat(cursor()).isZero();

    harness.keys("<Esc>", "?");
    harness.mouse(DOWN, 1, 40, 3);
    assertThat(cursor()).isZero();
  }

  private static MouseAction press(int column, int row) {
    return new MouseAction(DOWN, 1, new TerminalPosition(column, row));
  }

  private Processes processes() {
    return new Processes() {
      @Override
      public void startDetached(List<String> command) {
        log.add("start " + String.join(" ", command));
      }

      @Override
      public int runOnTerminal(List<String> command) {
        log.add("run " + String.join(" ", command));
        return 0;
      }
    };
  }
}
