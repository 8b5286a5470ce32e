package dev.tidings.repository;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tidings.model.Article;
import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import dev.tidings.model.Progress;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.read.ArticleFormatException;
import dev.tidings.repository.read.ArticleReader;
import dev.tidings.repository.read.IndexRecord;
import dev.tidings.repository.read.Urls;
import dev.tidings.repository.store.PersistentIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The articles of a corpus: a compact timeline index of every article, built in the background
 * and kept up to date as files change, and a Caffeine cache of fully parsed articles keyed by
 * {@link FileKey} (path, modification time and size) and bounded by an estimate of their heap
 * bytes. An article that is not cached is read from disk again, off the caller's thread, when it
 * is asked for.
 *
 * <p>Files that cannot be read or hold no valid front matter are not in the timeline; each has a
 * {@link Problem} whose kind {@linkplain Problem.Kind#skips() skips} it, so that every file found
 * is either an article or skipped. Articles that were repaired to be read (windows-1252, mojibake,
 * a duplicate key, no title, no date, a file cut short) are in the timeline with problems of the
 * other kinds, their notes.
 *
 * <p>The UI learns of changes by a listener call and takes them with {@link #drain()}, from its
 * own thread; the queries ({@link #timeline}, {@link #problems}, {@link #progress}, {@link
 * #counts}) and link resolution ({@link #findByUrl}, {@link #referencedBy}) may be called from any
 * thread.
 */
public final class ArticleRepository implements AutoCloseable {

  /** The default bound of the article cache, in bytes of estimated heap. */
  public static final long DEFAULT_CACHE_BYTES = 64L << 20;

  private final AsyncLoadingCache<FileKey, Article> cache;
  private final Links links;
  private final TimelineIndex index;
  /** The threads of a background repository; null for one that works on the caller's thread. */
  private final BackgroundThreads threads;

  private ArticleRepository(
      List<Path> roots,
      Supplier<PersistentIndex> store,
      IndexWorkers workers,
      Executor loader,
      long cacheBytes,
      Consumer<Path> directories,
      BackgroundThreads threads) {
    ArticleReader reader = new ArticleReader();
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(cacheBytes)
            .weigher((FileKey key, Article article) -> ArticleWeigher.weigh(article))
            .executor(loader)
            .buildAsync(reader::read);
    this.links = new Links();
    this.index = new TimelineIndex(roots, reader, store, workers, links, directories);
    this.threads = threads;
  }

  /**
   * Indexes the corpus under {@code roots} at once, on the calling thread, without a persistent
   * index; for tests and one-shot tools. Evicted articles are reloaded on the calling thread.
   *
   * @param roots directories and files, as given on the command line; never null
   * @return the repository, fully indexed; never null
   */
  public static ArticleRepository open(List<Path> roots) {
    return open(roots, Runnable::run, DEFAULT_CACHE_BYTES);
  }

  /**
   * Indexes the corpus under {@code roots} at once, on the calling thread.
   *
   * @param roots directories and files; never null
   * @param loader runs the reloads of articles that are not cached ({@code Runnable::run} in tests)
   * @param cacheBytes the bound of the article cache, in bytes of estimated heap; positive
   * @return the repository, fully indexed; never null
   */
  public static ArticleRepository open(List<Path> roots, Executor loader, long cacheBytes) {
    return open(roots, null, loader, cacheBytes);
  }

  /**
   * Indexes the corpus under {@code roots} at once, on the calling thread, with a persistent
   * index: files whose path, size and modification time match a stored record are not parsed.
   *
   * @param roots directories and files; never null
   * @param store the persistent index; null for none
   * @param loader runs the reloads of articles that are not cached
   * @param cacheBytes the bound of the article cache, in bytes of estimated heap; positive
   * @return the repository, fully indexed; never null
   */
  public static ArticleRepository open(
      List<Path> roots, PersistentIndex store, Executor loader, long cacheBytes) {
    ArticleRepository repository =
        new ArticleRepository(
            roots, () -> store, IndexWorkers.DIRECT, loader, cacheBytes, path -> {}, null);
    repository.start(() -> {});
    return repository;
  }

  /**
   * A repository that indexes in the background once {@link #start started}: parsing runs on one
   * thread per core; walks, index changes, and links with the persistent index's reads and writes
   * run on a thread each; articles that are not cached are read on two more. All threads are
   * daemons and stop on {@link #close()}.
   *
   * @param roots directories and files; never null
   * @param store opens the persistent index, on the index thread when indexing starts; it may
   *     return null for none. What it opens is closed with the repository. Never null.
   * @param directories told of every directory walked, on the walking thread (to watch it); never
   *     null
   * @return the repository, not started; never null
   */
  public static ArticleRepository background(
      List<Path> roots, Supplier<PersistentIndex> store, Consumer<Path> directories) {
    BackgroundThreads threads = new BackgroundThreads();
    return new ArticleRepository(
        roots,
        store,
        threads.workers(),
        threads.loader(),
        DEFAULT_CACHE_BYTES,
        directories,
        threads);
  }

  /**
   * Starts indexing: loads the persistent index (its rows show at once) and scans every root.
   * Call once.
   *
   * @param listener called, on a background thread, when {@link #drain()} has news; it should
   *     only hand the news to the UI thread. Never null.
   */
  public void start(Runnable listener) {
    index.start(listener);
  }

  /**
   * Takes the changes to the timeline since the last call. Call from one thread (the UI's).
   *
   * @return the changes and the progress; never null
   */
  public Update drain() {
    return index.drain();
  }

  /** Scans every root again in the background, as after {@code r}; returns at once. */
  public void rescan() {
    index.rescan(null);
  }

  /**
   * Scans some directories again in the background, after a change was seen in them.
   *
   * @param directories directories (or files) under the roots; never null
   */
  public void rescan(Collection<Path> directories) {
    index.rescan(List.copyOf(directories));
  }

  /** @return every article's row now, newest first; a copy */
  public List<TimelineEntry> timeline() {
    return index.timeline();
  }

  /**
   * @return the problems now, by path and line: of the files and directories that are skipped,
   *     and the notes of the articles that were repaired; a copy
   */
  public List<Problem> problems() {
    return index.problems();
  }

  /** @return how far indexing has got; never null */
  public Progress progress() {
    return index.progress();
  }

  /**
   * How many articles, skipped files and repaired articles there are now. Unlike {@link #drain()}
   * this takes nothing away from the UI: it may be called from any thread, any number of times.
   * While indexing runs, the three counts are read one after another and may be of slightly
   * different moments; once {@link #progress()} is complete and no rescan runs, they are exact.
   *
   * @return the counts now; never null
   */
  public Counts counts() {
    return index.counts();
  }

  /**
   * The full article of a timeline row: at once when it is cached, else read from disk on the
   * loader. The future fails with {@link IOException} or {@link ArticleFormatException} (wrapped in
   * a {@link java.util.concurrent.CompletionException}) when the file can no longer be read;
   * {@link Problem#describe(Throwable)} words the cause for the user.
   *
   * @param entry a row of the timeline
   * @return the article; never null
   */
  public CompletableFuture<Article> article(TimelineEntry entry) {
    return cache.get(entry.key());
  }

  /**
   * Starts loading the articles of some rows into the cache, so that moving to them shows them at
   * once; returns without waiting.
   *
   * @param entries rows of the timeline; never null
   */
  public void prefetch(List<TimelineEntry> entries) {
    for (TimelineEntry entry : entries) {
      cache.get(entry.key());
    }
  }

  /**
   * Resolves a URL to the article of the corpus whose own URL (webUrl, originalUrl, ampWebUrl or
   * cdnAmpWebUrl) is the same after {@link Urls#normalize normalisation}; the newest such article
   * when there are several.
   *
   * @param url a URL, such as a related story's; may be null
   * @return the article's row, or empty when no article has that URL
   */
  public Optional<TimelineEntry> findByUrl(String url) {
    return url == null ? Optional.empty() : links.owner(url);
  }

  /**
   * The articles of the corpus that name an article among their related stories (by any of its
   * own URLs, normalised), newest first, without the article itself.
   *
   * @param article a loaded article; never null
   * @return the referring rows; never null, may be empty
   */
  public List<TimelineEntry> referencedBy(Article article) {
    return links.referrers(IndexRecord.ownUrls(article), article.id().path());
  }

  /**
   * Whether a row is linked: one of its related stories' URLs, normalised, is an own URL of
   * another article of the corpus (the {@code →} of the related stories panel). Answers from
   * memory; may be called from any thread. While indexing runs, links to articles not indexed yet
   * are not known.
   *
   * @param entry a row of the timeline; never null
   * @return true when it is linked
   */
  public boolean isLinked(TimelineEntry entry) {
    return entry.hasRelated() && links.isLinked(entry.key().path());
  }

  /**
   * Stops indexing, saves what was indexed to the persistent index and closes it.
   * Waits at most a few seconds; never throws.
   */
  @Override
  public void close() {
    index.close();
    // The index is saved only when no thread of it runs any more; else what it has is dropped
    // rather than written alongside a thread that may still write.
    if (threads == null || threads.stop()) {
      index.saveAfterStop();
    }
  }
}
