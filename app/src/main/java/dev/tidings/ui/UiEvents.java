package dev.tidings.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.tidings.browse.Interruptions;
import dev.tidings.browse.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The UI thread's one queue of events, and the input thread that feeds it keystrokes. Keystrokes
 * that have already arrived when one is read (a paste: Lanterna decodes them one by one) are
 * queued as one event, so that the UI thread wakes once for them; the count of those not yet
 * handled tells a filter pass to give way ({@link #keysWaiting()}). Ctrl-C ({@link
 * KeyMap#quitsNow}) does not wait its turn: {@link #quitAtOnce()} puts a quit at the head of the
 * queue and flags it ({@link #quitting()}), which ends a running filter pass and the batch.
 * Thread-safe: events are added from any thread and taken on the UI thread.
 */
final class UiEvents implements Interruptions {

  /** The most keystrokes queued as one event. */
  private static final int READ_AHEAD = 4_096;

  private final BlockingDeque<Supplier<Outcome>> events = new LinkedBlockingDeque<>();
  /** Keystrokes queued and not yet handled; a filter pass gives way to them. */
  private final AtomicInteger keysWaiting = new AtomicInteger();
  /** Ctrl-C was read: the loop and any filter pass stop at once. */
  private volatile boolean quitNow;

  /** @param event run on the UI thread after the events already queued; never null */
  void add(Supplier<Outcome> event) {
    events.add(event);
  }

  /** @param task run on the UI thread after the events already queued; never null */
  void onUiThread(Runnable task) {
    events.add(
        () -> {
          task.run();
          return Outcome.CONTINUE;
        });
  }

  /**
   * Quits at the UI thread's next turn, ahead of the events queued before, and ends a filter pass
   * that is running. Called by the input thread, or by the terminal's own (see {@link
   * dev.tidings.ui.term.CtrlCWatch}) when Ctrl-C arrives after keys not yet decoded.
   */
  void quitAtOnce() {
    quitNow = true;
    events.addFirst(() -> Outcome.QUIT);
  }

  /**
   * @param wait how long to wait, in milliseconds; negative waits until an event comes
   * @return the next event, or null when none came in time
   * @throws InterruptedException if the UI thread is interrupted while waiting
   */
  Supplier<Outcome> next(long wait) throws InterruptedException {
    return wait < 0 ? events.take() : events.poll(wait, TimeUnit.MILLISECONDS);
  }

  /** @return the next event if one is queued, else null; never waits */
  Supplier<Outcome> poll() {
    return events.poll();
  }

  @Override
  public boolean keysWaiting() {
    return keysWaiting.get() > 0;
  }

  @Override
  public boolean quitting() {
    return quitNow;
  }

  /**
   * Starts the input thread (a daemon): it reads keystrokes from the screen and queues them,
   * those that arrived together as one event handled by {@code handle} one by one until one ends
   * the browser. End of input is queued as a keystroke of its own and ends the thread; a read that
   * fails is queued as an event that throws {@link UncheckedIOException}.
   *
   * @param screen the screen to read; never null
   * @param keyMap tells Ctrl-C ({@link KeyMap#quitsNow}); never null
   * @param handle handles one keystroke on the UI thread; never null
   */
  void startReading(
      TerminalScreen screen, KeyMap keyMap, Function<KeyStroke, Outcome> handle) {
    Thread input = new Thread(() -> readKeys(screen, keyMap, handle), "tidings-input");
    input.setDaemon(true);
    input.start();
  }

  private void readKeys(
      TerminalScreen screen, KeyMap keyMap, Function<KeyStroke, Outcome> handle) {
    try {
      while (true) {
        List<KeyStroke> strokes = new ArrayList<>();
        KeyStroke stroke = screen.readInput();
        while (stroke != null) {
          if (keyMap.quitsNow(stroke)) {
            quitAtOnce();
            return;
          }
          strokes.add(stroke);
          if (stroke.getKeyType() == KeyType.EOF || strokes.size() == READ_AHEAD) {
            break;
          }
          stroke = screen.pollInput();
        }
        keysWaiting.addAndGet(strokes.size());
        events.add(() -> handleQueued(strokes, handle));
        if (strokes.get(strokes.size() - 1).getKeyType() == KeyType.EOF) {
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

  /** Handles keystrokes queued by the input thread, in order, until one ends the browser. */
  private Outcome handleQueued(List<KeyStroke> strokes, Function<KeyStroke, Outcome> handle) {
    for (int i = 0; i < strokes.size(); i++) {
      keysWaiting.decrementAndGet();
      Outcome outcome = quitNow ? Outcome.QUIT : handle.apply(strokes.get(i));
      if (outcome != Outcome.CONTINUE) {
        keysWaiting.addAndGet(-(strokes.size() - i - 1));
        return outcome;
      }
    }
    return Outcome.CONTINUE;
  }
}
