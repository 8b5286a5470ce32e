package dev.tidings.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The history of queries: what it remembers, in which order, how many, and what it hands on. */
class QueryHistoryTest {

  private final List<String> kept = new ArrayList<>();

  @Test
  void remembersValidQueriesNewestLastAndHandsEachToTheSink() {
    QueryHistory history = new QueryHistory(List.of(), kept::add);
    assertThat(history.remember("rust")).isTrue();
    assertThat(history.remember("  ")).isFalse();
    assertThat(history.remember("")).isFalse();
    assertThat(history.remember("since:")).as("not a query").isFalse();
    assertThat(history.remember("two\nlines")).isFalse();
    assertThat(history.remember("provider:lwn -rust")).isTrue();
    assertThat(history.queries()).containsExactly("rust", "provider:lwn -rust");
    assertThat(kept).containsExactly("rust", "provider:lwn -rust");
  }

  @Test
  void aRepeatMovesToTheNewestPlaceAndTheNewestIsNotWrittenAgain() {
    QueryHistory history = new QueryHistory(List.of("a", "b", "c"), kept::add);
    history.remember("a");
    assertThat(history.queries()).containsExactly("b", "c", "a");
    history.remember("a");
    assertThat(history.queries()).containsExactly("b", "c", "a");
    assertThat(kept).containsExactly("a");
  }

  @Test
  void earlierQueriesAreDedupedInThePlaceOfTheirLastUse() {
    QueryHistory history = new QueryHistory(List.of("a", "b", "", "a", "c", "b"), kept::add);
    assertThat(history.queries()).containsExactly("a", "c", "b");
  }

  @Test
  void keepsAtMostAThousandForgettingTheOldest() {
    List<String> earlier = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      earlier.add("q" + i);
    }
    QueryHistory history = new QueryHistory(earlier, kept::add);
    assertThat(history.size()).isEqualTo(QueryHistory.MAX_QUERIES);
    assertThat(history.queries().get(0)).isEqualTo("q500");
    history.remember("newest");
    assertThat(history.size()).isEqualTo(QueryHistory.MAX_QUERIES);
    assertThat(history.queries().get(0)).isEqualTo("q501");
    assertThat(history.queries().get(999)).isEqualTo("newest");
  }

  @Test
  void olderAndNewerStepThroughThePlacesCountedFromTheNewest() {
    QueryHistory history = new QueryHistory(List.of("a", "b", "c"), kept::add);
    assertThat(history.older()).contains("c");
    assertThat(history.place()).isEqualTo(1);
    assertThat(history.older()).contains("b");
    assertThat(history.older()).contains("a");
    assertThat(history.older()).isEmpty();
    assertThat(history.place()).isEqualTo(3);
    assertThat(history.newer()).contains("b");
    assertThat(history.newer()).contains("c");
    assertThat(history.newer()).contains("");
    assertThat(history.place()).isZero();
    assertThat(history.newer()).isEmpty();
  }

  @Test
  void searchFindsTheNextOlderQueryHoldingTheTextIgnoringCase() {
    QueryHistory history =
        new QueryHistory(List.of("Rust async", "python", "rust", "RUSTY nail"), kept::add);
    assertThat(history.search("rust")).contains("RUSTY nail");
    assertThat(history.search("rust")).as("not the text itself").contains("Rust async");
    assertThat(history.place()).isEqualTo(4);
    assertThat(history.search("rust")).isEmpty();
    assertThat(history.place()).isEqualTo(4);
  }
}
