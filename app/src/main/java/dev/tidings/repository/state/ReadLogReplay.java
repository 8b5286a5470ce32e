package dev.tidings.repository.state;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Reading a read-state log ({@link ReadLog}): one line per change, {@code +URL} read and {@code
 * -URL} unread, by normalised URL, UTF-8. Lines that are not such a change are damage, counted
 * and skipped; a last line without its {@code \n} is a write torn by a crash, ignored.
 */
final class ReadLogReplay {

  /** Lines longer than this (in bytes) are damage: no normalised URL is that long. */
  static final int MAX_LINE_BYTES = 64 * 1024;

  private ReadLogReplay() {}

  /**
   * What replaying a log gave.
   *
   * @param read the normalised URLs read; mutable, owned by the caller
   * @param lines the complete lines replayed, damaged ones included
   * @param damaged the lines that were damaged and skipped
   * @param tornTail whether the file ends in a line without {@code \n} (ignored)
   * @param goodBytes the length of the file up to its last {@code \n}
   */
  record Replay(Set<String> read, long lines, long damaged, boolean tornTail,
      long goodBytes) {}

  /**
   * Replays a log file: {@code +URL} adds the URL to the read set, {@code -URL} removes it. A
   * missing file replays as empty; damaged lines are counted and skipped; a last line without
   * {@code \n} (a write torn by a crash) is ignored.
   *
   * @param file the log; never null
   * @return what the log holds; never null
   * @throws IOException if the file exists but cannot be read
   */
  static Replay replay(Path file) throws IOException {
    Set<String> read = new HashSet<>();
    long lines = 0;
    long damaged = 0;
    long good = 0;
    long offset = 0;
    byte[] line = new byte[512];
    int length = 0;
    boolean tooLong = false;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            lines++;
            if (tooLong || !apply(line, length, read)) {
              damaged++;
            }
            length = 0;
            tooLong = false;
            good = offset + i + 1;
          } else if (length == MAX_LINE_BYTES) {
            tooLong = true;
          } else {
            if (length == line.length) {
              line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, length * 2));
            }
            line[length++] = b;
          }
        }
        offset += n;
      }
    } catch (NoSuchFileException e) {
      return new Replay(read, 0, 0, false, 0);
    }
    return new Replay(read, lines, damaged, offset > good, good);
  }

  /** Applies one line; false when it is damaged. */
  private static boolean apply(byte[] line, int length, Set<String> read) {
    if (length < 2 || line[0] != '+' && line[0] != '-') {
      return false;
    }
    String url = Utf8.decode(line, 1, length);
    if (url == null || !isUrl(url)) {
      return false;
    }
    if (line[0] == '+') {
      read.add(url);
    } else {
      read.remove(url);
    }
    return true;
  }

  /** @return whether the text has no white space or control character: a normalised URL */
  static boolean isUrl(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7F || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }

}
