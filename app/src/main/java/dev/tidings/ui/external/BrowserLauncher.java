package dev.tidings.ui.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Opens URLs in the browser {@link BrowserChoice} picks, trying its candidates in order until one
 * starts. A graphical browser is started detached, once per URL, and not waited for. A terminal
 * browser gets the terminal ({@link Handover#suspend()}) and runs in the foreground, once per URL
 * one after the other, then the terminal is taken back ({@link Handover#resume()}) even when it
 * failed. Runs on the UI thread, between frames.
 */
public final class BrowserLauncher {

  /**
   * What came of opening.
   *
   * @param message for the status line, such as {@code opened the article in w3m}; never null
   * @param handedOver whether the terminal was handed over: the screen must be redrawn whole
   */
  public record Result(String message, boolean handedOver) {
    /** @throws NullPointerException if {@code message} is null */
    public Result {
      Objects.requireNonNull(message, "message");
    }
  }

  private final BrowserChoice.Choice choice;
  private final Processes processes;
  private final Handover handover;

  /**
   * @param choice the browsers to try; never null
   * @param processes what starts them; never null
   * @param handover what gives the terminal to a terminal browser and takes it back; never null
   */
  public BrowserLauncher(BrowserChoice.Choice choice, Processes processes, Handover handover) {
    this.choice = Objects.requireNonNull(choice, "choice");
    this.processes = Objects.requireNonNull(processes, "processes");
    this.handover = Objects.requireNonNull(handover, "handover");
  }

  /**
   * @param urls the URLs to open, each one tidings would write to stdout; never empty
   * @param what the words for them on the status line, such as {@code 3 articles}; never null
   * @return what came of it; never null
   * @throws UncheckedIOException if the terminal could not be handed over or taken back
   */
  public Result open(List<String> urls, String what) {
    if (choice.refusal() != null) {
      return new Result(choice.refusal(), false);
    }
    boolean handedOver = false;
    String failure = null;
    for (BrowserChoice.Candidate candidate : choice.candidates()) {
      String name = candidate.command().name();
      try {
        if (candidate.terminal()) {
          handedOver = true;
          runOnTerminal(candidate.command(), urls);
        } else {
          for (String url : urls) {
            processes.startDetached(candidate.command().argv(url));
          }
        }
        return new Result("opened " + what + " in " + name, handedOver);
      } catch (IOException notStarted) {
        if (failure == null) {
          failure = "could not start " + name;
        }
      }
    }
    return new Result(failure == null ? BrowserChoice.NOT_FOUND : failure, handedOver);
  }

  /** Runs a terminal browser for each URL in turn, with the terminal handed over meanwhile. */
  private void runOnTerminal(BrowserCommand command, List<String> urls) throws IOException {
    hand(true);
    try {
      for (String url : urls) {
        processes.runOnTerminal(command.argv(url));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      hand(false);
    }
  }

  /** Suspends or resumes; the terminal failing is no failure to start a browser. */
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
