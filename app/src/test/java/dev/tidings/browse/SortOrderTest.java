package dev.tidings.browse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.SearchText;
import dev.tidings.model.TimelineEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The orders of {@code --sort}: each one total, ties newest first, missing values last. */
class SortOrderTest {

  private static TimelineEntry row(String name, String published, String provider) {
    return TimelineEntry.of(
        new FileKey(Path.of("/news", name + ".md"), Instant.EPOCH, 1),
        published == null ? null : Instant.parse(published + "T00:00:00Z"),
        DateSource.FRONT_MATTER,
        "Title " + name,
        provider,
        "https://example.com/" + name,
        List.of());
  }

  private final TimelineEntry old = row("old", "2020-01-01", "beta");
  private final TimelineEntry mid = row("mid", "2021-06-01", "Alpha");
  private final TimelineEntry recent = row("recent", "2021-12-14", "alpha");
  private final TimelineEntry newest = row("newest", "2022-03-01", "");
  private final TimelineEntry undated = row("undated", null, "Beta");
  private final List<TimelineEntry> all = List.of(old, mid, recent, newest, undated);

  private List<TimelineEntry> sorted(SortOrder order) {
    List<TimelineEntry> rows = new ArrayList<>(all);
    Collections.shuffle(rows, new Random(order.ordinal()));
    rows.sort(order.comparator());
    return rows;
  }

  @Test
  void dateIsNewestFirstWithTheUndatedLast() {
    assertThat(sorted(SortOrder.DATE)).containsExactly(newest, recent, mid, old, undated);
  }

  @Test
  void oldestIsOldestFirstWithTheUndatedStillLast() {
    assertThat(sorted(SortOrder.OLDEST)).containsExactly(old, mid, recent, newest, undated);
  }

  @Test
  void providerIsAToZIgnoringCaseThenNewestWithNoProviderLast() {
    // "Alpha" and "alpha" are one provider ignoring case, so its articles are newest first.
    assertThat(sorted(SortOrder.PROVIDER)).containsExactly(recent, mid, old, undated, newest);
  }

  private static TimelineEntry scored(String name, String published, Integer quality, Integer heat) {
    TimelineEntry plain = row(name, published, "P");
    return new TimelineEntry(
        plain.key(),
        plain.published(),
        plain.dateSource(),
        plain.title(),
        plain.provider(),
        plain.url(),
        "",
        "example.com",
        List.of(),
        quality,
        heat,
        false,
        false,
        SearchText.of(plain.title(), "P", "", List.of(), ""));
  }

  @Test
  void qualityAndHeatPutTheHighestFirstTheUnscoredLastAndTiesNewestFirst() {
    TimelineEntry a = scored("a", "2021-01-01", 90, null);
    TimelineEntry b = scored("b", "2021-02-01", 50, 7);
    TimelineEntry c = scored("c", "2021-03-01", 50, -2);
    TimelineEntry d = scored("d", "2021-04-01", null, 7);
    TimelineEntry e = scored("e", null, 50, 0);
    List<TimelineEntry> rows = new ArrayList<>(List.of(e, d, c, b, a));
    rows.sort(SortOrder.QUALITY.comparator());
    assertThat(rows).containsExactly(a, c, b, e, d);
    rows.sort(SortOrder.HEAT.comparator());
    assertThat(rows).containsExactly(d, b, e, c, a);
    // The comparators agree with byScore over the scores the row methods read.
    rows.sort(SortOrder.byScore(SortOrder::quality));
    assertThat(rows).containsExactly(a, c, b, e, d);
    assertThat(SortOrder.quality(d)).isEmpty();
    assertThat(SortOrder.heat(b)).hasValue(7.0);
  }

  @Test
  void aScoreOrderPutsTheHighestFirstTheUnscoredLastAndTiesNewestFirst() {
    Map<TimelineEntry, Double> scores = Map.of(old, 90.0, mid, 50.0, recent, 50.0, undated, -3.0);
    List<TimelineEntry> rows = new ArrayList<>(all);
    Collections.reverse(rows);
    rows.sort(
        SortOrder.byScore(
            row ->
                scores.containsKey(row)
                    ? OptionalDouble.of(scores.get(row))
                    : OptionalDouble.empty()));
    assertThat(rows).containsExactly(old, recent, mid, undated, newest);
  }

  @Test
  void everyOrderIsTotalRowsDifferingOnlyInPathAreOrderedByPath() {
    TimelineEntry a = row("same", "2021-01-01", "P");
    TimelineEntry b =
        TimelineEntry.of(
            new FileKey(Path.of("/news/z/same.md"), Instant.EPOCH, 1),
            a.published(),
            DateSource.FRONT_MATTER,
            a.title(),
            a.provider(),
            a.url(),
            List.of());
    for (SortOrder order : SortOrder.values()) {
      assertThat(order.comparator().compare(a, b)).as(order.label()).isNegative();
      assertThat(order.comparator().compare(b, a)).as(order.label()).isPositive();
      assertThat(order.comparator().compare(a, a)).as(order.label()).isZero();
    }
  }

  @Test
  void labelsAreTheCommandLineNamesAndTheKeyCyclesThroughAll() {
    assertThat(SortOrder.values())
        .extracting(SortOrder::label)
        .containsExactly("date", "oldest", "quality", "heat", "provider");
    assertThat(SortOrder.ofLabel("Oldest")).contains(SortOrder.OLDEST);
    assertThat(SortOrder.ofLabel("newest")).isEmpty();
    assertThat(SortOrder.PROVIDER.next()).isEqualTo(SortOrder.DATE);
    assertThat(SortOrder.DATE.next()).isEqualTo(SortOrder.OLDEST);
    assertThat(SortOrder.HEAT.toString()).isEqualTo("heat");
  }
}
