package dev.tidings.browse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.Progress;
import dev.tidings.model.SearchText;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.Update;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sort key and --sort: the cursor stays on its article, live updates keep the order. */
class SortSessionTest {

  /** Row i: an hour older per i, quality (i * 37) % 101, provider P(i % 3), no score when 7 | i. */
  private static TimelineEntry row(int i) {
    String title = "story " + i;
    String provider = "P" + (i % 3);
    Integer score = i % 7 == 0 ? null : (i * 37) % 101;
    return new TimelineEntry(
        new FileKey(Path.of("/news/" + i + ".md"), Instant.EPOCH, 1),
        Instant.parse("2021-12-14T03:22:00Z").minusSeconds(3600L * i),
        DateSource.FRONT_MATTER,
        title,
        provider,
        "https://e.example/" + i,
        "",
        "e.example",
        List.of(),
        score,
        score == null ? null : 100 - score,
        false,
        false,
        SearchText.of(title, provider, "", List.of(), ""));
  }

  private static List<TimelineEntry> rows(int from, int to) {
    List<TimelineEntry> rows = new ArrayList<>();
    for (int i = from; i < to; i++) {
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
    return session;
  }

  private static List<TimelineEntry> sorted(List<TimelineEntry> rows, SortOrder order) {
    List<TimelineEntry> copy = new ArrayList<>(rows);
    copy.sort(order.comparator());
    return copy;
  }

  @Test
  void theSortKeyCyclesTheOrdersAndTheCursorStaysOnItsArticle() {
    List<TimelineEntry> all = rows(0, 40);
    BrowseSession session = session(all);
    for (int i = 0; i < 5; i++) {
      session.apply(Action.MOVE_DOWN);
    }
    TimelineEntry current = session.current().orElseThrow();
    for (SortOrder expected :
        List.of(
            SortOrder.OLDEST,
            SortOrder.QUALITY,
            SortOrder.HEAT,
            SortOrder.PROVIDER,
            SortOrder.DATE)) {
      session.apply(Action.SORT);
      assertThat(session.order()).isEqualTo(expected);
      assertThat(session.message()).isEqualTo("sorted " + expected.description());
      assertThat(session.visible()).containsExactlyElementsOf(sorted(all, expected));
      assertThat(session.current()).contains(current);
    }
  }

  @Test
  void aFilteredResultIsSortedAndLiveUpdatesKeepTheOrder() {
    List<TimelineEntry> all = rows(0, 60);
    BrowseSession session = session(all.subList(0, 30));
    session.setOrder(SortOrder.QUALITY);
    session.startWith("provider:p1");
    List<TimelineEntry> p1 =
        all.subList(0, 30).stream().filter(r -> r.provider().equals("P1")).toList();
    assertThat(session.visible()).containsExactlyElementsOf(sorted(p1, SortOrder.QUALITY));
    assertThat(session.isFilterEditing()).isFalse();

    session.update(new Update(all.subList(30, 60), List.of(), new Progress(60, 60, true), 0, 0));
    List<TimelineEntry> allP1 = all.stream().filter(r -> r.provider().equals("P1")).toList();
    assertThat(session.visible()).containsExactlyElementsOf(sorted(allP1, SortOrder.QUALITY));
    assertThat(session.timeline()).containsExactlyElementsOf(sorted(all, SortOrder.QUALITY));

    session.update(
        new Update(List.of(), List.of(allP1.get(3)), new Progress(60, 60, true), 0, 0));
    assertThat(session.visible()).doesNotContain(allP1.get(3)).hasSize(allP1.size() - 1);
    session.apply(Action.CLEAR_FILTER);
    assertThat(session.visible()).hasSize(59).isSortedAccordingTo(SortOrder.QUALITY.comparator());
  }

  @Test
  void aQueryGivenAtTheStartThatIsNotOneIsSaidAndShowsEverything() {
    List<TimelineEntry> all = rows(0, 10);
    BrowseSession session = session(all);
    session.startWith("since:");
    assertThat(session.filter().query()).isEqualTo("since:");
    assertThat(session.filterError()).isEqualTo("since: expects a date such as 2021-12-10 or 7d");
    assertThat(session.visible()).containsExactlyElementsOf(all);
  }
}
