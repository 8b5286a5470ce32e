package dev.tidings.browse;

import static dev.tidings.browse.SessionFixtures.entry;
import static dev.tidings.browse.SessionFixtures.session;
import static dev.tidings.browse.SessionFixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Marking every row of the result, unmarking every mark and inverting the marks of the result. */
class BulkMarksTest {

  /** Row {@code i} of {@link SessionFixtures#entry} with another URL. */
  private static TimelineEntry withUrl(int i, String url) {
    TimelineEntry row = entry(i, Instant.EPOCH);
    return new TimelineEntry(
        row.key(), row.published(), row.dateSource(), row.title(), row.provider(), url,
        ("story " + i + "\nprovider " + i));
  }

  private static BrowseSession filtered(List<TimelineEntry> rows, String query) {
    BrowseSession session = session(rows, () -> {});
    session.apply(Action.START_FILTER);
    session.type(query);
    session.apply(Action.KEEP_FILTER);
    return session;
  }

  @Test
  void markAllMarksEveryRowInTimelineOrderAfterTheMarksThereWere() {
    BrowseSession session = session(timeline(4), () -> {});
    session.apply(Action.LAST);
    session.apply(Action.TOGGLE_MARK);

    session.apply(Action.MARK_ALL);

    assertThat(session.message()).isEqualTo("marked 3");
    assertThat(session.marks())
        .containsExactly(
            "https://example.com/3",
            "https://example.com/0",
            "https://example.com/1",
            "https://example.com/2");
    session.apply(Action.MARK_ALL);
    assertThat(session.message()).isEqualTo("all shown already marked");
    assertThat(session.marks()).hasSize(4);
  }

  @Test
  void markAllMarksOnlyTheRowsTheFilterLeaves() {
    BrowseSession session = filtered(timeline(5), "story 1");
    assertThat(session.visible()).hasSize(1);

    session.apply(Action.MARK_ALL);

    assertThat(session.message()).isEqualTo("marked 1");
    assertThat(session.marks()).containsExactly("https://example.com/1");
  }

  @Test
  void rowsWhoseUrlCannotBeMarkedAreSkippedAndCountedByReason() {
    List<TimelineEntry> rows = new ArrayList<>(timeline(3));
    rows.add(withUrl(3, null));
    rows.add(withUrl(4, "ftp://example.com/4"));
    rows.add(withUrl(5, null));
    BrowseSession session = session(rows, () -> {});

    session.apply(Action.MARK_ALL);

    assertThat(session.message())
        .isEqualTo("marked 3; skipped 3: 2 no URL, 1 not an http(s) URL");
    assertThat(session.marks())
        .containsExactly("https://example.com/0", "https://example.com/1", "https://example.com/2");

    session.apply(Action.UNMARK_ALL);
    session.apply(Action.START_FILTER);
    session.type("story 4");
    session.apply(Action.KEEP_FILTER);
    session.apply(Action.MARK_ALL);
    assertThat(session.message()).isEqualTo("marked 0; skipped 1: not an http(s) URL");
  }

  @Test
  void unmarkAllUnmarksAlsoTheMarksTheFilterHides() {
    BrowseSession session = session(timeline(5), () -> {});
    session.apply(Action.MARK_ALL);
    session.apply(Action.START_FILTER);
    session.type("story 1");
    session.apply(Action.KEEP_FILTER);

    session.apply(Action.UNMARK_ALL);

    assertThat(session.message()).isEqualTo("unmarked 5");
    assertThat(session.marks()).isEmpty();
    session.apply(Action.UNMARK_ALL);
    assertThat(session.message()).isEqualTo("no marks");
  }

  @Test
  void invertFlipsTheRowsOfTheResultAndKeepsHiddenMarks() {
    BrowseSession session = session(timeline(5), () -> {});
    session.apply(Action.LAST);
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.FIRST);
    session.apply(Action.MOVE_DOWN);
    session.apply(Action.TOGGLE_MARK);
    assertThat(session.marks()).containsExactly("https://example.com/4", "https://example.com/1");
    session.apply(Action.START_FILTER);
    session.type("'1 | '2");
    session.apply(Action.KEEP_FILTER);
    assertThat(session.visible()).hasSize(2);

    session.apply(Action.INVERT_MARKS);

    assertThat(session.message()).isEqualTo("inverted: 1 marked, 1 unmarked");
    assertThat(session.marks()).containsExactly("https://example.com/4", "https://example.com/2");
  }

  @Test
  void invertTurnsAUrlThatRowsShareOnceAndSkipsRefusedUrls() {
    List<TimelineEntry> rows =
        List.of(
            withUrl(0, "https://example.com/same"),
            withUrl(1, "https://example.com/same"),
            withUrl(2, "https://example.com/has space"),
            withUrl(3, "https://example.com/3"));
    BrowseSession session = session(rows, () -> {});

    session.apply(Action.INVERT_MARKS);

    assertThat(session.message())
        .isEqualTo("inverted: 2 marked, 0 unmarked; skipped 1: URL has white space");
    assertThat(session.marks())
        .containsExactly("https://example.com/same", "https://example.com/3");
    session.apply(Action.INVERT_MARKS);
    assertThat(session.marks()).isEmpty();
    assertThat(session.message()).startsWith("inverted: 0 marked, 2 unmarked");
  }

  @Test
  void markAllAtAHundredThousandRowsIsOnePass() {
    BrowseSession session = session(timeline(100_000), () -> {});

    session.apply(Action.MARK_ALL);

    assertThat(session.message()).isEqualTo("marked 100,000");
    assertThat(session.marks()).hasSize(100_000).startsWith("https://example.com/0");
    session.apply(Action.INVERT_MARKS);
    assertThat(session.message()).isEqualTo("inverted: 0 marked, 100,000 unmarked");
  }
}
