package dev.tidings.ui.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs an {@link ExternalCommand} for the article under the cursor. An interactive one gets the
 * terminal ({@link Handover#suspend()}), runs in the foreground and the terminal is taken back
 * even when it failed; a non-zero exit status is reported. Any other runs on a thread of its own,
 * and what came of it (its first line of output, or its exit status) is reported when it ends.
 * Called on the UI thread; never waits for a background command.
 */
public final class CommandRunner {

  /**
   * What came of starting a command.
   *
   * @param message for the status line now, such as {@code running curl}; empty for none; never
   *     null
   * @param redraw whether the terminal was handed over and the screen must be redrawn whole
   */
  public record Started(String message, boolean redraw) {}

  /** Where there is no terminal: every command is refused. */
  public static final CommandRunner NONE = new CommandRunner(null, Handover.NONE);

  /** How many characters of a command's first line the status line shows. */
  private static final int FIRST_LINE_CHARACTERS = 200;

  private final CommandProcesses processes;
  private final Handover handover;

  /**
   * @param processes what starts the programs; null to refuse every command
   * @param handover what gives the terminal to an interactive command and takes it back; never
   *     null
   */
  public CommandRunner(CommandProcesses processes, Handover handover) {
    this.processes = processes;
    this.handover = Objects.requireNonNull(handover, "handover");
  }

  /**
   * @param command what to run; never null
   * @param fields what its placeholders stand for; never null
   * @param report told on another thread, once, of the status line's message when a background
   *     command ends; never null
   * @return what came of starting it; never null
   * @throws UncheckedIOException if the terminal could not be handed over or taken back
   */
  public Started run(ExternalCommand command, CommandFields fields, Consumer<String> report) {
    Objects.requireNonNull(report, "report");
    String name = command.name();
    if (processes == null) {
      return new Started("no terminal to run " + name + " from", false);
    }
    List<String> argv = command.argv(fields);
    Map<String, String> env = fields.environment();
    if (command.interactive()) {
      return new Started(interactive(name, argv, env), true);
    }
    Thread thread =
        new Thread(() -> report.accept(background(name, argv, env)), "command " + name);
    thread.setDaemon(true);
    thread.start();
    return new Started("running " + name, false);
  }

  private String interactive(String name, List<String> argv, Map<String, String> env) {
    hand(true);
    try {
      int status = processes.runOnTerminal(argv, env);
      return status == 0 ? "" : name + " exited " + status;
    } catch (IOException e) {
      return "could not start " + name + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return name + " interrupted";
    } finally {
      hand(false);
    }
  }

  /** @return the message for a background command once it ended */
  private String background(String name, List<String> argv, Map<String, String> env) {
    try {
      CommandProcesses.Ended ended = processes.runInBackground(argv, env);
      if (ended.status() != 0) {
        return name + " exited " + ended.status();
      }
      String line = ended.firstLine().strip();
      if (line.length() > FIRST_LINE_CHARACTERS) {
        line = line.substring(0, FIRST_LINE_CHARACTERS) + "\u2026";
      }
      return line.isEmpty() ? name + " done" : name + ": " + line;
    } catch (IOException e) {
      return "could not start " + name + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return name + " interrupted";
    }
  }

  /** Suspends or resumes the screen. */
  private void hand(boolean over) {
    try {
      if (over) {
        handover.suspend();
      } else {
        handover.resume();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
