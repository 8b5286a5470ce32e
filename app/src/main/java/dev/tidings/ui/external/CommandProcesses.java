package dev.tidings.ui.external;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Starts the programs of {@link ExternalCommand}s without a shell, with tidings' environment and
 * the {@code TIDINGS_*} variables of {@link CommandFields#environment()} added. Tests inject their
 * own to record commands.
 */
public interface CommandProcesses {

  /**
   * How a background command ended.
   *
   * @param status its exit status
   * @param firstLine the first line of its output, without the line break; empty when it wrote
   *     nothing; never null
   */
  record Ended(int status, String firstLine) {}

  /**
   * Runs a program on the terminal ({@code /dev/tty} as its input, output and errors) and waits
   * for it.
   *
   * @param argv the program and its arguments; never empty
   * @param env variables added to tidings' environment; never null
   * @return its exit status
   * @throws IOException if it cannot be started
   * @throws InterruptedException if the wait is interrupted
   */
  int runOnTerminal(List<String> argv, Map<String, String> env)
      throws IOException, InterruptedException;

  /**
   * Runs a program away from the terminal (input {@code /dev/null}, errors discarded) and waits
   * for it, keeping the first line of its output and discarding the rest. Called off the UI
   * thread.
   *
   * @param argv the program and its arguments; never empty
   * @param env variables added to tidings' environment; never null
   * @return how it ended; never null
   * @throws IOException if it cannot be started
   * @throws InterruptedException if the wait is interrupted
   */
  Ended runInBackground(List<String> argv, Map<String, String> env)
      throws IOException, InterruptedException;

  /** The real ones, through {@link ProcessBuilder}. */
  CommandProcesses SYSTEM =
      new CommandProcesses() {
        private static final File NULL = new File("/dev/null");
        private static final File TTY = new File("/dev/tty");

        @Override
        public int runOnTerminal(List<String> argv, Map<String, String> env)
            throws IOException, InterruptedException {
          ProcessBuilder builder =
              new ProcessBuilder(argv)
                  .redirectInput(ProcessBuilder.Redirect.from(TTY))
                  .redirectOutput(ProcessBuilder.Redirect.appendTo(TTY))
                  .redirectError(ProcessBuilder.Redirect.appendTo(TTY));
          builder.environment().putAll(env);
          return builder.start().waitFor();
        }

        @Override
        public Ended runInBackground(List<String> argv, Map<String, String> env)
            throws IOException, InterruptedException {
          ProcessBuilder builder =
              new ProcessBuilder(argv)
                  .redirectInput(ProcessBuilder.Redirect.from(NULL))
                  .redirectError(ProcessBuilder.Redirect.DISCARD);
          builder.environment().putAll(env);
          Process process = builder.start();
          String first;
          try (InputStream out = process.getInputStream();
              BufferedReader reader =
                  new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
            first = reader.readLine();
            // The rest is read and dropped, so that the program never blocks on a full pipe.
            while (reader.read() >= 0) {
              // discarded
            }
          }
          return new Ended(process.waitFor(), first == null ? "" : first);
        }
      };
}
