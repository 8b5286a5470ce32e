package dev.tidings.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.tidings.browse.Action;
import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Context;
import dev.tidings.browse.Outcome;
import dev.tidings.browse.Preview;
import dev.tidings.model.Article;
import dev.tidings.model.Problem;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.ArticleRepository;
import dev.tidings.ui.view.Canvas;
import dev.tidings.ui.view.HelpOverlay;
import dev.tidings.ui.view.PreviewView;
import dev.tidings.ui.view.ProblemsView;
import dev.tidings.ui.view.RelatedView;
import dev.tidings.ui.view.ScreenCanvas;
import dev.tidings.ui.view.ScreenLayout;
import dev.tidings.ui.view.StatusLine;
import dev.tidings.ui.view.Style;
import dev.tidings.ui.view.TimelineView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The browser on a Lanterna {@link TerminalScreen}: turns keystrokes into actions on a {@link
 * BrowseSession} through the {@link KeyMap}, loads the current article from the repository off
 * the UI thread, and draws the session. One UI thread owns the session and the screen; keystrokes
 * (from an input thread), resizes, loaded articles and changes of the timeline (from indexing)
 * reach it as events on one queue, in order.
 */
public final class Browser {

  private final TerminalScreen screen;
  private final BrowseSession session;
  private final ArticleRepository repository;
  private final KeyMap keyMap;
  private final ZoneId zone;
  private final Canvas canvas;
  private final List<HelpOverlay.Section> help;
  private final BlockingQueue<Supplier<Outcome>> events = new LinkedBlockingQueue<>();
  private final AtomicBoolean drainQueued = new AtomicBoolean();
  private TimelineEntry requested;
  private TimelineEntry prefetchedAround;

  /**
   * @param screen a started screen; never null
   * @param session the session to browse; never null
   * @param repository where articles are loaded from; never null
   * @param keyMap the keys; never null
   * @param zone the zone dates are shown in; never null
   */
  public Browser(
      TerminalScreen screen,
      BrowseSession session,
      ArticleRepository repository,
      KeyMap keyMap,
      ZoneId zone) {
    this.screen = Objects.requireNonNull(screen, "screen");
    this.session = Objects.requireNonNull(session, "session");
    this.repository = Objects.requireNonNull(repository, "repository");
    this.keyMap = Objects.requireNonNull(keyMap, "keyMap");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.canvas = new ScreenCanvas(screen);
    this.help = KeyHelp.sections(keyMap);
  }

  /**
   * Tells the browser that the repository has changes for the timeline; they are taken on the UI
   * thread at its next turn. Thread-safe; many calls before that turn make one.
   */
  public void repositoryChanged() {
    if (drainQueued.compareAndSet(false, true)) {
      events.add(
          () -> {
            drainQueued.set(false);
            session.update(repository.drain());
            return Outcome.CONTINUE;
          });
    }
  }

  /**
   * Shows a message on the status line at the UI thread's next turn, such as a warning about the
   * persistent index. Thread-safe.
   *
   * @param message the message, in plain words; never null
   */
  public void notice(String message) {
    Objects.requireNonNull(message, "message");
    events.add(
        () -> {
          session.say(message);
          return Outcome.CONTINUE;
        });
  }

  /**
   * Ends {@link #run} at the UI thread's next turn by throwing {@code error} there, as if the UI
   * thread had failed: for a background thread that died of an unexpected exception, so that the
   * terminal is given back and the error reported instead of the screen waiting for work that will
   * not come. Thread-safe.
   *
   * @param error what {@link #run} throws; never null
   */
  public void fail(RuntimeException error) {
    Objects.requireNonNull(error, "error");
    events.add(
        () -> {
          throw error;
        });
  }

  /**
   * Runs until the user accepts or quits: reads keys on a daemon thread, handles events on the
   * calling thread and redraws after each batch of them. Calls {@code afterFirstFrame} once the
   * first frame is on the terminal, so that work which competes for the cores (indexing) does not
   * delay it.
   *
   * @param afterFirstFrame called once, on the UI thread; never null
   * @return {@link Outcome#ACCEPT} or {@link Outcome#QUIT}
   * @throws IOException if the terminal cannot be read or written
   */
  public Outcome run(Runnable afterFirstFrame) throws IOException {
    screen
        .getTerminal()
        .addResizeListener((terminal, size) -> events.add(() -> Outcome.CONTINUE));
    Thread input = new Thread(this::readKeys, "tidings-input");
    input.setDaemon(true);
    input.start();
    render();
    afterFirstFrame.run();
    try {
      while (true) {
        Supplier<Outcome> event = events.take();
        do {
          Outcome outcome = event.get();
          if (outcome != Outcome.CONTINUE) {
            return outcome;
          }
          event = events.poll();
        } while (event != null);
        render();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.QUIT;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void readKeys() {
    try {
      while (true) {
        KeyStroke stroke = screen.readInput();
        events.add(() -> handle(stroke));
        if (stroke.getKeyType() == KeyType.EOF) {
          return;
        }
      }
    } catch (IOException e) {
      events.add(
          () -> {
            throw new UncheckedIOException(e);
          });
    }
  }

  /**
   * Handles one keystroke: its action in the session's context, or text typed into the filter.
   * End of input (the terminal went away) quits.
   *
   * @param stroke the keystroke; never null
   * @return what to do next
   */
  public Outcome handle(KeyStroke stroke) {
    if (stroke.getKeyType() == KeyType.EOF) {
      return Outcome.QUIT;
    }
    Context context = session.context();
    Optional<Action> action = keyMap.action(context, stroke);
    if (action.isPresent()) {
      return session.apply(action.get());
    }
    if (context == Context.FILTER) {
      KeyMap.typed(stroke).ifPresent(session::type);
    }
    return Outcome.CONTINUE;
  }

  /**
   * Brings the screen up to date: picks up a new terminal size, asks for the current article when
   * it is not loaded yet, draws every pane and refreshes the terminal by the cells that changed.
   *
   * @throws IOException if the terminal cannot be written
   */
  public void render() throws IOException {
    TerminalSize resized = screen.doResizeIfNecessary();
    TerminalSize size = resized != null ? resized : screen.getTerminalSize();
    ScreenLayout layout = ScreenLayout.of(size.getColumns(), size.getRows());
    session.setViewport(
        layout.timeline().height() - 1,
        (layout.related().height() - 1) / RelatedView.ROWS_PER_STORY);
    requestArticle();
    prefetch(layout.timeline().height());

    session.setProblemsViewport(layout.panes().height() - 1);
    if (session.isProblemsVisible()) {
      ProblemsView.draw(canvas, layout.panes(), session);
    } else {
      TimelineView.draw(canvas, layout.timeline(), session, zone);
      if (layout.divider() >= 0) {
        for (int row = 0; row < layout.timeline().height(); row++) {
          canvas.put(layout.divider(), row, '\u2502', Style.NORMAL);
        }
      }
      PreviewView.draw(canvas, layout.preview(), session, zone);
      RelatedView.draw(canvas, layout.related(), session, zone);
    }
    TerminalPosition cursor = StatusLine.draw(canvas, layout.status(), session);
    if (session.isHelpVisible()) {
      HelpOverlay.draw(canvas, help);
      cursor = null;
    }
    screen.setCursorPosition(cursor);
    screen.refresh(Screen.RefreshType.AUTOMATIC);
  }

  /** Asks the repository for the article the preview waits for, once per wait. */
  private void requestArticle() {
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
      article.whenComplete(
          (loaded, error) ->
              events.add(
                  () -> {
                    deliver(entry, article);
                    return Outcome.CONTINUE;
                  }));
    }
  }

  /**
   * Starts loading the articles a screen around the cursor, so that moving shows the next preview
   * at once instead of a placeholder.
   */
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
