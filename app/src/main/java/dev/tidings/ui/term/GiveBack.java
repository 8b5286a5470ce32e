package dev.tidings.ui.term;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gives a terminal back exactly once, whichever thread asks first: the UI thread on a normal exit
 * or after an exception, or a shutdown hook on SIGINT, SIGTERM or SIGHUP while the UI thread may be
 * in the middle of a frame. Everything the screen writes goes through {@link #output()}; giving
 * back closes that gate, so that the rest of an interrupted frame (still in the caller's buffer,
 * or flushed later by the UI thread) never reaches the terminal once it is given back, and writes
 * {@link #SEQUENCE} straight to the device; meanwhile the saved {@code stty} settings are restored.
 *
 * <p>The two run at once, each on a daemon thread, and every caller waits for them until {@code
 * limit} after the first call: a terminal that takes no output (stopped with Ctrl-S, or an SSH link
 * that stalled) blocks the write, and {@code stty}, which waits for output to drain, and would
 * otherwise block the JVM's shutdown with them. Started apart, {@code stty} is a process of its own
 * that outlives the JVM and still restores the settings once the terminal takes output again,
 * even when the UI thread's write holds the device (their order does not matter: the sequence
 * holds no newline for the output settings to translate). A terminal that is gone (after a hangup)
 * fails at once with {@code EIO} or {@code ENXIO}, which is reported to the callers, not retried.
 */
final class GiveBack {

  /**
   * What undoes anything a full-screen session may have set, in ECMA-48 / xterm control
   * sequences: CAN first, which ends any control sequence the terminal is in the middle of
   * parsing (so that what follows is not swallowed as its parameters); attributes reset (SGR 0);
   * mouse reporting off in every mode and encoding (1000, 1002, 1003, 1005, 1006); cursor shown
   * (DECTCEM, 25); and back to the main screen with the cursor where it was (1049).
   */
  static final byte[] SEQUENCE =
      ("\u0018"
              + "\033[0m"
              + "\033[?1000l\033[?1002l\033[?1003l\033[?1005l\033[?1006l"
              + "\033[?25h"
              + "\033[?1049l")
          .getBytes(StandardCharsets.US_ASCII);

  private static final long NOT_STARTED = Long.MIN_VALUE;

  /** A step of giving back that may fail with an I/O error. */
  @FunctionalInterface
  interface Step {
    void run() throws IOException;
  }

  private final OutputStream device;
  private final Duration limit;
  private final Object lock = new Object();
  private final OutputStream gated = new Gated();
  /** When callers stop waiting, in {@link System#nanoTime()}; {@link #NOT_STARTED} before. */
  private final AtomicLong deadline = new AtomicLong(NOT_STARTED);
  private final CountDownLatch done = new CountDownLatch(2);
  private boolean closed;
  private IOException failure;

  /**
   * @param device the terminal device, unbuffered; never null
   * @param limit how long after the first call of {@link #run} callers stop waiting; positive
   */
  GiveBack(OutputStream device, Duration limit) {
    this.device = Objects.requireNonNull(device, "device");
    this.limit = Objects.requireNonNull(limit, "limit");
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  /**
   * @return the stream the screen writes to (wrap it in a buffer): bytes pass to the device until
   *     the terminal is given back, and are dropped after
   */
  OutputStream output() {
    return gated;
  }

  /**
   * Gives the terminal back, or waits for the threads that already do: closes the gate, writes
   * {@link #SEQUENCE} to the device and flushes it, and runs {@code settings}. Thread-safe; the
   * first call's {@code settings} is the one run, and every call returns by the limit after the
   * first.
   *
   * @param settings restores the saved terminal settings ({@code stty}); run even when the
   *     sequence cannot be written; never null
   * @throws IOException if writing the sequence or restoring the settings failed (the first such
   *     failure, as the cause), or if they did not finish within the limit
   */
  void run(Step settings) throws IOException {
    Objects.requireNonNull(settings, "settings");
    long now = System.nanoTime();
    if (deadline.compareAndSet(NOT_STARTED, now + limit.toNanos())) {
      start("tidings-give-back", this::writeSequence);
      start("tidings-give-back-stty", settings);
    }
    boolean finished;
    try {
      finished = done.await(deadline.get() - now, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = false;
    }
    if (!finished) {
      throw new IOException(
          "the terminal was not given back within " + limit.toMillis() + " ms");
    }
    IOException failed = failure();
    if (failed != null) {
      throw new IOException("the terminal was not fully given back: " + failed.getMessage(), failed);
    }
  }

  private void start(String name, Step step) {
    Thread thread =
        new Thread(
            () -> {
              try {
                step.run();
              } catch (IOException | RuntimeException e) {
                failed(e instanceof IOException io ? io : new IOException(e));
              } finally {
                done.countDown();
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }

  private void writeSequence() throws IOException {
    // Taking the lock waits for a write in progress, so the sequence never lands in the middle of
    // one; from here on the screen's writes are dropped.
    synchronized (lock) {
      closed = true;
      device.write(SEQUENCE);
      device.flush();
    }
  }

  private synchronized void failed(IOException e) {
    if (failure == null) {
      failure = e;
    } else {
      failure.addSuppressed(e);
    }
  }

  private synchronized IOException failure() {
    return failure;
  }

  private final class Gated extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      synchronized (lock) {
        if (!closed) {
          device.write(b);
        }
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      synchronized (lock) {
        if (!closed) {
          device.write(b, off, len);
        }
      }
    }

    @Override
    public void flush() throws IOException {
      synchronized (lock) {
        if (!closed) {
          device.flush();
        }
      }
    }
  }
}
