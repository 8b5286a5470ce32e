package dev.tidings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The number of colours a terminal type has, read from its compiled terminfo entry (the {@code
 * colors} capability, as {@code tput colors} prints it), without running a program. Entries are
 * looked up as ncurses does ({@code terminfo(5)}, "Fetching Compiled Descriptions"): in {@code
 * $TERMINFO}, {@code ~/.terminfo}, each directory of {@code $TERMINFO_DIRS} (an empty one standing
 * for the system's), then {@code /etc/terminfo}, {@code /lib/terminfo}, {@code
 * /usr/share/terminfo} and {@code /usr/lib/terminfo}; under each, in {@code x/xterm-256color} or
 * {@code 78/xterm-256color} (the hexadecimal form macOS uses). Both compiled formats are read: the
 * legacy one with 16-bit numbers (magic 0432 octal) and ncurses 6.1's with 32-bit numbers (magic
 * 01036 octal), described in {@code term(5)}.
 */
final class Terminfo {

  /** The system's directories, searched after the user's. */
  static final List<String> SYSTEM_DIRECTORIES =
      List.of("/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo");

  /** The index of {@code colors} among the numeric capabilities ({@code term.h}). */
  private static final int COLORS = 13;

  private static final int LEGACY_MAGIC = 0432;
  private static final int EXTENDED_NUMBERS_MAGIC = 01036;

  /** More than any entry: {@code term(5)} limits a legacy entry to 4096 bytes, a new one to 32768. */
  private static final int MAX_BYTES = 32768;

  private Terminfo() {}

  /**
   * @param term the terminal type, {@code $TERM}; null or empty gives empty
   * @param env the environment, for {@code TERMINFO}, {@code TERMINFO_DIRS} and {@code HOME};
   *     never null
   * @param systemDirectories where the system keeps compiled entries, such as {@link
   *     #SYSTEM_DIRECTORIES}; never null
   * @return the entry's {@code colors}: a positive number, 0 when the entry has none (a monochrome
   *     terminal), or empty when no readable entry was found
   */
  static OptionalInt colors(String term, Map<String, String> env, List<String> systemDirectories) {
    if (term == null || term.isEmpty() || term.contains("/") || term.startsWith(".")) {
      return OptionalInt.empty();
    }
    for (String directory : directories(env, systemDirectories)) {
      for (String subdirectory : List.of(term.substring(0, 1), hex(term.charAt(0)))) {
        try {
          Path file = Path.of(directory, subdirectory, term);
          if (Files.isRegularFile(file)) {
            OptionalInt colors = colors(read(file));
            if (colors.isPresent()) {
              return colors;
            }
          }
        } catch (IOException | InvalidPathException unusable) {
          // As ncurses does: an entry that cannot be read is not there; look further.
        }
      }
    }
    return OptionalInt.empty();
  }

  /**
   * @param entry the bytes of a compiled terminfo entry
   * @return its {@code colors}: positive, 0 when absent or cancelled, or empty when the bytes are
   *     not a compiled entry
   */
  static OptionalInt colors(byte[] entry) {
    if (entry.length < 12) {
      return OptionalInt.empty();
    }
    int magic = shortAt(entry, 0);
    int numberBytes;
    if (magic == LEGACY_MAGIC) {
      numberBytes = 2;
    } else if (magic == EXTENDED_NUMBERS_MAGIC) {
      numberBytes = 4;
    } else {
      return OptionalInt.empty();
    }
    int namesBytes = shortAt(entry, 2);
    int booleans = shortAt(entry, 4);
    int numbers = shortAt(entry, 6);
    if (namesBytes < 0 || booleans < 0 || numbers < 0) {
      return OptionalInt.empty();
    }
    int offset = 12 + namesBytes + booleans;
    // The numbers start on an even byte.
    offset += offset % 2;
    if (numbers <= COLORS) {
      return OptionalInt.of(0);
    }
    int at = offset + COLORS * numberBytes;
    if (at + numberBytes > entry.length) {
      return OptionalInt.empty();
    }
    int value = numberBytes == 2 ? (short) shortAt(entry, at) : intAt(entry, at);
    return OptionalInt.of(Math.max(0, value));
  }

  private static List<String> directories(Map<String, String> env, List<String> system) {
    List<String> directories = new ArrayList<>();
    String terminfo = env.get("TERMINFO");
    if (terminfo != null && !terminfo.isEmpty()) {
      directories.add(terminfo);
    }
    String home = env.get("HOME");
    if (home != null && !home.isEmpty()) {
      directories.add(home + "/.terminfo");
    }
    String dirs = env.get("TERMINFO_DIRS");
    if (dirs != null && !dirs.isEmpty()) {
      for (String directory : dirs.split(":", -1)) {
        if (directory.isEmpty()) {
          directories.addAll(system);
        } else {
          directories.add(directory);
        }
      }
    }
    directories.addAll(system);
    return directories;
  }

  private static byte[] read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(MAX_BYTES);
    }
  }

  private static String hex(char c) {
    return String.format("%02x", (int) c);
  }

  /** A little-endian unsigned 16-bit number; the header's -1 (absent) reads as 65535. */
  private static int shortAt(byte[] bytes, int at) {
    int value = (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    return value == 0xFFFF ? -1 : value;
  }

  private static int intAt(byte[] bytes, int at) {
    return (bytes[at] & 0xFF)
        | (bytes[at + 1] & 0xFF) << 8
        | (bytes[at + 2] & 0xFF) << 16
        | (bytes[at + 3] & 0xFF) << 24;
  }
}
