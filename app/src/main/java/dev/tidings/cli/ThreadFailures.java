package dev.tidings.cli;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The default handler of uncaught exceptions while browsing: a background thread (indexing,
 * loading, watching, reading keys) that dies of an unexpected exception ends the browser as an
 * internal error, exit status 2, with the terminal given back and the stack trace on stderr,
 * through the same path as an exception on the UI thread.
 *
 * <p>Why not show it on the status line and go on: such an exception is a bug, not a problem with
 * a file (those are {@code Problem}s, and a failed article load is shown in the preview); the
 * thread that died may have held work the UI waits for, such as the end of indexing, so going on
 * would show a timeline that silently stops growing, and whatever is accepted from it would be
 * chosen from a partial view without the user knowing.
 */
final class ThreadFailures implements Thread.UncaughtExceptionHandler {

  private final AtomicReference<BackgroundFailure> first = new AtomicReference<>();
  private volatile Consumer<RuntimeException> sink;

  ThreadFailures() {}

  /**
   * Makes a new instance the JVM's default handler of uncaught exceptions.
   *
   * @return the handler
   */
  static ThreadFailures install() {
    ThreadFailures failures = new ThreadFailures();
    Thread.setDefaultUncaughtExceptionHandler(failures);
    return failures;
  }

  /**
   * Sends the first failure, already seen or still to come, to {@code sink}; later ones are added
   * to it as suppressed exceptions.
   *
   * @param sink ends the browser with the failure (such as {@code Browser::fail}); thread-safe;
   *     may be given the same failure twice; never null
   */
  void reportTo(Consumer<RuntimeException> sink) {
    this.sink = Objects.requireNonNull(sink, "sink");
    BackgroundFailure failure = first.get();
    if (failure != null) {
      sink.accept(failure);
    }
  }

  /**
   * Throws the first failure, if any: for a browser that ended normally while a thread was dying.
   *
   * @throws BackgroundFailure if a thread died of an uncaught exception
   */
  void rethrow() {
    BackgroundFailure failure = first.get();
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public void uncaughtException(Thread thread, Throwable error) {
    BackgroundFailure failure = new BackgroundFailure(thread.getName(), error);
    if (!first.compareAndSet(null, failure)) {
      first.get().addSuppressed(error);
      return;
    }
    Consumer<RuntimeException> current = sink;
    if (current != null) {
      current.accept(failure);
    }
  }

  /** A thread that died of an uncaught exception, its cause. */
  static final class BackgroundFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BackgroundFailure(String thread, Throwable cause) {
      // The stack of the handler says nothing; the cause's is printed.
      super("thread " + thread + " died: " + cause, cause, true, false);
    }

    /** @return the message alone, for the line {@code tidings: internal error: ...} */
    @Override
    public String toString() {
      return getMessage();
    }
  }
}
