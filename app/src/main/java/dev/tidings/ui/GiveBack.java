package dev.tidings.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gives a terminal back exactly once, whichever thread asks first: the UI thread on a normal exit
 * or after an exception, or a shutdown hook on SIGINT, SIGTERM or SIGHUP while the UI thread may be
 * in the middle of a frame. Everything the screen writes goes through {@link #output()}; giving
 * back closes that gate, so that the rest of an interrupted frame (still in the caller's buffer,
 * or flushed later by the UI thread) never reaches the terminal after the restore, then writes
 * {@link #SEQUENCE} straight to the device and restores the saved {@code stty} settings.
 *
 * <p>The work runs on a daemon thread and every caller waits for it at most {@code limit}: a
 * terminal that takes no output (stopped with Ctrl-S, or an SSH link that stalled) would otherwise
 * block the write, or {@code stty}, which waits for output to drain, and with them the JVM's
 * shutdown. A terminal that is gone (after a hangup) fails at once with {@code EIO} or {@code
 * ENXIO}, which is reported to the callers, not retried.
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

  /** A step of the restore that may fail with an I/O error. */
  @FunctionalInterface
  interface Step {
    void run() throws IOException;
  }

  private final OutputStream device;
  private final Duration limit;
  private final Object lock = new Object();
  private final OutputStream gated = new Gated();
  private final AtomicBoolean started = new AtomicBoolean();
  private final CountDownLatch done = new CountDownLatch(1);
  private boolean closed;
  private volatile IOException failure;

  /**
   * @param device the terminal device, unbuffered; never null
   * @param limit the longest a caller of {@link #run} waits; positive
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
   * Gives the terminal back, or waits for the thread that already does: closes the gate, writes
   * {@link #SEQUENCE} to the device and flushes it, then runs {@code settings}. Thread-safe; the
   * first call's {@code settings} is the one run.
   *
   * @param settings restores the saved terminal settings ({@code stty}); run after the sequence
   *     is written, even when writing it failed; never null
   * @throws IOException if writing the sequence or restoring the settings failed (the first such
   *     failure, as the cause), or if it did not finish within the limit
   */
  void run(Step settings) throws IOException {
    Objects.requireNonNull(settings, "settings");
    if (started.compareAndSet(false, true)) {
      Thread worker = new Thread(() -> giveBack(settings), "tidings-give-back");
      worker.setDaemon(true);
      worker.start();
    }
    boolean finished;
    try {
      finished = done.await(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = false;
    }
    if (!finished) {
      throw new IOException(
          "the terminal was not given back within " + limit.toMillis() + " ms");
    }
    IOException failed = failure;
    if (failed != null) {
      throw new IOException("the terminal was not fully given back: " + failed.getMessage(), failed);
    }
  }

  private void giveBack(Step settings) {
    try {
      // Taking the lock waits for a write in progress, so the sequence never lands in the middle
      // of one; from here on the screen's writes are dropped.
      synchronized (lock) {
        closed = true;
        device.write(SEQUENCE);
        device.flush();
      }
    } catch (IOException e) {
      failure = e;
    }
    try {
      settings.run();
    } catch (IOException | RuntimeException e) {
      IOException failed = e instanceof IOException io ? io : new IOException(e);
      if (failure == null) {
        failure = failed;
      } else {
        failure.addSuppressed(failed);
      }
    } finally {
      done.countDown();
    }
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
