package dev.tidings.browse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Read state in a session: nothing unread until loaded, then N, A and n, accept marks read, what
 * the log is told, is:unread and is:new in the filter, and the count of new articles.
 */
class ReadStateSessionTest {

  private final List<String> written = new ArrayList<>();
  private final ReadState read =
      new ReadState((isRead, keys) -> keys.forEach(key -> written.add((isRead ? "+" : "-") + key)));

  private BrowseSession session(List<TimelineEntry> timeline) {
    BrowseSession session = SessionFixtures.session(timeline, () -> {});
    session.useReadState(read);
    return session;
  }

  private static Set<String> stored(String... urls) {
    return new HashSet<>(List.of(urls));
  }

  @Test
  void untilLoadedNothingIsUnreadAndIsUnreadMatchesNothing() {
    BrowseSession session = session(SessionFixtures.timeline(3));
    session.startWith("is:unread");
    assertThat(session.visible()).isEmpty();
    assertThat(session.isUnread(session.timeline().get(0))).isFalse();
    assertThat(session.apply(Action.TOGGLE_READ)).isEqualTo(Outcome.CONTINUE);

    session.readStateLoaded(stored("https://example.com/1"), null);

    // The query applies again once the state is in: rows 0 and 2 are unread.
    assertThat(session.visible()).extracting(TimelineEntry::title)
        .containsExactly("Story 0", "Story 2");
    assertThat(session.isUnread(session.timeline().get(1))).isFalse();
  }

  @Test
  void shiftNTogglesTheCurrentArticleAndTheLogIsToldEachChange() {
    BrowseSession session = session(SessionFixtures.timeline(3));
    session.readStateLoaded(stored(), null);
    TimelineEntry first = session.timeline().get(0);
    assertThat(session.isUnread(first)).isTrue();

    session.apply(Action.TOGGLE_READ);
    assertThat(session.message()).isEqualTo("marked read");
    assertThat(session.isUnread(first)).isFalse();
    session.apply(Action.TOGGLE_READ);
    assertThat(session.message()).isEqualTo("marked unread");
    assertThat(session.isUnread(first)).isTrue();
    assertThat(written).containsExactly("+https://example.com/0", "-https://example.com/0");
  }

  @Test
  void shiftAMarksEveryShownArticleReadAndOnlyThose() {
    BrowseSession session = session(SessionFixtures.timeline(5));
    session.readStateLoaded(stored("https://example.com/3"), null);
    session.startWith("-\"story 4\"");
    session.apply(Action.MARK_ALL_READ);
    // Four shown, one of them read already.
    assertThat(session.message()).isEqualTo("3 marked read");
    assertThat(written)
        .containsExactly(
            "+https://example.com/0", "+https://example.com/1", "+https://example.com/2");
    assertThat(session.isUnread(session.timeline().get(4))).isTrue();
    session.apply(Action.MARK_ALL_READ);
    assertThat(session.message()).isEqualTo("nothing unread here");
  }

  @Test
  void nGoesToTheNextUnreadArticleFromTheTopAgainAfterTheLast() {
    BrowseSession session = session(SessionFixtures.timeline(6));
    session.readStateLoaded(
        stored("https://example.com/0", "https://example.com/1", "https://example.com/3",
            "https://example.com/5"),
        null);
    session.apply(Action.NEXT_UNREAD);
    assertThat(session.current().orElseThrow().title()).isEqualTo("Story 2");
    session.apply(Action.NEXT_UNREAD);
    assertThat(session.current().orElseThrow().title()).isEqualTo("Story 4");
    session.apply(Action.NEXT_UNREAD);
    assertThat(session.current().orElseThrow().title()).isEqualTo("Story 2");
    assertThat(session.message()).isEqualTo("from the top");
    session.apply(Action.MARK_ALL_READ);
    session.apply(Action.NEXT_UNREAD);
    assertThat(session.message()).isEqualTo("no unread article");
  }

  @Test
  void acceptMarksTheAcceptedArticlesReadEvenBeforeTheStateIsLoaded() {
    BrowseSession session = session(SessionFixtures.timeline(3));
    session.apply(Action.MOVE_DOWN);
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.TOGGLE_MARK);
    assertThat(session.apply(Action.ACCEPT)).isEqualTo(Outcome.ACCEPT);
    assertThat(written).containsExactly("+https://example.com/1", "+https://example.com/2");
    // Loaded after: the early changes apply over the stored state.
    session.readStateLoaded(stored(), null);
    assertThat(session.timeline()).filteredOn(session::isUnread)
        .extracting(TimelineEntry::title).containsExactly("Story 0");
  }

  @Test
  void urlsAreKeptNormalisedSoAnotherSpellingOfTheUrlIsTheSameArticle() {
    BrowseSession session = session(SessionFixtures.timeline(1));
    session.readStateLoaded(stored(), null);
    assertThat(session.markRead(List.of("HTTPS://Example.com:443/0/?utm_source=x#top")))
        .isEqualTo(1);
    assertThat(written).containsExactly("+https://example.com/0");
    assertThat(session.isUnread(session.timeline().get(0))).isFalse();
  }

  @Test
  void newArticlesAreUnreadOnesWhoseFileChangedAfterThePreviousRunStarted() {
    Instant previous = Instant.parse("2026-12-01T00:00:00Z");
    List<TimelineEntry> timeline = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      timeline.add(SessionFixtures.entry(i, previous.plusSeconds(i < 2 ? 60 : -60)));
    }
    BrowseSession session = session(timeline);
    session.readStateLoaded(stored("https://example.com/1"), previous);
    // 0 arrived and is unread; 1 arrived but is read; 2 and 3 are older.
    assertThat(session.newArticles()).isEqualTo(1);
    session.startWith("is:new");
    assertThat(session.visible()).extracting(TimelineEntry::title).containsExactly("Story 0");
    session.apply(Action.TOGGLE_READ);
    assertThat(session.newArticles()).isZero();
    session.update(
        SessionFixtures.update(List.of(SessionFixtures.entry(9, previous.plusSeconds(5))),
            List.of()));
    assertThat(session.newArticles()).isEqualTo(1);
    // Counted once, the count follows the rows that come and go.
    TimelineEntry nine = session.timeline().stream()
        .filter(row -> row.title().equals("Story 9")).findFirst().orElseThrow();
    session.update(
        SessionFixtures.update(
            List.of(
                SessionFixtures.entry(10, previous.plusSeconds(7)),
                SessionFixtures.entry(11, previous.minusSeconds(7))),
            List.of(nine)));
    assertThat(session.newArticles()).isEqualTo(1);
    TimelineEntry ten = session.timeline().stream()
        .filter(row -> row.title().equals("Story 10")).findFirst().orElseThrow();
    session.update(SessionFixtures.update(List.of(), List.of(ten)));
    assertThat(session.newArticles()).isZero();
  }

  @Test
  void inMemoryStateHasEverythingUnreadAndNothingNew() {
    BrowseSession session = SessionFixtures.session(SessionFixtures.timeline(2), () -> {});
    session.useReadState(ReadState.inMemory());
    assertThat(session.timeline()).allMatch(session::isUnread);
    assertThat(session.newArticles()).isZero();
  }
}
