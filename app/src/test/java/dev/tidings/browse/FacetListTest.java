package dev.tidings.browse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.browse.FacetList.Entry;
import dev.tidings.browse.FacetList.Kind;
import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.TimelineEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The topic and provider lists' counts, order and narrowing, without a session. */
class FacetListTest {

  static TimelineEntry row(int i, String provider, String... topics) {
    return TimelineEntry.of(
        new FileKey(Path.of("/news/" + i + ".md"), Instant.EPOCH, 1),
        Instant.parse("2021-12-14T03:22:00Z").minusSeconds(3600L * i),
        DateSource.FRONT_MATTER,
        "Story " + i,
        provider,
        "https://example.com/" + i,
        List.of(topics));
  }

  private static List<TimelineEntry> rows() {
    List<TimelineEntry> rows = new ArrayList<>();
    rows.add(row(0, "Reuters", "AI", "AI Ethics"));
    rows.add(row(1, "Reuters", "AI", "Robots"));
    rows.add(row(2, "Forbes", "AI", "ai"));
    rows.add(row(3, "", "robots", "Café culture"));
    rows.add(row(4, "Forbes", "Zebra"));
    rows.add(row(5, "Forbes", "zany", "   ", "\u200B"));
    return rows;
  }

  @Test
  void topicsAreCountedByCountThenNameIgnoringCaseAndSpellingsThatFoldAlikeAreOne() {
    FacetList list = new FacetList();
    list.open(Kind.TOPICS, rows());

    // "ai" joins "AI" (row 2 has both and counts once per spelling); "Robots" and "robots" are
    // one, named by the lesser spelling on a tie; blank and zero-width topics are left out.
    assertThat(list.entries())
        .containsExactly(
            new Entry("AI", 4),
            new Entry("Robots", 2),
            new Entry("AI Ethics", 1),
            new Entry("Café culture", 1),
            new Entry("zany", 1),
            new Entry("Zebra", 1));
    assertThat(list.total()).isEqualTo(6);
    assertThat(list.isVisible()).isTrue();
  }

  @Test
  void aTopicTwiceInOneRowCountsOnceEvenInARowWithManyTopics() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      many.add("T" + i);
    }
    many.add("T3");
    FacetList list = new FacetList();
    list.open(
        Kind.TOPICS,
        List.of(row(0, "P", "A", "A", "B"), row(1, "P", many.toArray(String[]::new))));

    assertThat(list.entries()).contains(new Entry("A", 1), new Entry("T3", 1));
    assertThat(list.entries()).hasSize(22);
  }

  @Test
  void providersAreCountedAndRowsWithoutOneAreNotListed() {
    FacetList list = new FacetList();
    list.open(Kind.PROVIDERS, rows());

    assertThat(list.entries())
        .containsExactly(new Entry("Forbes", 3), new Entry("Reuters", 2));
  }

  @Test
  void typedTextNarrowsIgnoringCaseAndAccentsAndBackspaceWidensAgain() {
    FacetList list = new FacetList();
    list.open(Kind.TOPICS, rows());
    list.cursor().setRows(10);
    list.cursor().moveTo(3);

    list.type("CAFE");
    assertThat(list.entries()).containsExactly(new Entry("Café culture", 1));
    assertThat(list.cursor().cursor()).isZero();
    assertThat(list.typed()).isEqualTo("CAFE");

    list.deleteChar();
    list.deleteChar();
    list.deleteChar();
    assertThat(list.typed()).isEqualTo("C");
    assertThat(list.entries())
        .extracting(Entry::name)
        .containsExactly("AI Ethics", "Café culture");

    list.type("x");
    assertThat(list.entries()).isEmpty();
    assertThat(list.qualifier()).isEmpty();
  }

  @Test
  void escapeClearsTheTypedTextFirstThenCloses() {
    FacetList list = new FacetList();
    list.open(Kind.TOPICS, rows());
    list.type("ro");
    assertThat(list.entries()).hasSize(1);

    list.back();
    assertThat(list.isVisible()).isTrue();
    assertThat(list.typed()).isEmpty();
    assertThat(list.entries()).hasSize(6);

    list.back();
    assertThat(list.isVisible()).isFalse();
    assertThat(list.entries()).isEmpty();
  }

  @Test
  void tabShowsTheOtherListNarrowedByTheSameText() {
    FacetList list = new FacetList();
    list.open(Kind.TOPICS, rows());
    list.type("e");

    list.switchKind();

    assertThat(list.kind()).isEqualTo(Kind.PROVIDERS);
    assertThat(list.entries())
        .containsExactly(new Entry("Forbes", 3), new Entry("Reuters", 2));
    list.switchKind();
    assertThat(list.kind()).isEqualTo(Kind.TOPICS);
    assertThat(list.entries()).extracting(Entry::name)
        .containsExactly("AI Ethics", "Café culture", "Zebra");
  }

  @Test
  void noRowsMakeAnEmptyListWithNothingToFilterBy() {
    FacetList list = new FacetList();
    list.open(Kind.TOPICS, List.of());
    list.cursor().apply(Action.MOVE_DOWN);

    assertThat(list.entries()).isEmpty();
    assertThat(list.total()).isZero();
    assertThat(list.qualifier()).isEmpty();
  }
}
