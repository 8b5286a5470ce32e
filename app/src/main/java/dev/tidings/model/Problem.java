package dev.tidings.model;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong with one file or directory, kept as a value so the user can be shown it. A file
 * with a problem whose kind {@linkplain Kind#skips() skips} it is not in the timeline and is
 * counted as skipped; the other kinds say what was repaired in a file that is shown (it is counted
 * as repaired). Every file found is either in the timeline or skipped.
 *
 * @param path the file or directory; never null
 * @param line the 1-based line of the file the problem is on, or 0 when not known
 * @param kind what sort of problem it is; never null
 * @param message what is wrong, in plain words; never null
 */
public record Problem(Path path, int line, Kind kind, String message) {

  /**
   * What sort of problem a file or directory has. The persistent index stores the ordinals of the
   * kinds that do not skip: a new kind goes at the end, or {@code IndexFile.FORMAT_VERSION} is
   * bumped.
   */
  public enum Kind {
    /** It could not be read or listed: permissions, a symbolic link loop, gone, not a file. */
    UNREADABLE("unreadable", true),
    /** Its first line is not {@code ---}. */
    NO_FRONT_MATTER("no-front-matter", true),
    /** Its front matter block is never closed. */
    UNCLOSED_FRONT_MATTER("unclosed-front-matter", true),
    /** Its front matter is not valid YAML, or breaks the loader's limits. */
    INVALID_YAML("invalid-yaml", true),
    /** Its front matter is YAML but not a mapping of fields. */
    NOT_A_MAPPING("not-a-mapping", true),
    /** Shown: bytes of its front matter are not UTF-8 and were read as windows-1252. */
    WINDOWS_1252("windows-1252", false),
    /** Shown: its front matter held UTF-8 once read as windows-1252 (mojibake), now repaired. */
    MOJIBAKE("mojibake", false),
    /** Shown: its front matter names a field twice; the last value is used. */
    DUPLICATE_KEY("duplicate-key", false),
    /** Shown: it has no title; its file name stands in. */
    UNTITLED("untitled", false),
    /** Shown: it has no valid publication date; a date in its name or its file time stands in. */
    UNDATED("undated", false),
    /** Shown: it is larger than the most tidings reads of a file; only its start was read. */
    TRUNCATED("truncated", false),
    /** Shown: its path is not valid UTF-8; the message shows the bytes that are not as \xHH. */
    FILE_NAME("file-name", false);

    private final String label;
    private final boolean skips;

    Kind(String label, boolean skips) {
      this.label = label;
      this.skips = skips;
    }

    /** @return the kind as written in reports, such as {@code invalid-yaml}; never null */
    public String label() {
      return label;
    }

    /**
     * @return true when the file is left out of the timeline (skipped), false when it is shown
     *     with the problem repaired
     */
    public boolean skips() {
      return skips;
    }
  }

  /** @throws NullPointerException if {@code path}, {@code kind} or {@code message} is null */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative: " + line);
    }
  }

  /**
   * Says in a few plain words why a file could not be read or used, for the user: {@code no such
   * file or directory}, {@code permission denied}, {@code symbolic link loop}, the message of an
   * {@code ArticleFormatException} or any other exception, else the exception's class name.
   *
   * @param failure what went wrong; never null
   * @return the reason; never null
   */
  public static String describe(Throwable failure) {
    if (failure instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }

  /**
   * The problem on one line, in the form compilers use: {@code PATH:LINE: KIND: MESSAGE}, such as
   * {@code news/a.md:3: invalid-yaml: invalid YAML: ...}. The one place the form is written; each
   * caller makes the line safe for where it goes (the screen sanitizes it, {@code tidings check}
   * escapes control characters).
   *
   * @param shownPath the path as it is to be shown (such as relative to the working directory);
   *     never null
   * @param unknownLine whether a line that is not known is written as {@code :0} (as {@code
   *     tidings check} does, so that every line has four fields) rather than left out
   * @return the line, unsanitized; never null
   */
  public String format(String shownPath, boolean unknownLine) {
    String at = line > 0 || unknownLine ? shownPath + ":" + line : shownPath;
    return at + ": " + kind.label() + ": " + message;
  }

  /** @return {@link #format format(path, false)}: {@code path[:line]: kind: message} */
  @Override
  public String toString() {
    return format(path.toString(), false);
  }
}
