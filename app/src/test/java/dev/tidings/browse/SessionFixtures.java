package dev.tidings.browse;

import dev.tidings.model.Article;
import dev.tidings.model.ArticleId;
import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
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
import java.util.Optional;

/** Rows, articles and sessions for the tests of the session's parts. */
final class SessionFixtures {

  private SessionFixtures() {}

  /** The row of {@code /news/i.md}, version {@code modified}, an hour older per {@code i}. */
  static TimelineEntry entry(int i, Instant modified) {
    Path path = Path.of("/news/" + i + ".md");
    String title = "Story " + i;
    return new TimelineEntry(
        new FileKey(path, modified, 1),
        Instant.parse("2021-12-14T03:22:00Z").minusSeconds(3600L * i),
        DateSource.FRONT_MATTER,
        title,
        "Provider " + i,
        "https://example.com/" + i,
        (title + "\nprovider " + i).toLowerCase(Locale.ROOT));
  }

  static List<TimelineEntry> timeline(int size) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      entries.add(entry(i, Instant.EPOCH));
    }
    return entries;
  }

  /** A session over {@code timeline} whose corpus links nothing and rescans nothing. */
  static BrowseSession session(List<TimelineEntry> timeline, Runnable rescan) {
    BrowseSession session =
        new BrowseSession(
            timeline, new Corpus(url -> Optional.empty(), a -> List.of(), List::of, rescan));
    session.setViewport(10, 3);
    return session;
  }

  /** The article of a row, with related stories of the given URLs. */
  static Article article(TimelineEntry entry, String... relatedUrls) {
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

  /** An update with the corpus indexed. */
  static Update update(List<TimelineEntry> added, List<TimelineEntry> removed) {
    return new Update(added, removed, new Progress(1, 1, true), 0, 0);
  }
}
