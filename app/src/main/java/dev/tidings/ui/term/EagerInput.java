package dev.tidings.ui.term;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;

/**
 * The terminal's input, read on a thread of its own as soon as it arrives and kept until Lanterna
 * reads it, so that Ctrl-C is seen when it is typed: Lanterna decodes keys one at a time, and
 * after a paste of 100 KB the Ctrl-C typed next waits behind 100,000 keys. In raw mode with UTF-8
 * input the byte 0x03 is only ever Ctrl-C (no UTF-8 sequence and no escape sequence of the
 * terminal's holds it), so each chunk read is searched for it, and {@link #whenCtrlC} is told
 * before the chunk is handed on. At most {@link #LIMIT} bytes are kept; beyond that the device is
 * read as fast as Lanterna reads this stream.
 *
 * <p>The device is read through a channel, so that {@link #close()} ends a read that is blocked
 * (the JDK signals the thread out of it and keeps the descriptor's number until it has left): a
 * thread blocked in a native read makes the JVM wait 300 ms before it exits.
 */
final class EagerInput extends InputStream {

  /** The byte a terminal in raw mode sends for Ctrl-C (ETX). */
  static final byte CTRL_C = 0x03;

  /** How long {@link #pause()} waits for the reading thread to leave its read, in ms. */
  private static final long JOIN_MILLIS = 1_000;

  /** The most bytes read ahead of Lanterna. */
  static final int LIMIT = 4 << 20;

  /** Replaced by {@link #resume}; read by the thread that reads ahead. */
  private volatile ReadableByteChannel device;
  /** Set while {@link #pause()} closes the device: the reader's failure then is no end. */
  private volatile boolean pausing;
  private Thread reader;
  private final Object lock = new Object();
  private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
  /** Bytes of the first chunk already read; guarded by {@link #lock}, as the fields below. */
  private int offset;
  private int buffered;
  private boolean ended;
  private IOException failure;
  private volatile Runnable onCtrlC = () -> {};

  private EagerInput(ReadableByteChannel device) {
    this.device = device;
  }

  /**
   * @param device the terminal's input, blocking; read only by the thread started here from now on
   * @return the input, read ahead by a daemon thread
   */
  static EagerInput start(ReadableByteChannel device) {
    EagerInput input = new EagerInput(Objects.requireNonNull(device, "device"));
    input.startReader();
    return input;
  }

  private void startReader() {
    reader = new Thread(this::readAhead, "tidings-tty-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Stops reading the device, so that a program given the terminal gets every key typed: closes
   * it (which ends a blocked read) and waits for the reading thread to leave. What was read before
   * stays to be read from this stream. Call on one thread with {@link #resume}.
   *
   * @throws IOException if the device cannot be closed
   */
  void pause() throws IOException {
    pausing = true;
    device.close();
    try {
      reader.join(JOIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Reads the device again after {@link #pause()}, on a new thread.
   *
   * @param next the terminal's input opened again, blocking; never null
   */
  void resume(ReadableByteChannel next) {
    device = Objects.requireNonNull(next, "next");
    pausing = false;
    startReader();
  }

  /**
   * Sets what to run when Ctrl-C arrives, on the thread that reads ahead, before Lanterna sees the
   * key; it must be quick and thread-safe.
   *
   * @param action what to run; never null
   */
  void whenCtrlC(Runnable action) {
    onCtrlC = Objects.requireNonNull(action, "action");
  }

  private void readAhead() {
    ByteBuffer wrapped = ByteBuffer.allocate(1 << 16);
    byte[] buffer = wrapped.array();
    try {
      while (true) {
        wrapped.clear();
        int read = device.read(wrapped);
        if (read < 0) {
          end(null);
          return;
        }
        boolean ctrlC = false;
        for (int i = 0; i < read && !ctrlC; i++) {
          ctrlC = buffer[i] == CTRL_C;
        }
        if (ctrlC) {
          onCtrlC.run();
        }
        synchronized (lock) {
          while (buffered >= LIMIT) {
            lock.wait();
          }
          chunks.add(Arrays.copyOf(buffer, read));
          buffered += read;
          lock.notifyAll();
        }
      }
    } catch (IOException e) {
      if (!pausing) {
        end(e);
      }
    } catch (InterruptedException e) {
      end(new InterruptedIOException("reading the terminal was interrupted"));
    }
  }

  private void end(IOException error) {
    synchronized (lock) {
      ended = true;
      failure = error;
      lock.notifyAll();
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int read = read(one, 0, 1);
    return read < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] bytes, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, bytes.length);
    if (len == 0) {
      return 0;
    }
    synchronized (lock) {
      try {
        while (buffered == 0 && !ended) {
          lock.wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the terminal");
      }
      if (buffered == 0) {
        if (failure != null) {
          throw failure;
        }
        return -1;
      }
      int copied = 0;
      while (copied < len && !chunks.isEmpty()) {
        byte[] first = chunks.peek();
        int n = Math.min(len - copied, first.length - offset);
        System.arraycopy(first, offset, bytes, off + copied, n);
        copied += n;
        offset += n;
        if (offset == first.length) {
          chunks.poll();
          offset = 0;
        }
      }
      buffered -= copied;
      lock.notifyAll();
      return copied;
    }
  }

  /** @return the bytes read from the device and not yet from this stream */
  @Override
  public int available() {
    synchronized (lock) {
      return buffered;
    }
  }

  /**
   * Closes the device: the thread that reads ahead leaves a read that is blocked and ends, and so
   * does a read of this stream that waits (with the JDK's {@code AsynchronousCloseException}).
   */
  @Override
  public void close() throws IOException {
    boolean paused = pausing;
    pausing = false;
    device.close();
    if (paused) {
      // No thread reads ahead to tell a waiting read that the input has ended.
      end(new AsynchronousCloseException());
    }
  }
}
