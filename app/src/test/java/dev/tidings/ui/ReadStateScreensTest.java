package dev.tidings.ui;

import static dev.tidings.ui.GoldenScreens.assertScreen;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import dev.tidings.browse.ReadState;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.read.Urls;
import dev.tidings.ui.view.Appearance;
import dev.tidings.ui.view.ColorDepth;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whole screens of read state: unread rows have a {@code •} before the date ({@code N} in ASCII)
 * and a bold title, in colour and without; the status line counts the new articles; {@code n},
 * {@code N} and {@code A} change what is shown.
 */
class ReadStateScreensTest {

  /**
   * The seeds with the second article read and every file counted as arrived since the previous
   * run (the epoch), so that the four unread ones are new whatever the files' times.
   */
  private static ScreenHarness unread(int columns, int rows, Appearance appearance) {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), columns, rows, appearance);
    harness.session.useReadState(new ReadState((read, keys) -> {}));
    harness.redraw();
    List<TimelineEntry> timeline = harness.session.timeline();
    // The stored state holds normalised URLs: the Forbes URL's trailing slash is not in it.
    Set<String> read = new HashSet<>(Set.of(Urls.normalize(timeline.get(1).url())));
    harness.session.readStateLoaded(read, Instant.EPOCH);
    harness.redraw();
    return harness;
  }

  @Test
  void unreadRowsAt80x24() {
    ScreenHarness harness = unread(80, 24, Appearance.DEFAULT);
    assertScreen("seeds-80x24-unread", harness);
    assertThat(harness.screen()).contains("4 new");
  }

  @Test
  void nextUnreadToggleAndMarkAllAt120x40() {
    ScreenHarness harness = unread(120, 40, Appearance.DEFAULT);
    assertScreen("seeds-120x40-unread", harness);
    // n skips the read second article; N marks the third read.
    harness.keys("n", "N");
    assertThat(harness.session.timelineCursor().cursor()).isEqualTo(2);
    assertScreen("seeds-120x40-unread-toggled", harness);
    harness.keys("A");
    assertThat(harness.screen()).doesNotContain("\u2022").doesNotContain(" new ");
    assertThat(harness.session.message()).isEqualTo("3 marked read");
  }

  @Test
  void theUnreadMarkerShowsWithoutColourAndInAscii() {
    ScreenHarness mono = unread(80, 24, new Appearance(ColorDepth.NONE, true));
    assertScreen("seeds-80x24-unread-monochrome", mono);
    assertThat(mono.styles()).doesNotContain("fg=").doesNotContain("bg=");
    ScreenHarness ascii = unread(80, 24, new Appearance(ColorDepth.NONE, false));
    assertScreen("seeds-80x24-unread-ascii", ascii);
    assertThat(ascii.screen()).doesNotContain("\u2022");
    assertThat(ascii.screen().lines().skip(1).limit(5).map(line -> line.substring(0, 3)).toList())
        .containsExactly("> N", "   ", "  N", "  N", "  N");
  }
}
