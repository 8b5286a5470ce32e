package dev.tidings.repository;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tidings.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The articles of a corpus: a compact timeline index of every article, sorted newest first, and a
 * Caffeine cache of fully parsed articles keyed by {@link FileKey} (path, modification time and
 * size) and bounded by an estimate of their heap bytes. An article evicted from the cache is read
 * from disk again, on the cache's executor, when it is asked for.
 *
 * <p>Files that cannot be read or hold no valid front matter are not in the timeline; each is a
 * {@link Problem}, so that every file found is either an article or a problem.
 */
public final class ArticleRepository {

  /** The default bound of the article cache, in bytes of estimated heap. */
  public static final long DEFAULT_CACHE_BYTES = 64L << 20;

  private final List<TimelineEntry> timeline;
  private final List<Problem> problems;
  private final Map<String, TimelineEntry> byUrl;
  private final AsyncLoadingCache<FileKey, Article> cache;

  private ArticleRepository(
      List<TimelineEntry> timeline,
      List<Problem> problems,
      Map<String, TimelineEntry> byUrl,
      AsyncLoadingCache<FileKey, Article> cache) {
    this.timeline = timeline;
    this.problems = problems;
    this.byUrl = byUrl;
    this.cache = cache;
  }

  /**
   * Scans and indexes the corpus under {@code roots} with the default cache bound, parsing on all
   * cores and reloading evicted articles on the common fork-join pool.
   *
   * @param roots directories and files, as given on the command line; never null
   * @return the repository; never null
   */
  public static ArticleRepository open(List<Path> roots) {
    return open(roots, ForkJoinPool.commonPool(), DEFAULT_CACHE_BYTES);
  }

  /**
   * Scans and indexes the corpus under {@code roots}.
   *
   * @param roots directories and files; never null
   * @param executor runs the reloads of evicted articles ({@code Runnable::run} in tests)
   * @param cacheBytes the bound of the article cache, in bytes of estimated heap; positive
   * @return the repository; never null
   */
  public static ArticleRepository open(List<Path> roots, Executor executor, long cacheBytes) {
    ArticleReader reader = new ArticleReader();
    AsyncLoadingCache<FileKey, Article> cache =
        Caffeine.newBuilder()
            .maximumWeight(cacheBytes)
            .weigher((FileKey key, Article article) -> ArticleWeigher.weigh(article))
            .executor(executor)
            .buildAsync(reader::read);

    CorpusScanner.Scan scan = CorpusScanner.scan(roots);
    List<Indexed> indexed =
        scan.files().parallelStream().map(key -> index(reader, key)).toList();

    List<Problem> problems = new ArrayList<>(scan.problems());
    List<Indexed> articles = new ArrayList<>(indexed.size());
    for (Indexed item : indexed) {
      if (item.problem() != null) {
        problems.add(item.problem());
      } else {
        articles.add(item);
      }
    }
    articles.sort(Comparator.comparing(Indexed::entry, TimelineEntry.NEWEST_FIRST));

    List<TimelineEntry> timeline = new ArrayList<>(articles.size());
    Map<String, TimelineEntry> byUrl = new HashMap<>();
    for (Indexed item : articles) {
      TimelineEntry entry = item.entry();
      timeline.add(entry);
      if (item.article().webUrl() != null) {
        byUrl.putIfAbsent(item.article().webUrl(), entry);
      }
      if (item.article().originalUrl() != null) {
        byUrl.putIfAbsent(item.article().originalUrl(), entry);
      }
      cache.put(entry.key(), CompletableFuture.completedFuture(item.article()));
    }
    problems.sort(Comparator.comparing(Problem::path));
    return new ArticleRepository(List.copyOf(timeline), List.copyOf(problems), byUrl, cache);
  }

  private static Indexed index(ArticleReader reader, FileKey key) {
    try {
      Article article = reader.read(key);
      return new Indexed(TimelineEntry.of(key, article), article, null);
    } catch (IOException e) {
      return new Indexed(null, null, new Problem(key.path(), 0, Problem.describe(e)));
    } catch (ArticleFormatException e) {
      return new Indexed(null, null, new Problem(key.path(), e.line(), e.getMessage()));
    }
  }

  private record Indexed(TimelineEntry entry, Article article, Problem problem) {}

  /** @return every article's row, newest first; never null, immutable */
  public List<TimelineEntry> timeline() {
    return timeline;
  }

  /** @return the files and directories that were skipped and why, by path; never null, immutable */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The full article of a timeline row: at once when it is cached, else read from disk on the
   * executor. The future fails with {@link IOException} or {@link ArticleFormatException} (wrapped
   * in a {@link java.util.concurrent.CompletionException}) when the file can no longer be read;
   * {@link Problem#describe(Throwable)} words the cause for the user.
   *
   * @param entry a row of {@link #timeline()}
   * @return the article; never null
   */
  public CompletableFuture<Article> article(TimelineEntry entry) {
    return cache.get(entry.key());
  }

  /**
   * Resolves a URL to the article of the corpus whose {@code webUrl} or {@code originalUrl} it
   * equals exactly; the newest such article when there are several.
   *
   * @param url a URL, such as a related story's; may be null
   * @return the article's row, or empty when no article has that URL
   */
  public Optional<TimelineEntry> findByUrl(String url) {
    return url == null ? Optional.empty() : Optional.ofNullable(byUrl.get(url));
  }
}
