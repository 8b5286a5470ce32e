package dev.tidings.ui;

import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Preview;
import dev.tidings.model.Article;
import dev.tidings.model.Problem;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.ArticleRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Loads what the session shows from the repository without blocking the UI thread: the current
 * article once its preview waits for it, and the articles a screen around the cursor (prefetch),
 * so that moving shows the next preview at once instead of a placeholder. Runs on the UI thread
 * after each batch of events; an article that is not cached is read on the repository's loader
 * and handed to the session on the UI thread through the executor given.
 */
final class ArticleLoader {

  private final BrowseSession session;
  private final ArticleRepository repository;
  private final Executor uiThread;
  /** The row whose article was asked for and has not arrived yet; null when none is awaited. */
  private TimelineEntry requested;
  /** The current row when the last prefetch started. */
  private TimelineEntry prefetchedAround;

  /**
   * @param session the session whose previews to load; never null
   * @param repository where articles are loaded from; never null
   * @param uiThread runs a task on the UI thread, after the events before it; never null
   */
  ArticleLoader(BrowseSession session, ArticleRepository repository, Executor uiThread) {
    this.session = Objects.requireNonNull(session, "session");
    this.repository = Objects.requireNonNull(repository, "repository");
    this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
  }

  /**
   * Starts the loads the session's state needs now; returns without waiting. A cached article is
   * handed to the session at once.
   *
   * @param timelineHeight the timeline pane's height in rows, which sets how far to prefetch
   */
  void load(int timelineHeight) {
    requestCurrent();
    prefetch(timelineHeight);
  }

  /** Asks the repository for the article the preview waits for, once per wait. */
  private void requestCurrent() {
    Optional<Preview> preview = session.preview();
    if (preview.isEmpty() || !preview.get().isLoading()) {
      return;
    }
    TimelineEntry entry = preview.get().entry();
    if (entry.equals(requested)) {
      return;
    }
    requested = entry;
    CompletableFuture<Article> article = repository.article(entry);
    if (article.isDone()) {
      deliver(entry, article);
    } else {
      article.whenComplete((loaded, error) -> uiThread.execute(() -> deliver(entry, article)));
    }
  }

  /** Starts loading the articles a screen around the cursor, once per current row. */
  private void prefetch(int rows) {
    if (!session.progress().complete() || session.isFilterEditing()) {
      // While indexing or typing a filter, the cores are better spent on that; the current
      // article alone is loaded.
      return;
    }
    Optional<TimelineEntry> current = session.current();
    if (current.isEmpty() || current.get().equals(prefetchedAround)) {
      return;
    }
    prefetchedAround = current.get();
    List<TimelineEntry> visible = session.visible();
    int cursor = session.timelineCursor().cursor();
    int from = Math.max(0, cursor - 2);
    int to = Math.min(visible.size(), cursor + Math.max(3, rows / 2));
    repository.prefetch(List.copyOf(visible.subList(from, to)));
  }

  private void deliver(TimelineEntry entry, CompletableFuture<Article> article) {
    if (entry.equals(requested)) {
      requested = null;
    }
    try {
      session.articleLoaded(entry, article.join());
    } catch (CompletionException | CancellationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      session.articleFailed(entry, Problem.describe(cause));
    }
  }
}
