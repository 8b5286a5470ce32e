package dev.tidings.repository.state;

import dev.tidings.model.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The file of earlier queries, {@value #FILE_NAME} in the state directory ({@link
 * StateDirectory}): plain UTF-8 text, one query per line, oldest first. Several tidings may run at
 * once, so a query is added by appending its line in one write to a file opened for appending
 * (O_APPEND), never by rewriting the file: each run's lines are kept. Rewriting happens only to
 * compact a file of more than {@value #COMPACT_OVER} lines when it is opened: to its last {@value
 * #KEEP} distinct queries, through a temporary file moved over it atomically (and not when it grew
 * meanwhile).
 *
 * <p>A file that cannot be read or is not valid UTF-8 is never deleted: it is renamed to {@code
 * queries.damaged-<UTC time>} (such as {@code queries.damaged-20211220T120000Z}), a warning says
 * so and the history starts empty. When the directory cannot be created or written, a warning
 * says so once and the queries of this run are not kept. Warnings go to the consumer given to
 * {@link #open}, never to stdout. Not thread-safe: one thread (the UI thread) appends.
 */
public final class QueryHistoryFile {

  /** The file's name in the state directory. */
  public static final String FILE_NAME = "queries";

  /** How many distinct queries a compaction keeps, the newest. */
  public static final int KEEP = 1_000;

  /** A file of more lines than this is compacted when it is opened. */
  public static final int COMPACT_OVER = 2_000;

  /** A larger file is taken for damaged: the history's lines are at most a few KB each. */
  private static final long MAX_BYTES = 64L << 20;

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Path file;
  private final Consumer<String> warnings;
  private final List<String> queries;
  private boolean writable;
  /** The file does not end with a line break: the next line appended starts with one. */
  private boolean unterminated;

  private QueryHistoryFile(Path file, Consumer<String> warnings, List<String> queries) {
    this.file = file;
    this.warnings = warnings;
    this.queries = List.copyOf(queries);
  }

  /**
   * Reads the history in {@code directory}, creating the directory when needed, compacting the
   * file when it is long and setting it aside when it is damaged, as the class comment states.
   * Never throws for a file system failure: it becomes a warning.
   *
   * @param directory the state directory, such as {@link StateDirectory#of}; made absolute; never
   *     null
   * @param clock the time of the name a damaged file is renamed to; never null
   * @param warnings takes each warning, in plain words naming the file; never null
   * @return the history read; never null
   */
  public static QueryHistoryFile open(Path directory, Clock clock, Consumer<String> warnings) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(warnings, "warnings");
    Path dir = directory.toAbsolutePath().normalize();
    Path file = dir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dir);
    } catch (IOException | SecurityException e) {
      warnings.accept(
          "query history "
              + file
              + " cannot be used: its directory cannot be created ("
              + Problem.describe(e)
              + "); keeping queries for this run only");
      return new QueryHistoryFile(file, warnings, List.of());
    }
    boolean writable =
        Files.isWritable(dir) && (!Files.exists(file) || Files.isWritable(file));
    if (!writable) {
      warnings.accept(
          "query history " + file + " is not writable; keeping new queries for this run only");
    }
    List<String> lines;
    boolean unterminated = false;
    try {
      if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
        return setAside(file, clock, warnings, "is too large", writable);
      }
      byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
      lines = lines(decode(bytes));
      unterminated = bytes.length > 0 && bytes[bytes.length - 1] != '\n';
      if (lines.size() > COMPACT_OVER && writable) {
        lines = compact(file, lines, bytes.length, warnings);
        unterminated = false;
      }
    } catch (CharacterCodingException e) {
      return setAside(file, clock, warnings, "is not valid UTF-8", writable);
    } catch (IOException | SecurityException e) {
      return setAside(
          file, clock, warnings, "cannot be read (" + Problem.describe(e) + ")", writable);
    }
    QueryHistoryFile history = new QueryHistoryFile(file, warnings, lines);
    history.writable = writable;
    history.unterminated = unterminated;
    return history;
  }

  /** @return the file, {@value #FILE_NAME} in the state directory; never null */
  public Path file() {
    return file;
  }

  /**
   * @return the queries read, oldest first, without blank lines (and after a compaction, without
   *     repeats); immutable, never null
   */
  public List<String> queries() {
    return queries;
  }

  /** @return whether {@link #append} still writes to the file */
  public boolean isWritable() {
    return writable;
  }

  /**
   * Adds a query to the end of the file in one appending write. When that fails, a warning says
   * so once and nothing is written from then on; nothing is written either when the file could
   * not be used at {@link #open}.
   *
   * @param query the query; never null
   * @throws IllegalArgumentException if it holds a line break ({@code \n} or {@code \r})
   */
  public void append(String query) {
    if (query.indexOf('\n') >= 0 || query.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a query is one line: " + query);
    }
    if (!writable) {
      return;
    }
    String text = (unterminated ? "\n" : "") + query + "\n";
    ByteBuffer line = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    try (FileChannel channel =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.APPEND)) {
      while (line.hasRemaining()) {
        channel.write(line);
      }
      unterminated = false;
    } catch (IOException | SecurityException e) {
      writable = false;
      warnings.accept(
          "query history "
              + file
              + " cannot be written ("
              + Problem.describe(e)
              + "); keeping new queries for this run only");
    }
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** @return the non-blank lines, without a byte order mark or the CR of a CRLF */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (String line : body.split("\n", -1)) {
      String query = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (!query.isBlank()) {
        lines.add(query);
      }
    }
    return lines;
  }

  /**
   * @return the last {@link #KEEP} distinct lines, oldest first (a repeated query in the place of
   *     its last use); written over the file unless it changed size since it was read
   */
  private static List<String> compact(
      Path file, List<String> lines, long readBytes, Consumer<String> w) {
    Set<String> newestFirst = new LinkedHashSet<>();
    for (int i = lines.size() - 1; i >= 0 && newestFirst.size() < KEEP; i--) {
      newestFirst.add(lines.get(i));
    }
    List<String> kept = new ArrayList<>(newestFirst);
    Collections.reverse(kept);
    Path temp = null;
    try {
      temp = Files.createTempFile(file.getParent(), FILE_NAME + ".", ".tmp");
      StringBuilder text = new StringBuilder();
      for (String query : kept) {
        text.append(query).append('\n');
      }
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      // Another tidings may have appended since the file was read: its line would be lost.
      if (Files.size(file) == readBytes) {
        Files.move(
            temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        temp = null;
      }
    } catch (IOException | SecurityException e) {
      w.accept("query history " + file + " could not be compacted (" + Problem.describe(e) + ")");
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException | SecurityException e) {
          // Our own temporary file: at worst it stays beside the history.
        }
      }
    }
    return kept;
  }

  /** Renames a damaged file out of the way, never deleting it; the history starts empty. */
  private static QueryHistoryFile setAside(
      Path file, Clock clock, Consumer<String> warnings, String reason, boolean writable) {
    String base = FILE_NAME + ".damaged-" + STAMP.format(clock.instant());
    String failure = "";
    for (int attempt = 1; attempt <= 10; attempt++) {
      Path target = file.resolveSibling(attempt == 1 ? base : base + "-" + attempt);
      try {
        Files.move(file, target);
        warnings.accept(
            "query history "
                + file
                + " "
                + reason
                + ": set aside as "
                + target.getFileName()
                + "; starting with no earlier queries");
        QueryHistoryFile history = new QueryHistoryFile(file, warnings, List.of());
        history.writable = writable;
        return history;
      } catch (FileAlreadyExistsException e) {
        failure = "a file is in the way";
      } catch (IOException | SecurityException e) {
        failure = Problem.describe(e);
        break;
      }
    }
    warnings.accept(
        "query history "
            + file
            + " "
            + reason
            + " and could not be set aside ("
            + failure
            + "); keeping queries for this run only");
    return new QueryHistoryFile(file, warnings, List.of());
  }
}
