package dev.tidings.browse;

import static dev.tidings.browse.SessionFixtures.article;
import static dev.tidings.browse.SessionFixtures.session;
import static dev.tidings.browse.SessionFixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.Problem;
import dev.tidings.model.TimelineEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The preview side shown, hidden, widened and scrolled, and the help scrolled, by actions. */
class PanesAndScrollTest {

  @Test
  void togglePreviewHidesTheSideAndGivesTheFocusBackToTheTimeline() {
    List<TimelineEntry> all = timeline(3);
    BrowseSession session = session(all, () -> {});
    session.articleLoaded(all.get(0), article(all.get(0), "https://elsewhere.example/x"));
    session.apply(Action.SWITCH_FOCUS);
    assertThat(session.focus()).isEqualTo(Focus.RELATED);

    session.apply(Action.TOGGLE_PREVIEW);
    assertThat(session.panes().previewShown()).isFalse();
    assertThat(session.focus()).isEqualTo(Focus.TIMELINE);

    // Tab shows the side again to focus the related stories.
    session.apply(Action.SWITCH_FOCUS);
    assertThat(session.panes().previewShown()).isTrue();
    assertThat(session.focus()).isEqualTo(Focus.RELATED);
  }

  @Test
  void widenAndNarrowStayWithinTheSizesAndShowAHiddenPreview() {
    BrowseSession session = session(timeline(2), () -> {});
    for (int i = 0; i < 5; i++) {
      session.apply(Action.WIDEN_PREVIEW);
    }
    assertThat(session.panes().previewSize()).isEqualTo(Panes.LARGEST);
    session.apply(Action.TOGGLE_PREVIEW);
    session.apply(Action.NARROW_PREVIEW);
    assertThat(session.panes().previewShown()).isTrue();
    assertThat(session.panes().previewSize()).isEqualTo(Panes.LARGEST);
    for (int i = 0; i < 5; i++) {
      session.apply(Action.NARROW_PREVIEW);
    }
    assertThat(session.panes().previewSize()).isZero();
  }

  @Test
  void thePreviewScrollsWithinItsLinesAndBackToTheTopOnANewArticle() {
    BrowseSession session = session(timeline(3), () -> {});
    session.setScrollExtents(5, 8, 10, 10);
    for (int i = 0; i < 10; i++) {
      session.apply(Action.SCROLL_PREVIEW_DOWN);
    }
    Scroll scroll = session.panes().previewScroll();
    assertThat(scroll.offset()).isEqualTo(3);
    assertThat(scroll.below()).isZero();
    session.apply(Action.SCROLL_PREVIEW_UP);
    assertThat(scroll.offset()).isEqualTo(2);

    session.setScrollExtents(5, 4, 10, 10);
    assertThat(scroll.offset()).isZero();
    session.setScrollExtents(5, 8, 10, 10);
    session.apply(Action.SCROLL_PREVIEW_DOWN);
    session.apply(Action.MOVE_DOWN);
    assertThat(scroll.offset()).isZero();
  }

  @Test
  void inTheHelpTheMovingKeysScrollAndAnyOtherClosesIt() {
    BrowseSession session = session(timeline(3), () -> {});
    session.apply(Action.TOGGLE_HELP);
    session.setScrollExtents(5, 5, 6, 20);

    session.apply(Action.MOVE_DOWN);
    session.apply(Action.PAGE_DOWN);
    assertThat(session.isHelpVisible()).isTrue();
    assertThat(session.helpScroll().offset()).isEqualTo(7);
    assertThat(session.timelineCursor().cursor()).isZero();
    session.apply(Action.LAST);
    assertThat(session.helpScroll().offset()).isEqualTo(14);
    session.apply(Action.FIRST);
    assertThat(session.helpScroll().offset()).isZero();

    session.apply(Action.MOVE_DOWN);
    session.apply(Action.TOGGLE_HELP);
    assertThat(session.isHelpVisible()).isFalse();
    session.apply(Action.TOGGLE_HELP);
    assertThat(session.helpScroll().offset()).isZero();
  }

  @Test
  void enterInTheProblemsShowsTheWholeEntryAndEscGoesBackToTheList() {
    List<Problem> problems =
        List.of(new Problem(Path.of("/news/a.md"), 3, Problem.Kind.INVALID_YAML, "bad"));
    BrowseSession session =
        new BrowseSession(
            timeline(1), new Corpus(url -> Optional.empty(), a -> List.of(), () -> problems, () -> {}));
    session.apply(Action.TOGGLE_PROBLEMS);
    session.apply(Action.SHOW_PROBLEM);
    assertThat(session.isProblemShown()).isTrue();
    session.apply(Action.TOGGLE_PROBLEMS);
    assertThat(session.isProblemShown()).isFalse();
    assertThat(session.isProblemsVisible()).isTrue();
    session.apply(Action.TOGGLE_PROBLEMS);
    assertThat(session.isProblemsVisible()).isFalse();
  }
}
