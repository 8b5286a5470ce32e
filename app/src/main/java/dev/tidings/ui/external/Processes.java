package dev.tidings.ui.external;

import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Starts programs without a shell: the command is a list of words given to {@link ProcessBuilder}
 * as it is. Tests inject their own to record commands instead of starting browsers.
 */
public interface Processes {

  /**
   * Starts a program away from the terminal: its input from {@code /dev/null}, its output and
   * errors discarded, so that it never draws over the screen or reads the user's keys. Not waited
   * for; the JDK's process reaper thread waits for it when it ends, so no zombie stays.
   *
   * @param command the program and its arguments; never empty
   * @throws IOException if it cannot be started (not found, not executable)
   */
  void startDetached(List<String> command) throws IOException;

  /**
   * Runs a program on the terminal ({@code /dev/tty} as its input, output and errors, since
   * tidings' own stdin and stdout may be pipes) and waits for it to end.
   *
   * @param command the program and its arguments; never empty
   * @return its exit status
   * @throws IOException if it cannot be started
   * @throws InterruptedException if the wait is interrupted
   */
  int runOnTerminal(List<String> command) throws IOException, InterruptedException;

  /** The real ones, through {@link ProcessBuilder}. */
  Processes SYSTEM =
      new Processes() {
        private static final File NULL = new File("/dev/null");
        private static final File TTY = new File("/dev/tty");

        @Override
        public void startDetached(List<String> command) throws IOException {
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(NULL))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
        }

        @Override
        public int runOnTerminal(List<String> command) throws IOException, InterruptedException {
          return new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(TTY))
              .redirectOutput(ProcessBuilder.Redirect.appendTo(TTY))
              .redirectError(ProcessBuilder.Redirect.appendTo(TTY))
              .start()
              .waitFor();
        }
      };
}
