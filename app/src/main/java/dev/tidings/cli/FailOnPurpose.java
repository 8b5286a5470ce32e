package dev.tidings.cli;

import java.util.logging.Logger;

/**
 * Test-only: makes tidings fail on purpose once its first frame is on the terminal, so that the
 * end-to-end test can check that every way out gives the terminal back. Read from the system
 * property {@value #PROPERTY}, which the launcher passes through {@code TIDINGS_JAVA_OPTS}; unset
 * (the only setting for real use) does nothing. Values:
 *
 * <ul>
 *   <li>{@code ui}: an exception on the UI thread;
 *   <li>{@code background}: an uncaught exception on a background thread;
 *   <li>{@code log}: a warning through java.util.logging, as SnakeYAML and Caffeine log, which
 *       must be held until the screen is gone, then go on.
 * </ul>
 */
final class FailOnPurpose {

  /** The system property that selects the failure. */
  static final String PROPERTY = "tidings.test.fail";

  private FailOnPurpose() {}

  /**
   * The hook {@link Main} hands the browser for after its first frame: this class's failure when
   * {@link #PROPERTY} is set, else one that does nothing. So the browsing code knows only a hook,
   * and this test-only class stays out of its way; it ships in the jar because the end-to-end
   * test drives the real launcher.
   *
   * @return the hook; never null
   */
  static Runnable hook() {
    return System.getProperty(PROPERTY, "").isEmpty() ? () -> {} : FailOnPurpose::afterFirstFrame;
  }

  /** Fails as {@link #PROPERTY} says; runs on the UI thread once the first frame is drawn. */
  static void afterFirstFrame() {
    String what = System.getProperty(PROPERTY, "");
    String message = PROPERTY + "=" + what + ": failing on purpose";
    switch (what) {
      case "ui" -> throw new IllegalStateException(message);
      case "background" -> {
        Thread thread =
            new Thread(
                () -> {
                  throw new IllegalStateException(message);
                },
                "tidings-test-fail");
        thread.setDaemon(true);
        thread.start();
      }
      case "log" -> Logger.getLogger("dev.tidings.test").warning(message);
      default -> {}
    }
  }
}
