package dev.tidings.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Outcome;
import dev.tidings.repository.ArticleRepository;
import dev.tidings.repository.Update;
import dev.tidings.ui.external.CommandRunner;
import dev.tidings.ui.term.CtrlCWatch;
import dev.tidings.ui.view.FrameView;
import dev.tidings.ui.view.HelpSection;
import dev.tidings.ui.view.ViewSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The browser's event loop on a Lanterna {@link TerminalScreen}. One UI thread owns the session
 * and the screen; keystrokes (from an input thread), resizes, loaded articles and changes of the
 * timeline (from indexing) reach it as events on one queue, in order ({@link UiEvents}, which
 * also runs the input thread). After each batch of events
 * it applies the filter typed in it (once for a paste, not once per character), lays the screen
 * out, starts the article loads the new state needs ({@link ArticleLoader}) and draws the frame
 * ({@link FrameView}). What a keystroke or mouse event does is {@link KeyDispatch}'s: an action of
 * the {@link KeyMap}, else an external command the configuration binds to the key ({@link
 * Commands}), else typed text.
 *
 * <p>A pass of the filter is abandoned while keystrokes wait in the queue: they change the prompt
 * again, and the pass runs after them. Ctrl-C ({@link KeyMap#quitsNow}) does not wait its turn:
 * the input thread (or, on a real terminal, the thread that reads the device ahead of Lanterna's
 * decoding, see {@link CtrlCWatch}) puts it at the head of the queue and flags it, which ends a
 * running filter pass and the batch, so that it quits within moments whatever the UI thread is
 * doing and however many keys wait before it.
 *
 * <p>The repository does not say when a scan ends: a rescan asked for with {@code r} is taken to
 * have ended when no event has come for {@link #RESCAN_QUIET_MILLIS} (the repository reports
 * progress every 50 ms while it works).
 */
public final class Browser {

  /** How long without events ends a rescan, in milliseconds. */
  static final long RESCAN_QUIET_MILLIS = 400;

  private final TerminalScreen screen;
  private final BrowseSession session;
  private final ArticleRepository repository;
  private final KeyMap keyMap;
  private final UiEvents events = new UiEvents();
  private final AtomicBoolean drainQueued = new AtomicBoolean();
  private final ScreenRefresh refresh;
  /** What keystrokes and mouse events do. */
  private final KeyDispatch keys;

  /**
   * A browser in the 16 ANSI colours and Unicode, with the system clock and no hyperlinks.
   *
   * @param screen a started screen; never null
   * @param session the session to browse; never null
   * @param repository where the timeline's changes and the articles come from; never null
   * @param keyMap the keys; never null
   * @param zone the zone dates are shown in; never null
   */
  public Browser(
      TerminalScreen screen,
      BrowseSession session,
      ArticleRepository repository,
      KeyMap keyMap,
      ZoneId zone) {
    this(screen, session, repository, keyMap, ViewSettings.of(zone), null);
  }

  /**
   * @param screen a started screen; never null
   * @param session the session to browse; never null
   * @param repository where the timeline's changes and the articles come from; never null
   * @param keyMap the keys; never null
   * @param settings zone, clock, appearance and the directories given; never null
   * @param linkOutput where the OSC 8 sequences that make the article's URL a hyperlink are
   *     written, when the appearance has hyperlinks; null for none
   */
  public Browser(
      TerminalScreen screen,
      BrowseSession session,
      ArticleRepository repository,
      KeyMap keyMap,
      ViewSettings settings,
      LinkOutput linkOutput) {
    this(screen, session, repository, keyMap, Commands.NONE, settings, linkOutput);
  }

  /**
   * @param screen a started screen; never null
   * @param session the session to browse; never null
   * @param repository where the timeline's changes and the articles come from; never null
   * @param keyMap the keys; never null
   * @param commands the keys that run external commands, for keys {@code keyMap} has no action
   *     for; never null
   * @param settings zone, clock, appearance and the directories given; never null
   * @param linkOutput where the OSC 8 sequences that make the article's URL a hyperlink are
   *     written, when the appearance has hyperlinks; null for none
   */
  public Browser(
      TerminalScreen screen,
      BrowseSession session,
      ArticleRepository repository,
      KeyMap keyMap,
      Commands commands,
      ViewSettings settings,
      LinkOutput linkOutput) {
    this.screen = Objects.requireNonNull(screen, "screen");
    this.session = Objects.requireNonNull(session, "session");
    this.repository = Objects.requireNonNull(repository, "repository");
    this.keyMap = Objects.requireNonNull(keyMap, "keyMap");
    // The help is derived once: the bindings do not change while the browser runs.
    List<HelpSection> help = new ArrayList<>(KeyHelp.sections(keyMap));
    commands.section().ifPresent(help::add);
    help.add(QueryHelp.section());
    FrameView frame = new FrameView(screen, settings, help);
    ArticleLoader loader = new ArticleLoader(session, repository, events::onUiThread);
    LinkPainter links = linkOutput == null ? null : new LinkPainter(linkOutput);
    this.refresh = new ScreenRefresh(screen, session, frame, loader, links);
    this.keys =
        new KeyDispatch(
            session,
            keyMap,
            refresh,
            new CommandKeys(commands, session, settings.zone(), this::later));
    if (screen.getTerminal() instanceof CtrlCWatch watch
        && keyMap.quitsNow(new KeyStroke('c', true, false))) {
      watch.whenCtrlC(events::quitAtOnce);
    }
    session.interruptFilteringWhen(events);
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
            return update(repository.drain());
          });
    }
  }

  /**
   * Merges changes of the timeline into the session, then handles the keystrokes held while it
   * had no rows, once it has some (or indexing has ended with none). Call on the UI thread.
   *
   * @param update the changes, as drained from the repository; never null
   * @return what the held keystrokes ask for; {@link Outcome#CONTINUE} when there are none
   */
  public Outcome update(Update update) {
    session.update(update);
    return keys.handleHeld();
  }

  /**
   * Shows a message on the status line at the UI thread's next turn, such as a warning about the
   * persistent index. Thread-safe.
   *
   * @param message the message, in plain words; never null
   */
  public void notice(String message) {
    Objects.requireNonNull(message, "message");
    events.onUiThread(() -> session.say(message));
  }

  /**
   * Runs a task on the UI thread at its next turn, then redraws: for results of background work
   * that change the session (the read state once loaded). Thread-safe.
   *
   * @param task what to run on the UI thread; never null
   */
  public void later(Runnable task) {
    events.onUiThread(Objects.requireNonNull(task, "task"));
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
   * calling thread and refreshes the screen after each batch of them. Calls {@code
   * afterFirstFrame} once the first frame is on the terminal, so that work which competes for the
   * cores (indexing) does not delay it.
   *
   * @param afterFirstFrame called once, on the UI thread; never null
   * @return {@link Outcome#ACCEPT} or {@link Outcome#QUIT}
   * @throws IOException if the terminal cannot be read or written
   */
  public Outcome run(Runnable afterFirstFrame) throws IOException {
    screen
        .getTerminal()
        .addResizeListener((terminal, size) -> events.add(() -> Outcome.CONTINUE));
    events.startReading(screen, keyMap, this::handle);
    refresh();
    afterFirstFrame.run();
    try {
      while (true) {
        Supplier<Outcome> event = events.next(session.isRescanning() ? RESCAN_QUIET_MILLIS : -1);
        if (event == null) {
          session.rescanEnded();
          refresh();
          continue;
        }
        do {
          if (events.quitting()) {
            return Outcome.QUIT;
          }
          Outcome outcome = event.get();
          if (outcome != Outcome.CONTINUE) {
            return outcome;
          }
          event = events.poll();
        } while (event != null);
        // Keys typed into the prompt in this batch (a paste) filter once, here, unless more wait.
        session.settleFilter();
        refresh();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.QUIT;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Handles one keystroke or mouse event on the UI thread (see {@link KeyDispatch}).
   *
   * @param stroke the keystroke; never null
   * @return what to do next; never null
   */
  public Outcome handle(KeyStroke stroke) {
    return keys.handle(stroke);
  }

  /** @return the key that accepted (Enter, or a key of {@code --expect}); empty until then */
  public Optional<Key> acceptedBy() {
    return keys.acceptedBy();
  }

  /**
   * Sets what opens articles in the browser and copies URLs; until called, {@link UrlTools#NONE}.
   * Call before {@link #run}.
   *
   * @param tools the tools; never null
   */
  public void useUrlTools(UrlTools tools) {
    keys.useUrlTools(tools);
  }

  /**
   * Sets what runs the configuration's external commands; until called, {@link
   * CommandRunner#NONE}. Call before {@link #run}.
   *
   * @param runner the runner; never null
   */
  public void useCommandRunner(CommandRunner runner) {
    keys.useCommandRunner(runner);
  }

  /**
   * Brings the screen up to date after a batch of events: picks up a new terminal size, lays the
   * screen out and tells the session its viewports, starts loading the articles the new state
   * shows, then draws the frame, refreshes the terminal by the cells that changed and makes the
   * URL shown a hyperlink (see {@link ScreenRefresh}).
   *
   * @throws IOException if the terminal cannot be written
   */
  public void refresh() throws IOException {
    refresh.run();
  }
}
