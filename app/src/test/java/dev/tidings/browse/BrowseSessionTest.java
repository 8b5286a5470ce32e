package dev.tidings.browse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.Article;
import dev.tidings.model.ArticleId;
import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import dev.tidings.model.Progress;
import dev.tidings.model.Provider;
import dev.tidings.model.RelatedStory;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.Update;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The session, driven by actions only. */
class BrowseSessionTest {

  private static TimelineEntry entry(int i, String title, String url) {
    Path path = Path.of("/news/" + i + ".md");
    return new TimelineEntry(
        new FileKey(path, Instant.EPOCH, 1),
        Instant.parse("2021-12-14T03:22:00Z").minusSeconds(3600L * i),
        DateSource.FRONT_MATTER,
        title,
        "Provider " + i,
        url,
        (title + "\n" + "provider " + i).toLowerCase(Locale.ROOT));
  }

  private static List<TimelineEntry> timeline(int size) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      entries.add(entry(i, "Story " + i, "https://example.com/" + i));
    }
    return entries;
  }

  /** A corpus with no referrers, no problems and a rescan that does nothing. */
  private static Corpus corpus(Function<String, Optional<TimelineEntry>> links) {
    return new Corpus(links, article -> List.of(), List::of, () -> {});
  }

  private static BrowseSession session(List<TimelineEntry> timeline) {
    Map<String, TimelineEntry> byUrl =
        timeline.stream().collect(Collectors.toMap(TimelineEntry::url, e -> e));
    BrowseSession session =
        new BrowseSession(
            timeline, corpus(url -> Optional.ofNullable(url == null ? null : byUrl.get(url))));
    session.setViewport(10, 3);
    return session;
  }

  private static Article article(TimelineEntry entry, String... relatedUrls) {
    List<RelatedStory> related = new ArrayList<>();
    for (String url : relatedUrls) {
      related.add(
          new RelatedStory("About " + url, "", null, url, Provider.UNKNOWN, null, List.of()));
    }
    return new Article(
        new ArticleId(entry.key().path()), entry.title(), "", entry.published(),
        DateSource.FRONT_MATTER, entry.url(),
        null, null, null, null, null, null, null, null, null, List.of(), List.of(), related);
  }

  private static void apply(BrowseSession session, Action... actions) {
    for (Action action : actions) {
      assertThat(session.apply(action)).isEqualTo(Outcome.CONTINUE);
    }
  }

  private static String currentTitle(BrowseSession session) {
    return session.current().map(TimelineEntry::title).orElse(null);
  }

  @Test
  void startsOnTheNewestArticleWithItsPreviewLoading() {
    BrowseSession session = session(timeline(3));

    assertThat(currentTitle(session)).isEqualTo("Story 0");
    assertThat(session.context()).isEqualTo(Context.TIMELINE);
    assertThat(session.preview()).hasValueSatisfying(p -> assertThat(p.isLoading()).isTrue());
  }

  @Test
  void movesStopAtTheEnds() {
    BrowseSession session = session(timeline(3));

    apply(session, Action.MOVE_UP);
    assertThat(currentTitle(session)).isEqualTo("Story 0");
    apply(session, Action.MOVE_DOWN, Action.MOVE_DOWN, Action.MOVE_DOWN);
    assertThat(currentTitle(session)).isEqualTo("Story 2");
    apply(session, Action.FIRST);
    assertThat(currentTitle(session)).isEqualTo("Story 0");
    apply(session, Action.LAST);
    assertThat(currentTitle(session)).isEqualTo("Story 2");
  }

  @Test
  void pagesMoveTheCursorAndTheViewportByAScreenful() {
    BrowseSession session = session(timeline(100));

    apply(session, Action.PAGE_DOWN);
    assertThat(session.timelineCursor().cursor()).isEqualTo(10);
    assertThat(session.timelineCursor().top()).isEqualTo(10);
    apply(session, Action.HALF_PAGE_DOWN);
    assertThat(session.timelineCursor().cursor()).isEqualTo(15);
    assertThat(session.timelineCursor().top()).isEqualTo(15);
    apply(session, Action.HALF_PAGE_UP, Action.PAGE_UP);
    assertThat(session.timelineCursor().cursor()).isZero();
    assertThat(session.timelineCursor().top()).isZero();
    apply(session, Action.LAST);
    assertThat(session.timelineCursor().cursor()).isEqualTo(99);
    assertThat(session.timelineCursor().top()).isEqualTo(90);
  }

  @Test
  void markingTogglesMovesDownAndKeepsTheOrderOfMarking() {
    BrowseSession session = session(timeline(5));

    apply(session, Action.MOVE_DOWN, Action.MOVE_DOWN, Action.TOGGLE_MARK);
    assertThat(currentTitle(session)).isEqualTo("Story 3");
    apply(session, Action.FIRST, Action.TOGGLE_MARK);

    assertThat(session.marks())
        .containsExactly("https://example.com/2", "https://example.com/0");
    assertThat(session.acceptedUrls()).isEqualTo(session.marks());
    apply(session, Action.FIRST, Action.MOVE_DOWN, Action.MOVE_DOWN, Action.TOGGLE_MARK);
    assertThat(session.marks()).containsExactly("https://example.com/0");
  }

  @Test
  void acceptWithNothingMarkedGivesTheCurrentArticlesUrl() {
    BrowseSession session = session(timeline(3));
    apply(session, Action.MOVE_DOWN);

    assertThat(session.apply(Action.ACCEPT)).isEqualTo(Outcome.ACCEPT);
    assertThat(session.acceptedUrls()).containsExactly("https://example.com/1");
  }

  @Test
  void anArticleWithoutUrlCannotBeMarkedAndAcceptsNothing() {
    BrowseSession session = session(List.of(entry(0, "No URL", null)));

    apply(session, Action.TOGGLE_MARK);

    assertThat(session.marks()).isEmpty();
    assertThat(session.message()).isEqualTo("nothing to mark: no URL");
    assertThat(session.acceptedUrls()).isEmpty();
  }

  @Test
  void aUrlThatCannotBeWrittenIsNeitherMarkedNorAccepted() {
    BrowseSession session =
        session(
            List.of(
                entry(0, "Script", "javascript:alert(1)"),
                entry(1, "Two lines", "https://example.com/a\nrm -rf ~")));

    apply(session, Action.TOGGLE_MARK);
    assertThat(session.marks()).isEmpty();
    assertThat(session.message()).isEqualTo("not marked: not an http(s) URL: javascript:alert(1)");
    assertThat(session.apply(Action.ACCEPT)).isEqualTo(Outcome.CONTINUE);
    assertThat(session.message()).isEqualTo("not accepted: not an http(s) URL: javascript:alert(1)");

    apply(session, Action.MOVE_DOWN, Action.TOGGLE_MARK);
    assertThat(session.marks()).isEmpty();
    assertThat(session.message()).startsWith(
            "not marked: the URL has a line break (U+000A) at character 22: "
                + "https://example.com/a\n");
  }

  @Test
  void anEmptyTimelineAcceptsNothing() {
    BrowseSession session = session(List.of());

    apply(session, Action.MOVE_DOWN, Action.TOGGLE_MARK, Action.LAST);
    assertThat(session.current()).isEmpty();
    assertThat(session.preview()).isEmpty();
    assertThat(session.apply(Action.ACCEPT)).isEqualTo(Outcome.ACCEPT);
    assertThat(session.acceptedUrls()).isEmpty();
  }

  @Test
  void theFilterNarrowsOnEveryKeystrokeToArticlesWithAllWords() {
    List<TimelineEntry> timeline =
        List.of(
            entry(0, "SenseTime IPO delayed", "https://e/0"),
            entry(1, "Weather today", "https://e/1"),
            entry(2, "IPO of SenseTime", "https://e/2"));
    BrowseSession session = session(timeline);

    apply(session, Action.START_FILTER);
    assertThat(session.context()).isEqualTo(Context.FILTER);
    session.type("i");
    assertThat(session.visible()).hasSize(3);
    session.type("po");
    assertThat(session.visible()).extracting(TimelineEntry::title)
        .containsExactly("SenseTime IPO delayed", "IPO of SenseTime");
    session.type(" SENSE");
    assertThat(session.visible()).hasSize(2);
    session.type("x");
    assertThat(session.visible()).isEmpty();
    apply(session, Action.DELETE_FILTER_CHAR);
    assertThat(session.filter().query()).isEqualTo("ipo SENSE");
    apply(session, Action.DELETE_FILTER_WORD);
    assertThat(session.filter().query()).isEqualTo("ipo ");
    apply(session, Action.KEEP_FILTER);

    assertThat(session.context()).isEqualTo(Context.TIMELINE);
    assertThat(session.visible()).hasSize(2);
    assertThat(session.filter().query()).isEqualTo("ipo ");
  }

  @Test
  void escapeClearsAKeptFilterFirstAndQuitsOnlyWithoutOne() {
    BrowseSession session = session(timeline(3));
    apply(session, Action.START_FILTER);
    session.type("story 2");
    apply(session, Action.KEEP_FILTER);

    assertThat(session.apply(Action.CLEAR_FILTER_OR_QUIT)).isEqualTo(Outcome.CONTINUE);
    assertThat(session.visible()).hasSize(3);
    assertThat(currentTitle(session)).isEqualTo("Story 2");
    assertThat(session.apply(Action.CLEAR_FILTER_OR_QUIT)).isEqualTo(Outcome.QUIT);
  }

  @Test
  void clearingTheFilterInThePromptShowsEverythingAgain() {
    BrowseSession session = session(timeline(3));
    apply(session, Action.START_FILTER);
    session.type("nothing matches this");
    assertThat(session.current()).isEmpty();

    apply(session, Action.CLEAR_FILTER);

    assertThat(session.context()).isEqualTo(Context.TIMELINE);
    assertThat(session.visible()).hasSize(3);
    assertThat(currentTitle(session)).isEqualTo("Story 0");
  }

  @Test
  void typingOutsideTheFilterPromptDoesNothing() {
    BrowseSession session = session(timeline(3));
    session.type("zzz");
    assertThat(session.visible()).hasSize(3);
  }

  @Test
  void marksSurviveFiltering() {
    BrowseSession session = session(timeline(3));
    apply(session, Action.TOGGLE_MARK, Action.START_FILTER);
    session.type("story 2");
    apply(session, Action.KEEP_FILTER, Action.TOGGLE_MARK, Action.CLEAR_FILTER_OR_QUIT);

    assertThat(session.marks()).containsExactly("https://example.com/0", "https://example.com/2");
  }

  @Test
  void theRelatedPanelTakesTheFocusOnlyWithRelatedStories() {
    List<TimelineEntry> timeline = timeline(3);
    BrowseSession session = session(timeline);

    session.articleLoaded(timeline.get(0), article(timeline.get(0)));
    apply(session, Action.SWITCH_FOCUS);
    assertThat(session.focus()).isEqualTo(Focus.TIMELINE);
    assertThat(session.message()).isEqualTo("no related stories");

    apply(session, Action.MOVE_DOWN);
    session.articleLoaded(timeline.get(1), article(timeline.get(1), "https://other/1"));
    apply(session, Action.SWITCH_FOCUS);
    assertThat(session.context()).isEqualTo(Context.RELATED);
    apply(session, Action.SWITCH_FOCUS);
    assertThat(session.context()).isEqualTo(Context.TIMELINE);
  }

  @Test
  void inTheRelatedPanelSpaceMarksTheStoryAndEnterJumpsToALinkedArticle() {
    List<TimelineEntry> timeline = timeline(4);
    BrowseSession session = session(timeline);
    session.articleLoaded(
        timeline.get(0), article(timeline.get(0), "https://other/1", "https://example.com/3"));
    assertThat(session.preview().orElseThrow().related())
        .extracting(RelatedItem::linked)
        .containsExactly(null, timeline.get(3));

    apply(session, Action.SWITCH_FOCUS, Action.TOGGLE_MARK);
    assertThat(session.marks()).containsExactly("https://other/1");
    assertThat(session.relatedCursor().cursor()).isEqualTo(1);
    assertThat(session.isMarked("https://example.com/3")).isFalse();

    apply(session, Action.MOVE_UP, Action.OPEN_LINKED);
    assertThat(session.message()).isEqualTo("not in this corpus");
    apply(session, Action.MOVE_DOWN, Action.OPEN_LINKED);

    assertThat(session.focus()).isEqualTo(Focus.TIMELINE);
    assertThat(currentTitle(session)).isEqualTo("Story 3");
  }

  @Test
  void acceptedRowsPairAMarkedRelatedStoryWithNoRowAndAMarkedArticleWithItsRow() {
    List<TimelineEntry> timeline = timeline(4);
    BrowseSession session = session(timeline);
    session.articleLoaded(
        timeline.get(0), article(timeline.get(0), "https://other/1", "https://example.com/3"));
    apply(session, Action.SWITCH_FOCUS, Action.TOGGLE_MARK, Action.TOGGLE_MARK);
    apply(session, Action.SWITCH_FOCUS, Action.MOVE_DOWN, Action.TOGGLE_MARK);

    assertThat(session.acceptedRows())
        .containsExactly(
            new Accepted("https://other/1", null),
            new Accepted("https://example.com/3", timeline.get(3)),
            new Accepted(timeline.get(1).url(), timeline.get(1)));
  }

  @Test
  void jumpingToALinkedArticleHiddenByTheFilterClearsTheFilter() {
    List<TimelineEntry> timeline = timeline(4);
    BrowseSession session = session(timeline);
    apply(session, Action.START_FILTER);
    session.type("story 0");
    apply(session, Action.KEEP_FILTER);
    session.articleLoaded(timeline.get(0), article(timeline.get(0), "https://example.com/3"));

    apply(session, Action.SWITCH_FOCUS, Action.OPEN_LINKED);

    assertThat(session.filter().isEmpty()).isTrue();
    assertThat(session.message()).isEqualTo("filter cleared");
    assertThat(currentTitle(session)).isEqualTo("Story 3");
  }

  @Test
  void aLateArticleForARowTheCursorLeftIsIgnored() {
    List<TimelineEntry> timeline = timeline(3);
    BrowseSession session = session(timeline);
    apply(session, Action.MOVE_DOWN);

    session.articleLoaded(timeline.get(0), article(timeline.get(0)));
    assertThat(session.preview().orElseThrow().entry()).isEqualTo(timeline.get(1));
    assertThat(session.preview().orElseThrow().isLoading()).isTrue();

    session.articleFailed(timeline.get(1), "gone");
    assertThat(session.preview().orElseThrow().error()).isEqualTo("gone");
  }

  @Test
  void helpTogglesAndHasItsOwnContext() {
    BrowseSession session = session(timeline(1));
    apply(session, Action.TOGGLE_HELP);
    assertThat(session.context()).isEqualTo(Context.HELP);
    apply(session, Action.TOGGLE_HELP);
    assertThat(session.context()).isEqualTo(Context.TIMELINE);
  }

  @Test
  void quitQuits() {
    assertThat(session(timeline(1)).apply(Action.QUIT)).isEqualTo(Outcome.QUIT);
  }

  // ---- the timeline changing under the session (indexing, live reload)

  private static Update update(List<TimelineEntry> added, List<TimelineEntry> removed) {
    return new Update(added, removed, new Progress(0, 0, false), 0, 0);
  }

  @Test
  void untilTheUserMovesTheCursorFollowsTheNewestArticle() {
    List<TimelineEntry> all = timeline(6);
    BrowseSession session = session(List.of());
    session.update(update(List.of(all.get(3), all.get(5)), List.of()));
    assertThat(session.current()).contains(all.get(3));
    session.update(update(List.of(all.get(0), all.get(4)), List.of()));
    assertThat(session.visible()).containsExactly(all.get(0), all.get(3), all.get(4), all.get(5));
    assertThat(session.current()).contains(all.get(0));
    assertThat(session.progress().complete()).isFalse();
  }

  @Test
  void onceMovedTheCursorStaysOnItsArticleAndOnItsScreenRow() {
    List<TimelineEntry> all = timeline(30);
    BrowseSession session = session(all.subList(10, 30));
    apply(session, Action.MOVE_DOWN, Action.MOVE_DOWN);
    TimelineEntry chosen = session.current().orElseThrow();
    int row = session.timelineCursor().cursor() - session.timelineCursor().top();

    session.update(update(all.subList(0, 10), List.of()));
    assertThat(session.current()).contains(chosen);
    assertThat(session.timelineCursor().cursor()).isEqualTo(12);
    assertThat(session.timelineCursor().cursor() - session.timelineCursor().top()).isEqualTo(row);
  }

  @Test
  void marksSurviveUpdatesAndARemovedCurrentArticleLeavesTheCursorInPlace() {
    List<TimelineEntry> all = timeline(5);
    BrowseSession session = session(all);
    apply(session, Action.TOGGLE_MARK, Action.TOGGLE_MARK);
    assertThat(session.current()).contains(all.get(2));

    session.update(update(List.of(), List.of(all.get(0), all.get(2))));
    assertThat(session.visible()).containsExactly(all.get(1), all.get(3), all.get(4));
    assertThat(session.current()).contains(all.get(4));
    assertThat(session.marks()).containsExactly(all.get(0).url(), all.get(1).url());
  }

  @Test
  void aChangedFileKeepsTheCursorOnItsNewRow() {
    List<TimelineEntry> all = timeline(5);
    BrowseSession session = session(all);
    apply(session, Action.MOVE_DOWN, Action.MOVE_DOWN, Action.MOVE_DOWN);
    TimelineEntry old = all.get(3);
    TimelineEntry changed =
        new TimelineEntry(
            new FileKey(old.key().path(), Instant.EPOCH.plusSeconds(5), 2),
            Instant.parse("2030-01-01T00:00:00Z"),
            DateSource.FRONT_MATTER,
            "Story 3, updated",
            old.provider(),
            old.url(),
            "story 3, updated");
    session.update(update(List.of(changed), List.of(old)));
    assertThat(session.visible().get(0)).isEqualTo(changed);
    assertThat(session.current()).contains(changed);
  }

  @Test
  void updatesReachTheFilteredRowsWhenTheyMatch() {
    List<TimelineEntry> all = timeline(3);
    BrowseSession session = session(all.subList(0, 1));
    apply(session, Action.START_FILTER);
    session.type("story 2");
    assertThat(session.visible()).isEmpty();
    session.update(update(all.subList(1, 3), List.of()));
    assertThat(session.visible()).containsExactly(all.get(2));
    assertThat(session.timeline()).hasSize(3);
  }

  @Test
  void manyRowsAreMergedInOrder() {
    List<TimelineEntry> all = timeline(500);
    List<TimelineEntry> odd = new ArrayList<>();
    List<TimelineEntry> even = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      (i % 2 == 0 ? even : odd).add(all.get(i));
    }
    BrowseSession session = session(odd);
    java.util.Collections.reverse(even);
    session.update(update(even, List.of()));
    assertThat(session.visible()).containsExactlyElementsOf(all);
    session.update(update(List.of(), odd));
    assertThat(session.visible()).containsExactlyElementsOf(
        all.stream().filter(e -> !odd.contains(e)).toList());
  }

  @Test
  void rescanIsAskedOfTheCorpus() {
    AtomicInteger rescans = new AtomicInteger();
    Corpus corpus =
        new Corpus(url -> Optional.empty(), a -> List.of(), List::of, rescans::incrementAndGet);
    BrowseSession session = new BrowseSession(timeline(2), corpus);
    assertThat(session.apply(Action.RESCAN)).isEqualTo(Outcome.CONTINUE);
    assertThat(rescans).hasValue(1);
    assertThat(session.message()).isEqualTo("rescanning");
  }

  @Test
  void theProblemsViewShowsTheCorpusProblemsAsTheyAreWhenItOpens() {
    List<Problem> problems = new ArrayList<>();
    problems.add(new Problem(Path.of("/news/a.md"), 0, Problem.Kind.NO_FRONT_MATTER, "no"));
    Corpus corpus = new Corpus(url -> Optional.empty(), a -> List.of(), () -> problems, () -> {});
    BrowseSession session = new BrowseSession(timeline(2), corpus);

    apply(session, Action.TOGGLE_PROBLEMS);
    assertThat(session.context()).isEqualTo(Context.PROBLEMS);
    assertThat(session.problemList()).containsExactlyElementsOf(problems);
    problems.add(new Problem(Path.of("/news/b.md"), 0, Problem.Kind.NO_FRONT_MATTER, "no"));
    assertThat(session.problemList()).hasSize(1);

    apply(session, Action.TOGGLE_PROBLEMS, Action.TOGGLE_PROBLEMS);
    assertThat(session.problemList()).hasSize(2);
    assertThat(session.problemsCursor().size()).isEqualTo(2);
  }

  @Test
  void referrersFollowTheRelatedStoriesInThePanel() {
    List<TimelineEntry> all = timeline(3);
    Corpus corpus =
        new Corpus(url -> Optional.empty(), article -> List.of(all.get(2)), List::of, () -> {});
    BrowseSession session = new BrowseSession(all, corpus);
    session.setViewport(10, 3);
    session.articleLoaded(all.get(0), article(all.get(0), "https://elsewhere.example/x"));
    List<RelatedItem> items = session.preview().orElseThrow().related();
    assertThat(items).extracting(RelatedItem::referrer).containsExactly(false, true);
    apply(session, Action.SWITCH_FOCUS, Action.MOVE_DOWN, Action.OPEN_LINKED);
    assertThat(session.current()).contains(all.get(2));
  }

  @Test
  void narrowedAndRememberedFilterResultsEqualAFreshScan() {
    List<TimelineEntry> all = new ArrayList<>();
    String[] words = {"alpha", "beta", "gamma", "salt", "bet"};
    for (int i = 0; i < 300; i++) {
      all.add(entry(i, words[i % 5] + " " + words[(i / 5) % 5] + " " + i, "https://e.com/" + i));
    }
    BrowseSession session = session(all);
    apply(session, Action.START_FILTER);
    // "alp" arrives at once (a paste), so "al" after it is neither remembered nor narrower.
    String[] keys = {"alp", "BACK", "BACK", " ", "b", "e", "t", "BACK", "a", "BACK", "BACK"};
    for (String key : keys) {
      if (key.equals("BACK")) {
        apply(session, Action.DELETE_FILTER_CHAR);
      } else {
        session.type(key);
      }
      Filter filter = session.filter();
      assertThat(session.visible())
          .as("after typing %s: /%s", key, filter.query())
          .containsExactlyElementsOf(all.stream().filter(filter::matches).toList());
    }
  }

  @Test
  void tabWhileTheArticleLoadsFocusesTheRelatedStoriesOnceTheyArrive() {
    List<TimelineEntry> all = timeline(3);
    BrowseSession session = session(all);
    apply(session, Action.SWITCH_FOCUS);
    assertThat(session.focus()).isEqualTo(Focus.TIMELINE);
    assertThat(session.message()).isEmpty();
    session.articleLoaded(all.get(0), article(all.get(0), "https://elsewhere.example/x"));
    assertThat(session.focus()).isEqualTo(Focus.RELATED);

    apply(session, Action.SWITCH_FOCUS, Action.MOVE_DOWN, Action.SWITCH_FOCUS);
    session.articleLoaded(all.get(1), article(all.get(1)));
    assertThat(session.focus()).isEqualTo(Focus.TIMELINE);
    assertThat(session.message()).isEqualTo("no related stories");
  }
}
