package dev.tidings.browse;

import static dev.tidings.browse.SessionFixtures.session;
import static dev.tidings.browse.SessionFixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.TimelineEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter prompt edits at its caret, and the filter follows its text. */
class FilterPromptTest {

  private static void apply(BrowseSession session, Action... actions) {
    for (Action action : actions) {
      session.apply(action);
    }
  }

  private static String shown(BrowseSession session) {
    Prompt prompt = session.prompt();
    return prompt.beforeCaret() + "|" + prompt.text().substring(prompt.caret());
  }

  @Test
  void editingInsideTheTextFiltersByTheWholeText() {
    List<TimelineEntry> all = timeline(30);
    BrowseSession session = session(all, () -> {});
    apply(session, Action.START_FILTER);
    session.type("story 2");
    assertThat(session.visible()).hasSize(12);

    apply(session, Action.CARET_WORD_LEFT, Action.CARET_WORD_LEFT, Action.DELETE_FILTER_NEXT_CHAR);
    assertThat(shown(session)).isEqualTo("|tory 2");
    session.type("s");
    apply(session, Action.CARET_END, Action.CARET_LEFT);
    session.type("1");
    assertThat(shown(session)).isEqualTo("story 1|2");
    assertThat(session.filter().query()).isEqualTo("story 12");
    assertThat(session.visible()).extracting(TimelineEntry::title).containsExactly("Story 12");

    apply(session, Action.DELETE_FILTER_TO_END);
    assertThat(shown(session)).isEqualTo("story 1|");
    apply(session, Action.CARET_START, Action.CARET_WORD_RIGHT, Action.DELETE_FILTER_TO_START);
    assertThat(shown(session)).isEqualTo("| 1");
    assertThat(session.visible())
        .containsExactlyElementsOf(all.stream().filter(new Filter(" 1")::matches).toList());
  }

  @Test
  void movingTheCaretDoesNotFilterAgain() {
    List<TimelineEntry> all = timeline(3);
    int[] passes = new int[1];
    BrowseSession session =
        new BrowseSession(
            all,
            new Corpus(url -> java.util.Optional.empty(), a -> List.of(), List::of, () -> {}),
            (rows, matcher, abandon) -> {
              passes[0]++;
              return FilterPass.SEQUENTIAL.matching(rows, matcher, abandon);
            });
    session.apply(Action.START_FILTER);
    session.type("story");
    int after = passes[0];

    apply(session, Action.CARET_LEFT, Action.CARET_START, Action.CARET_WORD_RIGHT);

    assertThat(passes[0]).isEqualTo(after);
  }

  @Test
  void reopeningThePromptPutsTheCaretAtTheEndOfTheFilter() {
    BrowseSession session = session(timeline(3), () -> {});
    apply(session, Action.START_FILTER);
    session.type("story");
    apply(session, Action.CARET_START, Action.KEEP_FILTER, Action.START_FILTER);

    assertThat(shown(session)).isEqualTo("story|");
  }

  @Test
  void aFilterClearedToReachALinkedArticleEmptiesThePrompt() {
    List<TimelineEntry> timeline = timeline(4);
    BrowseSession session =
        new BrowseSession(
            timeline,
            new Corpus(
                url -> timeline.stream().filter(e -> e.url().equals(url)).findFirst(),
                a -> List.of(),
                List::of,
                () -> {}));
    session.setViewport(10, 3);
    apply(session, Action.START_FILTER);
    session.type("story 0");
    apply(session, Action.KEEP_FILTER);
    session.articleLoaded(
        timeline.get(0), SessionFixtures.article(timeline.get(0), "https://example.com/3"));

    apply(session, Action.SWITCH_FOCUS, Action.OPEN_LINKED, Action.START_FILTER);

    assertThat(session.filter().isEmpty()).isTrue();
    assertThat(shown(session)).isEqualTo("|");
  }

  @Test
  void textBeyondAThousandCharactersIsCutWithAMessage() {
    BrowseSession session = session(timeline(3), () -> {});
    apply(session, Action.START_FILTER);
    session.type("s".repeat(990));
    assertThat(session.message()).isEmpty();

    session.type("t".repeat(20));

    assertThat(session.prompt().text()).hasSize(1000).endsWith("tttttttttt");
    assertThat(session.message()).isEqualTo("query cut at 1,000 characters");
    session.type("u");
    assertThat(session.prompt().length()).isEqualTo(1000);
    assertThat(session.message()).isEqualTo("query cut at 1,000 characters");
  }
}
