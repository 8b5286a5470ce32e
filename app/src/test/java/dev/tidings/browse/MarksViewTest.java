package dev.tidings.browse;

import static dev.tidings.browse.SessionFixtures.article;
import static dev.tidings.browse.SessionFixtures.session;
import static dev.tidings.browse.SessionFixtures.timeline;
import static dev.tidings.browse.SessionFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.TimelineEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The marks view: the marked articles in mark order, unmarking in it and going to one. */
class MarksViewTest {

  private static void apply(BrowseSession session, Action... actions) {
    for (Action action : actions) {
      session.apply(action);
    }
  }

  private static List<String> titles(BrowseSession session) {
    return session.markedArticles().stream()
        .map(mark -> mark.article().map(TimelineEntry::title).orElse(mark.url()))
        .toList();
  }

  /** A session with rows 3, 0 and 2 of five marked, in that order. */
  private static BrowseSession markedThreeOfFive() {
    BrowseSession session = session(timeline(5), () -> {});
    apply(session, Action.LAST, Action.MOVE_UP, Action.TOGGLE_MARK);
    apply(session, Action.FIRST, Action.TOGGLE_MARK, Action.MOVE_DOWN, Action.TOGGLE_MARK);
    return session;
  }

  @Test
  void withoutMarksTheKeySaysSoAndOpensNothing() {
    BrowseSession session = session(timeline(3), () -> {});

    session.apply(Action.TOGGLE_MARKS);

    assertThat(session.isMarksVisible()).isFalse();
    assertThat(session.context()).isEqualTo(Context.TIMELINE);
    assertThat(session.message()).isEqualTo("no marks");
  }

  @Test
  void theViewListsTheMarksInTheOrderTheyWereMarkedAndMovesItsOwnCursor() {
    BrowseSession session = markedThreeOfFive();

    session.apply(Action.TOGGLE_MARKS);

    assertThat(session.context()).isEqualTo(Context.MARKS);
    assertThat(titles(session)).containsExactly("Story 3", "Story 0", "Story 2");
    apply(session, Action.MOVE_DOWN, Action.MOVE_DOWN, Action.MOVE_DOWN);
    assertThat(session.marksCursor().cursor()).isEqualTo(2);
    assertThat(session.timelineCursor().cursor()).isEqualTo(3);
    session.apply(Action.TOGGLE_MARKS);
    assertThat(session.isMarksVisible()).isFalse();
    assertThat(session.markedArticles()).isEmpty();
  }

  @Test
  void spaceUnmarksTheRowWhichLeavesTheListWhileTheCursorKeepsItsIndex() {
    BrowseSession session = markedThreeOfFive();
    apply(session, Action.TOGGLE_MARKS, Action.MOVE_DOWN);

    session.apply(Action.UNMARK_LISTED);

    assertThat(titles(session)).containsExactly("Story 3", "Story 2");
    assertThat(session.marks()).containsExactly("https://example.com/3", "https://example.com/2");
    assertThat(session.marksCursor().cursor()).isEqualTo(1);
    apply(session, Action.UNMARK_LISTED);
    assertThat(session.marksCursor().cursor()).isEqualTo(0);
    apply(session, Action.UNMARK_LISTED);
    assertThat(session.markedArticles()).isEmpty();
    assertThat(session.isMarksVisible()).isTrue();
    assertThat(session.marks()).isEmpty();
    apply(session, Action.UNMARK_LISTED);
    assertThat(session.marks()).isEmpty();
  }

  @Test
  void enterClosesTheViewAndGoesToTheArticleClearingAFilterThatHidesIt() {
    BrowseSession session = markedThreeOfFive();
    apply(session, Action.START_FILTER);
    session.type("story 0");
    apply(session, Action.KEEP_FILTER);
    assertThat(session.visible()).hasSize(1);

    apply(session, Action.TOGGLE_MARKS, Action.MOVE_DOWN, Action.MOVE_DOWN, Action.GO_TO_MARKED);

    assertThat(session.isMarksVisible()).isFalse();
    assertThat(session.message()).isEqualTo("filter cleared");
    assertThat(session.filter().isEmpty()).isTrue();
    assertThat(session.current().orElseThrow().title()).isEqualTo("Story 2");
    assertThat(session.marks()).hasSize(3);
  }

  @Test
  void enterOnAVisibleArticleKeepsTheFilter() {
    BrowseSession session = markedThreeOfFive();
    apply(session, Action.START_FILTER);
    session.type("story");
    apply(session, Action.KEEP_FILTER);

    apply(session, Action.TOGGLE_MARKS, Action.GO_TO_MARKED);

    assertThat(session.message()).isEmpty();
    assertThat(session.filter().query()).isEqualTo("story");
    assertThat(session.current().orElseThrow().title()).isEqualTo("Story 3");
  }

  @Test
  void aMarkWhoseArticleIsNotInTheTimelineShowsItsUrlAndEnterStaysInTheView() {
    List<TimelineEntry> rows = timeline(3);
    BrowseSession session = session(rows, () -> {});
    apply(session, Action.TOGGLE_MARK, Action.FIRST);
    session.articleLoaded(rows.get(0), article(rows.get(0), "https://elsewhere.example/x"));
    apply(session, Action.SWITCH_FOCUS, Action.TOGGLE_MARK);
    session.update(update(List.of(), List.of(rows.get(0))));

    apply(session, Action.TOGGLE_MARKS);

    assertThat(titles(session))
        .containsExactly("https://example.com/0", "https://elsewhere.example/x");
    session.apply(Action.GO_TO_MARKED);
    assertThat(session.isMarksVisible()).isTrue();
    assertThat(session.message()).isEqualTo("not in the timeline");
  }

  @Test
  void quittingWithMarksStillAsksFirst() {
    BrowseSession session = markedThreeOfFive();
    apply(session, Action.TOGGLE_MARKS, Action.TOGGLE_MARKS);

    assertThat(session.apply(Action.QUIT)).isEqualTo(Outcome.CONTINUE);
    assertThat(session.message()).isEqualTo("3 marked: q again quits without printing");
    assertThat(session.apply(Action.QUIT)).isEqualTo(Outcome.QUIT);
  }
}
