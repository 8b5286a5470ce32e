package dev.tidings.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps everything but chosen URLs off stdout and off the live screen. {@link #install} points
 * {@code System.out} at stderr for good and sends java.util.logging (and so {@code System.Logger},
 * which SnakeYAML and Caffeine log through) to whatever {@code System.err} is at the time. {@link
 * #capture()} then holds stderr in memory while the screen is up, and hands it to the real stderr
 * when closed, after the terminal is given back.
 */
final class Diagnostics {

  /** The most bytes kept while the screen is up; the rest is counted and dropped. */
  static final int CAPTURE_LIMIT = 1 << 20;

  private Diagnostics() {}

  /**
   * Routes stray output and logging away from stdout.
   *
   * @param stderr the process's real stderr
   */
  static void install(PrintStream stderr) {
    System.setOut(stderr);
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    root.setLevel(Level.WARNING);
    root.addHandler(new StderrHandler());
  }

  /**
   * Captures {@code System.out} and {@code System.err} until the result is closed.
   *
   * @return the capture; close it after the terminal is given back
   */
  static Capture capture() {
    return new Capture(System.out, System.err);
  }

  /** Output held while the screen is up. */
  static final class Capture implements AutoCloseable {
    private final PrintStream out;
    private final PrintStream err;
    private final Bounded buffer = new Bounded();
    private final AtomicBoolean closed = new AtomicBoolean();

    private Capture(PrintStream out, PrintStream err) {
      this.out = out;
      this.err = err;
      PrintStream held = new PrintStream(buffer, true, StandardCharsets.UTF_8);
      System.setOut(held);
      System.setErr(held);
    }

    /**
     * Restores the streams and writes what was held to stderr. Only the first call does anything,
     * whether from the UI thread or from a shutdown hook on a signal.
     */
    @Override
    public void close() {
      if (!closed.compareAndSet(false, true)) {
        return;
      }
      System.setOut(out);
      System.setErr(err);
      byte[] held = buffer.toByteArray();
      err.write(held, 0, held.length);
      if (buffer.dropped > 0) {
        err.println("tidings: " + buffer.dropped + " more bytes of diagnostics were dropped");
      }
      err.flush();
    }
  }

  private static final class Bounded extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long dropped;

    @Override
    public synchronized void write(int b) {
      if (bytes.size() < CAPTURE_LIMIT) {
        bytes.write(b);
      } else {
        dropped++;
      }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      int room = Math.max(0, Math.min(len, CAPTURE_LIMIT - bytes.size()));
      bytes.write(b, off, room);
      dropped += len - room;
    }

    synchronized byte[] toByteArray() {
      return bytes.toByteArray();
    }
  }

  /** Writes log records as {@code tidings: LEVEL: logger: message} to the current stderr. */
  private static final class StderrHandler extends Handler {
    StderrHandler() {
      setLevel(Level.WARNING);
      setFormatter(
          new Formatter() {
            @Override
            public String format(LogRecord record) {
              String text =
                  "tidings: "
                      + record.getLevel().getName().toLowerCase(java.util.Locale.ROOT)
                      + ": "
                      + record.getLoggerName()
                      + ": "
                      + formatMessage(record)
                      + System.lineSeparator();
              if (record.getThrown() != null) {
                text += "  " + record.getThrown() + System.lineSeparator();
              }
              return text;
            }
          });
    }

    @Override
    public void publish(LogRecord record) {
      if (isLoggable(record)) {
        System.err.print(getFormatter().format(record));
        System.err.flush();
      }
    }

    @Override
    public void flush() {
      System.err.flush();
    }

    @Override
    public void close() {
      flush();
    }
  }
}
