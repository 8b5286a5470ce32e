package dev.tidings.browse;

import dev.tidings.model.Article;
import dev.tidings.model.Problem;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.ArticleRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What a {@link BrowseSession} asks of the corpus it browses, injected by its owner so that the
 * session needs no round trip through the UI. The session calls them on the thread that owns it
 * (the UI thread), so each must answer from memory and return at once, never wait for the disk.
 *
 * @param links resolves a related story's URL (may be null) to the article of the corpus with the
 *     same URL; never null, answers empty when there is none
 * @param referrers the articles of the corpus that name a loaded article among their related
 *     stories, newest first; never null, answers an empty list when there are none
 * @param problems the problems now, in the order the problems view shows them: files and
 *     directories that are not in the timeline and the notes of repaired articles; never null
 * @param rescan starts scanning the corpus again in the background and returns at once; never null
 * @param linked whether a row is linked, for the filter's {@code is:linked}: one of its related
 *     stories is an article of the corpus; never null, called from the threads of a filter pass,
 *     so it must be safe to call concurrently
 */
public record Corpus(
    Function<String, Optional<TimelineEntry>> links,
    Function<Article, List<TimelineEntry>> referrers,
    Supplier<List<Problem>> problems,
    Runnable rescan,
    Predicate<TimelineEntry> linked) {

  /** @throws NullPointerException if any part is null */
  public Corpus {
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(referrers, "referrers");
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(rescan, "rescan");
    Objects.requireNonNull(linked, "linked");
  }

  /**
   * A corpus in which no row is linked, for sessions that do not filter by links (tests).
   *
   * @throws NullPointerException if any part is null
   */
  public Corpus(
      Function<String, Optional<TimelineEntry>> links,
      Function<Article, List<TimelineEntry>> referrers,
      Supplier<List<Problem>> problems,
      Runnable rescan) {
    this(links, referrers, problems, rescan, row -> false);
  }

  /**
   * What a session asks of an article repository: its links, referrers, problems, rescans and
   * linked rows.
   *
   * @param repository the repository; never null
   * @return the corpus; never null
   */
  public static Corpus of(ArticleRepository repository) {
    return new Corpus(
        repository::findByUrl,
        repository::referencedBy,
        repository::problems,
        repository::rescan,
        repository::isLinked);
  }
}
