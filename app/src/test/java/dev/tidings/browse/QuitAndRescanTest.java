package dev.tidings.browse;

import static dev.tidings.browse.SessionFixtures.entry;
import static dev.tidings.browse.SessionFixtures.session;
import static dev.tidings.browse.SessionFixtures.timeline;
import static dev.tidings.browse.SessionFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.Progress;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.Update;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Quitting with marks asks once; a rescan says what it changed when it ends. */
class QuitAndRescanTest {

  @Test
  void withoutMarksQAndEscQuitAtOnce() {
    assertThat(session(timeline(2), () -> {}).apply(Action.QUIT)).isEqualTo(Outcome.QUIT);
    assertThat(session(timeline(2), () -> {}).apply(Action.CLEAR_FILTER_OR_QUIT))
        .isEqualTo(Outcome.QUIT);
  }

  @Test
  void withMarksTheFirstQuitAsksAndTheSecondQuits() {
    BrowseSession session = session(timeline(5), () -> {});
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.TOGGLE_MARK);

    assertThat(session.apply(Action.QUIT)).isEqualTo(Outcome.CONTINUE);
    assertThat(session.message()).isEqualTo("3 marked: q again quits without printing");
    assertThat(session.apply(Action.CLEAR_FILTER_OR_QUIT)).isEqualTo(Outcome.QUIT);
  }

  @Test
  void ctrlCQuitsAtOnceEvenWithMarks() {
    BrowseSession session = session(timeline(5), () -> {});
    session.apply(Action.TOGGLE_MARK);

    assertThat(session.apply(Action.QUIT_NOW)).isEqualTo(Outcome.QUIT);
  }

  @Test
  void anyOtherActionForgetsTheQuestion() {
    BrowseSession session = session(timeline(5), () -> {});
    session.apply(Action.TOGGLE_MARK);
    assertThat(session.apply(Action.CLEAR_FILTER_OR_QUIT)).isEqualTo(Outcome.CONTINUE);
    session.apply(Action.MOVE_UP);
    assertThat(session.message()).isEmpty();
    assertThat(session.apply(Action.QUIT)).isEqualTo(Outcome.CONTINUE);
    assertThat(session.apply(Action.QUIT)).isEqualTo(Outcome.QUIT);
  }

  @Test
  void escClearingAFilterDoesNotCountAsAQuit() {
    BrowseSession session = session(timeline(5), () -> {});
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.START_FILTER);
    session.type("story");
    session.apply(Action.KEEP_FILTER);
    assertThat(session.apply(Action.CLEAR_FILTER_OR_QUIT)).isEqualTo(Outcome.CONTINUE);
    assertThat(session.filter().isEmpty()).isTrue();
    assertThat(session.apply(Action.CLEAR_FILTER_OR_QUIT)).isEqualTo(Outcome.CONTINUE);
    assertThat(session.message()).startsWith("1 marked");
  }

  @Test
  void aRescanCountsTheRowsAddedRemovedAndChangedUntilItEnds() {
    List<TimelineEntry> all = timeline(4);
    AtomicInteger rescans = new AtomicInteger();
    BrowseSession session = session(all, rescans::incrementAndGet);
    session.apply(Action.RESCAN);
    assertThat(rescans).hasValue(1);
    assertThat(session.isRescanning()).isTrue();
    assertThat(session.message()).isEqualTo("rescanning");

    TimelineEntry changed = entry(1, Instant.EPOCH.plusSeconds(60));
    session.update(update(List.of(entry(7, Instant.EPOCH), changed), List.of(all.get(1))));
    session.update(update(List.of(entry(8, Instant.EPOCH)), List.of(all.get(3))));
    session.update(new Update(List.of(), List.of(), new Progress(5, 5, true), 0, 0));
    assertThat(session.isRescanning()).isTrue();

    session.rescanEnded();
    assertThat(session.isRescanning()).isFalse();
    assertThat(session.message()).isEqualTo("rescanned: +2 -1 ~1");

    // Changes after it are not counted; a rescan that changes nothing says so.
    session.update(update(List.of(entry(9, Instant.EPOCH)), List.of()));
    session.apply(Action.RESCAN);
    session.rescanEnded();
    assertThat(session.message()).isEqualTo("rescanned: no changes");
  }

  @Test
  void endingARescanThatWasNotAskedForSaysNothing() {
    BrowseSession session = session(timeline(2), () -> {});
    session.rescanEnded();
    assertThat(session.message()).isEmpty();
  }
}
