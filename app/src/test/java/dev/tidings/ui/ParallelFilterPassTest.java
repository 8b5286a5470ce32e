package dev.tidings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.browse.Filter;
import dev.tidings.browse.FilterPass;
import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.TimelineEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelFilterPassTest {

  private static List<TimelineEntry> rows(int count) {
    String[] words = {"alpha", "beta", "gamma", "delta", "salt"};
    List<TimelineEntry> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String title = words[i % 5] + " " + words[(i / 5) % 5] + " " + i;
      rows.add(
          new TimelineEntry(
              new FileKey(Path.of("/news/" + i + ".md"), Instant.EPOCH, 1),
              Instant.parse("2021-12-14T03:22:00Z").minusSeconds(60L * i),
              DateSource.FRONT_MATTER,
              title,
              "Provider",
              "https://example.com/" + i,
              title + "\nprovider"));
    }
    return rows;
  }

  @Test
  void aLargePassOverTheCoresMatchesWhatASequentialOneDoesInTheSameOrder() {
    List<TimelineEntry> rows = rows(45_000);
    for (String query : List.of("alp", "beta salt", "gamma 4", "nothing")) {
      var matcher = new Filter(query).matcher();
      ArrayList<TimelineEntry> parallel = new ParallelFilterPass().matching(rows, matcher);
      assertThat(parallel).as(query).containsExactlyElementsOf(
          FilterPass.SEQUENTIAL.matching(rows, matcher));
      parallel.add(rows.get(0));
    }
  }

  @Test
  void aPassIsAbandonedWhenAskedBeforeItStartsOrPartWay() {
    List<TimelineEntry> rows = rows(45_000);
    var matcher = new Filter("alp").matcher();
    assertThat(new ParallelFilterPass().matching(rows, matcher, () -> true)).isEmpty();
    assertThat(FilterPass.SEQUENTIAL.matching(rows, matcher, () -> true)).isEmpty();

    AtomicInteger asked = new AtomicInteger();
    assertThat(new ParallelFilterPass().matching(rows, matcher, () -> asked.incrementAndGet() > 3))
        .isEmpty();
    asked.set(0);
    assertThat(FilterPass.SEQUENTIAL.matching(rows, matcher, () -> asked.incrementAndGet() > 3))
        .isEmpty();
    assertThat(asked).hasValue(4);
    assertThat(new ParallelFilterPass().matching(rows, matcher, () -> false))
        .contains(FilterPass.SEQUENTIAL.matching(rows, matcher));
  }

  @Test
  void aSmallPassMatchesTooAndItsListCanBeChanged() {
    List<TimelineEntry> rows = rows(50);
    ArrayList<TimelineEntry> matching =
        new ParallelFilterPass().matching(rows, new Filter("beta").matcher());
    assertThat(matching).hasSize(18).allMatch(row -> row.title().contains("beta"));
    matching.clear();
    assertThat(rows).hasSize(50);
  }
}
