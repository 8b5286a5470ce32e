package dev.tidings.cli;

import dev.tidings.ui.term.TtyScreen;
import java.io.IOException;
import java.util.Objects;

/**
 * While the screen is up, a JVM shutdown hook for SIGINT, SIGTERM and SIGHUP (and any other way
 * the JVM stops without the UI thread unwinding): it gives the terminal back and then releases the
 * diagnostics held meanwhile, in that order, so that they land on the main screen in cooked mode.
 * The JVM's own exit status on those signals (128 + the signal number) is kept: the hook never
 * calls {@code System.exit}.
 *
 * <p>The UI thread keeps running while the hook does; both steps are once-only, so whichever of
 * the two gets there first does each. The hook waits for its work at most {@link #LIMIT_MILLIS}:
 * a stderr that takes no output (a terminal stopped with Ctrl-S) must not keep the process alive
 * after a SIGTERM.
 */
final class GiveBackOnShutdown implements AutoCloseable {

  /** The longest the hook waits, in milliseconds, before letting the JVM halt. */
  static final long LIMIT_MILLIS = 5_000;

  private final Diagnostics.Capture held;
  private final Thread hook;
  private volatile TtyScreen screen;

  private GiveBackOnShutdown(Diagnostics.Capture held) {
    this.held = held;
    this.hook = new Thread(this::onShutdown, "tidings-shutdown");
  }

  /**
   * Registers the hook.
   *
   * @param held the diagnostics held while the screen is up; never null
   * @return the registration; close it after the screen is closed
   */
  static GiveBackOnShutdown register(Diagnostics.Capture held) {
    GiveBackOnShutdown hook = new GiveBackOnShutdown(Objects.requireNonNull(held, "held"));
    Runtime.getRuntime().addShutdownHook(hook.hook);
    return hook;
  }

  /**
   * Tells the hook which screen to give back.
   *
   * @param screen the open screen; never null
   */
  void screen(TtyScreen screen) {
    this.screen = Objects.requireNonNull(screen, "screen");
  }

  /**
   * Releases the held diagnostics (the screen must be closed already) and removes the hook, unless
   * the JVM is shutting down already, in which case the hook runs and finds both done.
   */
  @Override
  public void close() {
    held.close();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to; it finds nothing left to do.
    }
  }

  private void onShutdown() {
    Thread work =
        new Thread(
            () -> {
              TtyScreen current = screen;
              if (current != null) {
                try {
                  current.giveBack();
                } catch (IOException e) {
                  // Held with the diagnostics, so printed after them; the terminal may be gone.
                  System.err.println("tidings: " + e.getMessage());
                }
              }
              held.close();
            },
            "tidings-shutdown-work");
    work.setDaemon(true);
    work.start();
    try {
      work.join(LIMIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
