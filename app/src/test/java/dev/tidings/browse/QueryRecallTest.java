package dev.tidings.browse;

import static dev.tidings.browse.SessionFixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Earlier queries in the filter prompt, through the session's actions: Up and Down recall them
 * on an empty prompt or a recalled one and move the timeline otherwise; Ctrl-R searches back;
 * Enter and accepting remember the query.
 */
class QueryRecallTest {

  private final List<String> kept = new ArrayList<>();

  private BrowseSession session(String... earlier) {
    BrowseSession session = SessionFixtures.session(timeline(30), () -> {});
    session.setQueryHistory(new QueryHistory(List.of(earlier), kept::add));
    return session;
  }

  @Test
  void upOnAnEmptyPromptRecallsOlderQueriesAndDownComesBackToTheEmptyPrompt() {
    BrowseSession session = session("story 1", "story 2", "story 3");
    session.apply(Action.START_FILTER);
    session.apply(Action.MOVE_UP);
    assertThat(session.prompt().text()).isEqualTo("story 3");
    assertThat(session.message()).isEqualTo("history: 1/3");
    assertThat(session.filter().query()).as("applied as typing is").isEqualTo("story 3");
    assertThat(session.visible()).extracting(e -> e.title()).containsExactly("Story 3", "Story 13", "Story 23");
    session.apply(Action.MOVE_UP);
    session.apply(Action.MOVE_UP);
    assertThat(session.prompt().text()).isEqualTo("story 1");
    assertThat(session.message()).isEqualTo("history: 3/3");
    session.apply(Action.MOVE_UP);
    assertThat(session.prompt().text()).isEqualTo("story 1");
    assertThat(session.message()).isEqualTo("no older query");

    session.apply(Action.MOVE_DOWN);
    assertThat(session.prompt().text()).isEqualTo("story 2");
    assertThat(session.message()).isEqualTo("history: 2/3");
    session.apply(Action.MOVE_DOWN);
    session.apply(Action.MOVE_DOWN);
    assertThat(session.prompt().text()).isEmpty();
    assertThat(session.visible()).hasSize(30);
    // The cursor stayed on the article it was on, as when typing; past the newest, Down moves it.
    assertThat(session.current()).map(e -> e.title()).contains("Story 3");
    session.apply(Action.MOVE_DOWN);
    assertThat(session.current()).map(e -> e.title()).contains("Story 4");
    assertThat(session.prompt().text()).isEmpty();
  }

  @Test
  void upOnAnEditedPromptMovesTheTimeline() {
    BrowseSession session = session("story 1");
    session.apply(Action.START_FILTER);
    session.type("story");
    session.apply(Action.MOVE_DOWN);
    session.apply(Action.MOVE_DOWN);
    session.apply(Action.MOVE_UP);
    assertThat(session.prompt().text()).isEqualTo("story");
    assertThat(session.timelineCursor().cursor()).isEqualTo(1);

    // A recalled query edited is no longer recalled: Up moves the timeline.
    session.apply(Action.DELETE_FILTER_TO_START);
    session.apply(Action.MOVE_UP);
    assertThat(session.prompt().text()).isEqualTo("story 1");
    session.apply(Action.DELETE_FILTER_CHAR);
    session.apply(Action.MOVE_UP);
    assertThat(session.prompt().text()).isEqualTo("story ");
    assertThat(session.message()).isEmpty();
  }

  @Test
  void withNoEarlierQueriesUpMovesTheTimelineAsBefore() {
    BrowseSession session = session();
    session.apply(Action.START_FILTER);
    session.apply(Action.MOVE_DOWN);
    session.apply(Action.MOVE_DOWN);
    session.apply(Action.MOVE_UP);
    assertThat(session.timelineCursor().cursor()).isEqualTo(1);
    assertThat(session.prompt().text()).isEmpty();
  }

  @Test
  void ctrlRFindsTheNewestQueryHoldingThePromptTextAndAgainGoesFurtherBack() {
    BrowseSession session = session("Story 12", "tag:rust", "story 2", "story 21", "provider:x");
    session.apply(Action.START_FILTER);
    session.type("STORY");
    session.apply(Action.RECALL_QUERY);
    assertThat(session.prompt().text()).isEqualTo("story 21");
    assertThat(session.message()).isEqualTo("history: 2/5");
    assertThat(session.visible()).extracting(e -> e.title()).containsExactly("Story 21");
    session.apply(Action.RECALL_QUERY);
    assertThat(session.prompt().text()).isEqualTo("story 2");
    session.apply(Action.RECALL_QUERY);
    assertThat(session.prompt().text()).isEqualTo("Story 12");
    assertThat(session.message()).isEqualTo("history: 5/5");
    session.apply(Action.RECALL_QUERY);
    assertThat(session.prompt().text()).isEqualTo("Story 12");
    assertThat(session.message()).isEqualTo("no earlier query holds \"STORY\"");
  }

  @Test
  void ctrlRWithNothingFoundLeavesThePromptAlone() {
    BrowseSession session = session("story 1");
    session.apply(Action.START_FILTER);
    session.type("xyz");
    session.apply(Action.RECALL_QUERY);
    assertThat(session.prompt().text()).isEqualTo("xyz");
    assertThat(session.message()).isEqualTo("no earlier query holds \"xyz\"");
  }

  @Test
  void enterRemembersAValidQueryAndAcceptingRemembersTheQueryInForce() {
    BrowseSession session = session("story 1");
    session.apply(Action.START_FILTER);
    session.type("story 2");
    session.apply(Action.KEEP_FILTER);
    assertThat(kept).containsExactly("story 2");

    session.apply(Action.START_FILTER);
    session.apply(Action.DELETE_FILTER_TO_START);
    session.type("since:");
    session.apply(Action.KEEP_FILTER);
    assertThat(kept).as("not a query").containsExactly("story 2");

    session.apply(Action.CLEAR_FILTER_OR_QUIT);
    session.apply(Action.START_FILTER);
    session.type("story 3");
    session.apply(Action.CLEAR_FILTER);
    assertThat(kept).as("Esc forgets").containsExactly("story 2");

    session.apply(Action.START_FILTER);
    session.apply(Action.MOVE_UP);
    session.apply(Action.MOVE_UP);
    assertThat(session.prompt().text()).isEqualTo("story 1");
    session.apply(Action.KEEP_FILTER);
    assertThat(session.apply(Action.ACCEPT)).isEqualTo(Outcome.ACCEPT);
    assertThat(kept).containsExactly("story 2", "story 1");

    // The queries kept are recalled newest first.
    session.apply(Action.START_FILTER);
    session.apply(Action.DELETE_FILTER_TO_START);
    session.apply(Action.MOVE_UP);
    assertThat(session.prompt().text()).isEqualTo("story 1");
    session.apply(Action.MOVE_UP);
    assertThat(session.prompt().text()).isEqualTo("story 2");
  }
}
