package dev.tidings.browse;

import static dev.tidings.browse.FacetListTest.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.browse.FacetList.Entry;
import dev.tidings.browse.query.Query;
import dev.tidings.browse.query.QueryContext;
import dev.tidings.browse.query.QueryException;
import dev.tidings.model.TimelineEntry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Enter in the topic and provider lists: the qualifier it adds to the filter, in a session. */
class FacetFilterTest {

  private static final List<TimelineEntry> ROWS =
      List.of(
          row(0, "Reuters", "AI", "AI Ethics", "cloud"),
          row(1, "Reuters Japan", "AI Ethics"),
          row(2, "Forbes", "Say \"Hi\" now", "cloud"),
          row(3, "Forbes", "AI"),
          row(4, "Reuters", "AI \"Ethics\""),
          row(5, "", "Say Hi now"),
          row(6, "Forbes \"Daily\"", "cloud"));

  private static BrowseSession session() {
    BrowseSession session =
        new BrowseSession(ROWS, new Corpus(url -> Optional.empty(), a -> List.of(), List::of,
            () -> {}));
    session.setViewport(10, 3);
    session.setFacetsViewport(10);
    return session;
  }

  /** Opens a list, narrows it to exactly {@code name} and presses Enter. */
  private static void choose(BrowseSession session, Action open, String name) {
    session.apply(open);
    List<Entry> entries = session.facets().entries();
    int index = entries.stream().map(Entry::name).toList().indexOf(name);
    assertThat(index).as(name).isNotNegative();
    for (int i = 0; i < index; i++) {
      session.apply(Action.MOVE_DOWN);
    }
    session.apply(Action.FILTER_BY_FACET);
  }

  private static List<TimelineEntry> matching(String query) throws QueryException {
    Predicate<TimelineEntry> matcher =
        Query.parse(query).matcher(QueryContext.of(Clock.systemUTC()));
    return ROWS.stream().filter(matcher).toList();
  }

  private static List<TimelineEntry> withTopic(String topic) {
    return ROWS.stream().filter(r -> r.topics().contains(topic)).toList();
  }

  @Test
  void enterAddsAQuotedTopicThatMatchesExactlyTheRowsWithIt() throws QueryException {
    for (String topic : List.of("AI", "AI Ethics", "Say \"Hi\" now", "AI \"Ethics\"", "cloud")) {
      BrowseSession session = session();
      choose(session, Action.OPEN_TOPICS, topic);

      String query = session.filter().query();
      assertThat(query).startsWith("topic:\"").endsWith("\"");
      assertThat(matching(query)).as(query).isEqualTo(withTopic(topic));
      assertThat(session.visible()).as(query).isEqualTo(withTopic(topic));
      assertThat(session.context()).isEqualTo(Context.TIMELINE);
      assertThat(session.facets().isVisible()).isFalse();
    }
  }

  @Test
  void theTopicsQualifiersAreWrittenSoThatTheyParseBack() {
    BrowseSession session = session();
    choose(session, Action.OPEN_TOPICS, "AI Ethics");
    assertThat(session.filter().query()).isEqualTo("topic:\"AI Ethics\"");

    session = session();
    choose(session, Action.OPEN_TOPICS, "Say \"Hi\" now");
    // No escapes in a phrase: the quote is written as one the query folds to ".
    assertThat(session.filter().query()).isEqualTo("topic:\"Say \u201DHi\u201D now\"");
    assertThat(session.filterError()).isEmpty();
  }

  @Test
  void enterAddsAProviderWholeNameNotEveryProviderThatHoldsIt() throws QueryException {
    for (String provider : List.of("Reuters", "Forbes", "Forbes \"Daily\"")) {
      BrowseSession session = session();
      choose(session, Action.OPEN_PROVIDERS, provider);

      String query = session.filter().query();
      assertThat(query).startsWith("provider:^\"");
      List<TimelineEntry> expected =
          ROWS.stream().filter(r -> r.provider().equals(provider)).toList();
      assertThat(matching(query)).as(query).isEqualTo(expected);
      assertThat(session.visible()).as(query).isEqualTo(expected);
    }
  }

  @Test
  void theQualifierIsAddedToTheFilterInForceAndThePromptFollows() {
    BrowseSession session = session();
    session.apply(Action.START_FILTER);
    session.type("cloud ");
    session.apply(Action.KEEP_FILTER);

    session.apply(Action.OPEN_TOPICS);
    // Counted over the rows shown: the three with "cloud".
    assertThat(session.facets().entries())
        .containsExactly(
            new Entry("cloud", 3),
            new Entry("AI", 1),
            new Entry("AI Ethics", 1),
            new Entry("Say \"Hi\" now", 1));
    session.apply(Action.MOVE_DOWN);
    session.apply(Action.FILTER_BY_FACET);

    assertThat(session.filter().query()).isEqualTo("cloud topic:\"AI\"");
    assertThat(session.prompt().text()).isEqualTo("cloud topic:\"AI\"");
    assertThat(session.visible()).containsExactly(ROWS.get(0));
    assertThat(session.message()).isEmpty();

    session.apply(Action.START_FILTER);
    assertThat(session.prompt().text()).isEqualTo("cloud topic:\"AI\"");
  }

  @Test
  void keysGoToTheListWhileItIsShownAndEscapeClosesItInTwoSteps() {
    BrowseSession session = session();
    session.apply(Action.OPEN_PROVIDERS);
    assertThat(session.context()).isEqualTo(Context.FACETS);

    session.type("jap");
    assertThat(session.facets().entries()).containsExactly(new Entry("Reuters Japan", 1));
    session.apply(Action.SWITCH_FACETS);
    assertThat(session.facets().kind()).isEqualTo(FacetList.Kind.TOPICS);
    assertThat(session.facets().entries()).isEmpty();
    session.apply(Action.FILTER_BY_FACET);
    assertThat(session.message()).isEqualTo("nothing to filter by");
    assertThat(session.filter().isEmpty()).isTrue();

    session.apply(Action.DELETE_FACET_CHAR);
    assertThat(session.facets().typed()).isEqualTo("ja");
    session.apply(Action.FACETS_BACK);
    assertThat(session.context()).isEqualTo(Context.FACETS);
    assertThat(session.facets().typed()).isEmpty();
    session.apply(Action.MOVE_DOWN);
    assertThat(session.facets().cursor().cursor()).isEqualTo(1);
    assertThat(session.timelineCursor().cursor()).isZero();

    session.apply(Action.FACETS_BACK);
    assertThat(session.context()).isEqualTo(Context.TIMELINE);
    assertThat(session.filter().isEmpty()).isTrue();
  }
}
