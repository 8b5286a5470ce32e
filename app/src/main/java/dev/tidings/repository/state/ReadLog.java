package dev.tidings.repository.state;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The read log {@code read.log} of a state directory: one line per change, {@code +URL} when the
 * article of the normalised URL became read, {@code -URL} when it became unread, in UTF-8, each
 * line ended by {@code \n}. Replaying the lines in order gives the set of read URLs.
 *
 * <p>Safe against crashes and concurrent instances: a change is appended with one {@code write}
 * on a channel opened with {@code APPEND} (the kernel puts each such write at the end, whole) and
 * forced to the disk before {@link #append} returns, so a {@code kill -9} loses at most a line
 * being written, whose torn end (no {@code \n}) is ignored. Every open log holds a shared lock on
 * {@code read.lock} (fcntl, across processes) for its life; the log is rewritten (compacted:
 * only {@code +URL} lines of the read set, to a temporary file, forced, moved over the log
 * atomically) only by an open that first gets the lock exclusively, so never under another
 * instance's open channel. Within one JVM, a second open log on the same directory takes no lock
 * of its own (Java refuses overlapping locks in one process) and relies on the first's.
 *
 * <p>A damaged line (not UTF-8, not {@code +} or {@code -} followed by a URL without white space or
 * control characters) is skipped and reported; when the log is opened alone, the damaged file is
 * set aside as {@code read.log.damaged-<UTC timestamp>} (never deleted) and a log of the good
 * lines takes its place. Thread-safe.
 */
public final class ReadLog implements Closeable {

  /** The log's file name in the state directory. */
  public static final String LOG = "read.log";

  /** The lock file's name in the state directory. */
  public static final String LOCK = "read.lock";


  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Path file;
  private final FileChannel lockChannel;
  private final FileLock shared;
  private final FileChannel channel;
  private final Set<String> read;
  /** The file ended in a torn line when opened: the first append starts a new line. */
  private boolean tornTail;

  private ReadLog(
      Path file, FileChannel lockChannel, FileLock shared, FileChannel channel, Set<String> read,
      boolean tornTail) {
    this.file = file;
    this.lockChannel = lockChannel;
    this.shared = shared;
    this.channel = channel;
    this.read = read;
    this.tornTail = tornTail;
  }

  /**
   * Opens the log of a state directory, creating the directory and files when needed: compacts it
   * (and sets aside a damaged one) when no other instance holds the lock, takes the shared lock
   * for the log's life, opens the log for appending and replays it. Takes about a second for a
   * million lines: call it off the UI thread.
   *
   * @param directory the state directory; never null
   * @param warnings receives what the user should know (damage, the file set aside); never null
   * @param clock for the timestamp of a damaged file's new name; never null
   * @return the open log; never null
   * @throws IOException if the directory or the log cannot be created, locked or read
   */
  public static ReadLog open(Path directory, Consumer<String> warnings, Clock clock)
      throws IOException {
    Objects.requireNonNull(warnings, "warnings");
    Objects.requireNonNull(clock, "clock");
    Path dir = directory.toAbsolutePath().normalize();
    Files.createDirectories(dir);
    Path file = dir.resolve(LOG);
    FileChannel lockChannel =
        FileChannel.open(
            dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    try {
      ReadLogReplay.Replay replay;
      FileLock exclusive = tryLock(lockChannel, false);
      if (exclusive != null) {
        try {
          replay = ReadLogReplay.replay(file);
          tidy(file, replay, warnings, clock);
        } finally {
          exclusive.release();
        }
      } else {
        replay = ReadLogReplay.replay(file);
        if (replay.damaged() > 0) {
          warnings.accept(
              "read state " + file + ": " + replay.damaged() + " damaged line(s) ignored; "
                  + "set aside when no other tidings runs");
        }
      }
      FileLock shared = lock(lockChannel);
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
              StandardOpenOption.APPEND);
      boolean torn = exclusive == null ? replay.tornTail() : endsTorn(file);
      return new ReadLog(file, lockChannel, shared, channel, replay.read(), torn);
    } catch (IOException | RuntimeException e) {
      lockChannel.close();
      throw e;
    }
  }

  /** Sets a damaged log aside and compacts, or just drops a torn tail, while locked alone. */
  private static void tidy(Path file, ReadLogReplay.Replay replay, Consumer<String> warnings, Clock clock)
      throws IOException {
    if (replay.damaged() > 0) {
      Path aside = file.resolveSibling(LOG + ".damaged-" + STAMP.format(clock.instant()));
      Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
      warnings.accept(
          "read state " + file + ": " + replay.damaged() + " damaged line(s); the file is set "
              + "aside as " + aside.getFileName() + " and its good lines kept");
      rewrite(file, replay.read());
    } else if (replay.lines() > replay.read().size()) {
      rewrite(file, replay.read());
    } else if (replay.tornTail()) {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
        channel.truncate(replay.goodBytes());
        channel.force(true);
      }
    }
  }

  /** Whether the file ends in a line without its newline. */
  private static boolean endsTorn(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size == 0) {
        return false;
      }
      ByteBuffer last = ByteBuffer.allocate(1);
      channel.read(last, size - 1);
      return last.get(0) != '\n';
    }
  }

  /** @return the lock, or null when another process (or channel of this JVM) holds one */
  private static FileLock tryLock(FileChannel channel, boolean shared) throws IOException {
    try {
      return channel.tryLock(0, Long.MAX_VALUE, shared);
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /** Waits for the shared lock (only a compaction holds it exclusively, briefly). */
  private static FileLock lock(FileChannel channel) throws IOException {
    try {
      return channel.lock(0, Long.MAX_VALUE, true);
    } catch (OverlappingFileLockException e) {
      // Another log of this JVM holds the lock: it keeps other processes from compacting.
      return null;
    }
  }

  /**
   * Rewrites the log as the {@code +URL} lines of {@code read}: to a temporary file beside it,
   * forced, then moved over the log atomically. Call only while holding the lock exclusively.
   */
  static void rewrite(Path file, Set<String> read) throws IOException {
    Path temp = file.resolveSibling(LOG + ".tmp-" + ProcessHandle.current().pid());
    try (FileChannel out =
        FileChannel.open(
            temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
      for (String url : read) {
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        if (bytes.length + 2 > buffer.remaining()) {
          writeAll(out, buffer.flip());
          buffer = ByteBuffer.allocate(Math.max(1 << 16, bytes.length + 2));
        }
        buffer.put((byte) '+').put(bytes).put((byte) '\n');
      }
      writeAll(out, buffer.flip());
      out.force(true);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // Some file systems cannot force a directory; the move itself is atomic either way.
    }
  }

  private static void writeAll(FileChannel out, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
  }

  /**
   * @return the read set replayed when the log was opened; the caller's to keep (the log does not
   *     change it)
   */
  public Set<String> read() {
    return read;
  }

  /** @return the log file's absolute path */
  public Path file() {
    return file;
  }

  /**
   * Appends one change per URL with a single write, and forces it to the disk.
   *
   * @param isRead true to record the URLs as read ({@code +}), false as unread ({@code -})
   * @param urls normalised URLs, each without white space or control characters; never null
   * @throws IOException if the write or the force fails
   * @throws IllegalArgumentException if a URL is empty or has white space or a control character
   */
  public synchronized void append(boolean isRead, Collection<String> urls) throws IOException {
    if (urls.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder(tornTail ? "\n" : "");
    for (String url : urls) {
      if (url.isEmpty() || !ReadLogReplay.isUrl(url)) {
        throw new IllegalArgumentException("not a normalised URL: " + url);
      }
      text.append(isRead ? '+' : '-').append(url).append('\n');
    }
    writeAll(channel, ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
    tornTail = false;
    channel.force(false);
  }

  /** Closes the log and releases its lock. */
  @Override
  public synchronized void close() throws IOException {
    try {
      channel.close();
    } finally {
      if (shared != null && shared.isValid()) {
        shared.release();
      }
      lockChannel.close();
    }
  }
}
