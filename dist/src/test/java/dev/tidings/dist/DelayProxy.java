package dev.tidings.dist;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 that delays every chunk of bytes, each way, by a fixed time: a slow
 * link between an SSH client and its server, with the bytes in order and nothing lost. For each
 * connection and direction, one thread reads chunks as they come and one single-threaded scheduler
 * writes each chunk the delay after it was read (the delay is latency, not a limit on throughput:
 * chunks read 5 ms apart are written 5 ms apart). {@code TCP_NODELAY} is set on both sides so that
 * the proxy adds no batching of its own.
 *
 * <p>{@link #close()} closes the listening socket and every connection and stops every thread it
 * started.
 */
final class DelayProxy {

  private final ServerSocket server;
  private final int targetPort;
  private final long delayNanos;
  private final List<AutoCloseable> open = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicLong chunks = new AtomicLong();
  private boolean closed;

  private DelayProxy(ServerSocket server, int targetPort, Duration delay) {
    this.server = server;
    this.targetPort = targetPort;
    this.delayNanos = delay.toNanos();
  }

  /**
   * Listens on a free port of 127.0.0.1 and forwards each connection to {@code targetPort} on
   * 127.0.0.1.
   *
   * @param targetPort the port forwarded to, such as sshd's
   * @param delay how long each chunk is held, each way; not negative
   * @return the running proxy; the caller must {@link #close()} it
   * @throws IOException when no port can be bound
   */
  static DelayProxy start(int targetPort, Duration delay) throws IOException {
    ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
    DelayProxy proxy = new DelayProxy(server, targetPort, delay);
    proxy.spawn("tidings-delay-proxy-accept", proxy::accept);
    return proxy;
  }

  /** @return the port the client is to connect to, on 127.0.0.1 */
  int port() {
    return server.getLocalPort();
  }

  /** @return how many chunks were forwarded so far, both ways, over every connection */
  long chunks() {
    return chunks.get();
  }

  private void accept() {
    try {
      while (true) {
        Socket client = server.accept();
        Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        client.setTcpNoDelay(true);
        target.setTcpNoDelay(true);
        synchronized (this) {
          open.add(client);
          open.add(target);
        }
        pump("up", client, target);
        pump("down", target, client);
      }
    } catch (IOException closedOrFailed) {
      // The listening socket was closed by close(), or the target refused: nothing more to accept.
    }
  }

  /** Starts the reading thread and the writing scheduler of one direction. */
  private void pump(String direction, Socket from, Socket to) throws IOException {
    InputStream in = from.getInputStream();
    OutputStream out = to.getOutputStream();
    ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "tidings-delay-proxy-write-" + direction);
      thread.setDaemon(true);
      return thread;
    });
    synchronized (this) {
      open.add(() -> {
        writer.shutdownNow();
        writer.awaitTermination(5, TimeUnit.SECONDS);
      });
    }
    spawn("tidings-delay-proxy-read-" + direction, () -> read(in, out, to, writer));
  }

  private void read(InputStream in, OutputStream out, Socket to, ScheduledExecutorService writer) {
    byte[] buffer = new byte[16384];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        byte[] chunk = Arrays.copyOf(buffer, n);
        chunks.incrementAndGet();
        writer.schedule(() -> write(out, chunk, to), delayNanos, TimeUnit.NANOSECONDS);
      }
      // End of stream: pass it on once the chunks before it are written.
      writer.schedule(() -> shutdownOutput(to), delayNanos, TimeUnit.NANOSECONDS);
    } catch (IOException | java.util.concurrent.RejectedExecutionException closed) {
      // The connection or the proxy was closed.
    }
  }

  private static void write(OutputStream out, byte[] chunk, Socket to) {
    try {
      out.write(chunk);
      out.flush();
    } catch (IOException e) {
      try {
        to.close();
      } catch (IOException ignored) {
        // Closing after a failed write: nothing more to do.
      }
    }
  }

  private static void shutdownOutput(Socket to) {
    try {
      to.shutdownOutput();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  private synchronized void spawn(String name, Runnable task) {
    if (closed) {
      return;
    }
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  /**
   * Closes the listening socket, every connection and every scheduler, then waits up to 5 s for
   * each thread to end.
   */
  void close() throws Exception {
    List<AutoCloseable> toClose;
    List<Thread> toJoin;
    synchronized (this) {
      closed = true;
      toClose = new ArrayList<>(open);
      toJoin = new ArrayList<>(threads);
    }
    server.close();
    for (AutoCloseable closeable : toClose) {
      closeable.close();
    }
    for (Thread thread : toJoin) {
      thread.join(5000);
    }
  }
}
