package dev.tidings.browse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.browse.query.Query;
import dev.tidings.browse.query.QueryContext;
import dev.tidings.browse.query.QueryException;
import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.SearchText;
import dev.tidings.model.TimelineEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The session's filter with the query language: errors, narrowing, marks, dates. */
class FilterQueryTest {

  private static final String[] WORDS = {"alpha", "beta", "gamma", "salt", "bet"};
  private static final String[] TOPICS = {"AI", "AI Ethics", "Markets"};

  /** Row i: two words and i in its title, a topic, a quality, an hour older per i. */
  private static TimelineEntry row(int i) {
    String title = WORDS[i % 5] + " " + WORDS[(i / 5) % 5] + " " + i;
    List<String> topics = List.of(TOPICS[i % 3]);
    String excerpt = i % 7 == 0 ? "Zürich café report" : "plain text";
    return new TimelineEntry(
        new FileKey(Path.of("/news/" + i + ".md"), Instant.EPOCH, 1),
        Instant.parse("2021-12-14T03:22:00Z").minusSeconds(3600L * i),
        i % 11 == 0 ? DateSource.FILE_NAME : DateSource.FRONT_MATTER,
        title,
        "Provider " + (i % 4),
        "https://e" + i % 4 + ".example/" + i,
        "p" + i % 4 + ".example",
        "e" + i % 4 + ".example",
        topics,
        i % 13 == 0 ? null : i % 100,
        null,
        i % 2 == 0,
        false,
        SearchText.of(title, "Provider " + (i % 4), "p" + i % 4 + ".example", topics, excerpt));
  }

  private static List<TimelineEntry> rows(int count) {
    List<TimelineEntry> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(row(i));
    }
    rows.sort(TimelineEntry.NEWEST_FIRST);
    return rows;
  }

  private static BrowseSession session(List<TimelineEntry> rows) {
    BrowseSession session =
        new BrowseSession(
            rows, new Corpus(url -> Optional.empty(), a -> List.of(), List::of, () -> {}));
    session.setViewport(10, 3);
    session.apply(Action.START_FILTER);
    return session;
  }

  private static List<TimelineEntry> fresh(List<TimelineEntry> rows, String query, Clock clock)
      throws QueryException {
    Predicate<TimelineEntry> matcher = Query.parse(query).matcher(QueryContext.of(clock));
    return rows.stream().filter(matcher).toList();
  }

  @Test
  void aQueryThatIsNotOneKeepsTheLastResultAndSaysWhy() {
    List<TimelineEntry> all = rows(60);
    BrowseSession session = session(all);
    session.type("alpha");
    List<TimelineEntry> alpha = List.copyOf(session.visible());
    assertThat(alpha).hasSize(24);
    session.apply(Action.MOVE_DOWN);
    TimelineEntry current = session.current().orElseThrow();

    session.type(" since:");
    assertThat(session.filter().query()).isEqualTo("alpha since:");
    assertThat(session.filterError()).isEqualTo("since: expects a date such as 2021-12-10 or 7d");
    assertThat(session.visible()).containsExactlyElementsOf(alpha);
    assertThat(session.current()).contains(current);
    assertThat(session.query().text()).isEqualTo("alpha");

    session.type("2021-12-13");
    assertThat(session.filterError()).isEmpty();
    assertThat(session.visible()).allMatch(row -> row.published().isAfter(Instant.parse("2021-12-13T00:00:00Z")));
    assertThat(session.query().text()).isEqualTo("alpha since:2021-12-13");

    session.type(" quality:>x");
    assertThat(session.filterError())
        .isEqualTo("quality: expects a number such as 80, >80, >=80 or 50..90");
    session.apply(Action.KEEP_FILTER);
    assertThat(session.filterError()).isNotEmpty();
    session.apply(Action.CLEAR_FILTER_OR_QUIT);
    assertThat(session.filterError()).isEmpty();
    assertThat(session.visible()).containsExactlyElementsOf(all);
  }

  @Test
  void everyStepOfTypingAndDeletingShowsWhatAFreshScanWould() throws QueryException {
    List<TimelineEntry> all = rows(300);
    BrowseSession session = session(all);
    Clock clock = Clock.systemDefaultZone();
    String[] keys = {
      "a", "l", "p", " ", "-", "t", "o", "p", "i", "c", ":", "a", "i", "BACK", "BACK", "\"AI Ethics\"",
      " ", "|", " ", "s", "a", "l", "t", " ", "q", "u", "a", "l", "i", "t", "y", ":", ">", "5",
      "0", "BACK", " ", "z", "u", "r", "BACK", "BACK", "BACK", "^", "a", "l", "p", " ", "'", "b",
      "e", "t", " ", "h", "a", "s", ":", "r", "e", "l", "a", "t", "e", "d", " ", "-", "i", "s", ":",
      "u", "n", "d", "a", "t", "e", "d"
    };
    String lastValid = "";
    for (String key : keys) {
      if (key.equals("BACK")) {
        session.apply(Action.DELETE_FILTER_CHAR);
      } else {
        session.type(key);
      }
      String typed = session.filter().query();
      try {
        Query.parse(typed);
        lastValid = typed;
        assertThat(session.filterError()).isEmpty();
      } catch (QueryException notYet) {
        assertThat(session.filterError()).as("/%s", typed).isEqualTo(notYet.getMessage());
      }
      assertThat(session.visible())
          .as("after typing %s: /%s", key, typed)
          .containsExactlyElementsOf(fresh(all, lastValid, clock));
    }
    assertThat(lastValid).endsWith("-is:undated");
    assertThat(session.visible()).isNotEmpty();
  }

  @Test
  void markedRowsAreTheMarksAsTheyAreWhenTheQueryChanges() {
    List<TimelineEntry> all = rows(20);
    BrowseSession session = session(all);
    session.apply(Action.KEEP_FILTER);
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.START_FILTER);
    session.type("is:marked");
    assertThat(session.visible()).containsExactly(all.get(0), all.get(1));
    session.apply(Action.DELETE_FILTER_WORD);
    session.apply(Action.KEEP_FILTER);
    session.apply(Action.FIRST);
    session.apply(Action.MOVE_DOWN);
    session.apply(Action.MOVE_DOWN);
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.START_FILTER);
    session.type("is:marked");
    // Not the remembered result of the same query: the marks have changed since.
    assertThat(session.visible()).containsExactly(all.get(0), all.get(1), all.get(2));
    session.type(" gamma");
    assertThat(session.visible()).containsExactly(all.get(2));
  }

  @Test
  void aResultAboutMarksIsRememberedUntilTheMarksChange() {
    List<TimelineEntry> all = rows(20);
    BrowseSession session = session(all);
    session.apply(Action.KEEP_FILTER);
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.START_FILTER);
    session.type("is:marked");
    session.type(" gamma");
    assertThat(session.visible()).isEmpty();
    for (int i = 0; i < " gamma".length(); i++) {
      session.apply(Action.DELETE_FILTER_CHAR);
    }
    assertThat(session.visible()).containsExactly(all.get(0), all.get(1));
    session.apply(Action.KEEP_FILTER);
    session.apply(Action.FIRST);
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.START_FILTER);
    session.type(" alpha");
    // Narrowed from the rows shown before the mark changed, row 0 would still be here.
    assertThat(session.visible()).containsExactly(all.get(1));
    session.apply(Action.DELETE_FILTER_WORD);
    assertThat(session.visible()).containsExactly(all.get(1));
  }

  @Test
  void datesAreInTheSessionsClock() throws QueryException {
    List<TimelineEntry> all = rows(48);
    BrowseSession session = session(all);
    Instant now = Instant.parse("2021-12-14T12:00:00Z");
    session.setClock(Clock.fixed(now, ZoneOffset.UTC));
    session.type("since:today");
    assertThat(session.visible())
        .containsExactlyElementsOf(fresh(all, "since:today", Clock.fixed(now, ZoneOffset.UTC)))
        .hasSize(4);
    session.apply(Action.CLEAR_FILTER);
    session.apply(Action.START_FILTER);
    session.setClock(Clock.fixed(now, ZoneId.of("America/Los_Angeles")));
    session.type("since:today");
    // In Los Angeles it is still the 14th, 04:00, so the day started 8 hours later than in UTC.
    assertThat(session.visible()).isEmpty();
  }

  @Test
  void updatesWhileTheFilterIsNotAQueryFollowTheLastValidOne() throws QueryException {
    List<TimelineEntry> all = rows(30);
    BrowseSession session = session(all.subList(0, 20));
    session.type("gamma");
    session.type(" topic:");
    assertThat(session.filterError()).isNotEmpty();
    session.update(
        new dev.tidings.repository.Update(
            all.subList(20, 30),
            List.of(),
            new dev.tidings.model.Progress(30, 30, true),
            0,
            0));
    assertThat(session.visible())
        .extracting(TimelineEntry::title)
        .allMatch(title -> title.contains("gamma"))
        .hasSize(10);
    assertThat(session.visible())
        .containsExactlyElementsOf(fresh(all, "gamma", Clock.systemDefaultZone()));
  }
}
