package dev.tidings.repository.read;

import dev.tidings.model.Problem;

/**
 * Finds the front matter block at the start of an article file: the lines between a first line of
 * {@code ---} and the next line of {@code ---} (or {@code ...}, YAML's document end marker), as
 * Jekyll and Hugo define it. Trailing spaces and CR line ends are allowed on the marker lines; a
 * byte-order mark before the first marker is skipped. The Markdown body after the block is never
 * looked at. The rule is here twice, for the decoded text ({@link #extract}) and for the bytes as
 * read ({@link #yamlStart}, {@link #yamlEnd}, which the {@link FrontMatterScanner} uses), side by
 * side so that they stay one rule.
 */
public final class FrontMatter {

  private static final String MARKER = "---";

  /** What a line of bytes is, as a marker line. */
  private enum Marker {
    NOT,
    IS,
    /** Not ASCII after the marker: maybe Unicode white space, which only the text form knows. */
    UNSURE
  }

  private FrontMatter() {}

  /**
   * Extracts the YAML text of the front matter block.
   *
   * @param content the whole file (or its first part), decoded; never null
   * @return the lines between the two markers, joined with their original line ends; the YAML text
   *     starts on line 2 of the file
   * @throws ArticleFormatException if the file does not start with {@code ---} or the block is
   *     never closed
   */
  public static String extract(String content) throws ArticleFormatException {
    int start = content.startsWith("\uFEFF") ? 1 : 0;
    int firstEnd = lineEnd(content, start);
    if (!isMarker(content, start, firstEnd, false)) {
      throw new ArticleFormatException(
          Problem.Kind.NO_FRONT_MATTER, "no front matter: the first line is not ---", 1);
    }
    int yamlStart = next(content, firstEnd);
    int lineStart = yamlStart;
    while (lineStart < content.length()) {
      int end = lineEnd(content, lineStart);
      if (isMarker(content, lineStart, end, true)) {
        return content.substring(yamlStart, lineStart);
      }
      lineStart = next(content, end);
    }
    throw new ArticleFormatException(
        Problem.Kind.UNCLOSED_FRONT_MATTER,
        "front matter is never closed: no line --- after line 1",
        1);
  }

  private static int lineEnd(String content, int from) {
    int newline = content.indexOf('\n', from);
    return newline < 0 ? content.length() : newline;
  }

  private static int next(String content, int lineEnd) {
    return Math.min(content.length(), lineEnd + 1);
  }

  private static boolean isMarker(String content, int from, int to, boolean closing) {
    int end = to;
    while (end > from && Character.isWhitespace(content.charAt(end - 1))) {
      end--;
    }
    if (end - from != MARKER.length()) {
      return false;
    }
    return content.startsWith(MARKER, from) || (closing && content.startsWith("...", from));
  }

  /**
   * Where the YAML text of the front matter block starts in a file's bytes (UTF-8 as read): after
   * a first line that is a marker, a UTF-8 byte-order mark skipped.
   *
   * @param bytes the file's first bytes; never null
   * @param length how many of them are the file's
   * @return the offset after the first line, or -1 when it is not a marker, or may be one only as
   *     decoded text: such a file is left to {@link #extract}
   */
  static int yamlStart(byte[] bytes, int length) {
    boolean bom =
        length >= 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF;
    int start = bom ? 3 : 0;
    int firstEnd = lineEnd(bytes, start, length);
    if (marker(bytes, start, firstEnd, false) != Marker.IS) {
      return -1;
    }
    return Math.min(length, firstEnd + 1);
  }

  /**
   * Where the front matter block ends in a file's bytes: the start of its closing marker line.
   *
   * @param bytes the file's first bytes; never null
   * @param yamlStart what {@link #yamlStart} gave
   * @param length how many of the bytes are the file's
   * @return the offset, or -1 when the block is not closed, or a line may close it only as decoded
   *     text: such a file is left to {@link #extract}
   */
  static int yamlEnd(byte[] bytes, int yamlStart, int length) {
    int lineStart = yamlStart;
    while (lineStart < length) {
      int end = lineEnd(bytes, lineStart, length);
      Marker marker = marker(bytes, lineStart, end, true);
      if (marker == Marker.IS) {
        return lineStart;
      }
      if (marker == Marker.UNSURE) {
        return -1;
      }
      lineStart = end + 1;
    }
    return -1;
  }

  /** @return the offset of the first line feed in {@code bytes[from, to)}, else {@code to} */
  static int lineEnd(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return to;
  }

  /**
   * A marker line in bytes: {@code ---} (or {@code ...} to close) and trailing ASCII white space,
   * as {@link #isMarker(String, int, int, boolean)} reads the same line decoded.
   */
  private static Marker marker(byte[] bytes, int from, int to, boolean closing) {
    if (to - from < 3) {
      return Marker.NOT;
    }
    byte c = bytes[from];
    if (!((c == '-' || (closing && c == '.')) && bytes[from + 1] == c && bytes[from + 2] == c)) {
      return Marker.NOT;
    }
    for (int i = from + 3; i < to; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x80) {
        return Marker.UNSURE;
      }
      if (!Character.isWhitespace(b)) {
        return Marker.NOT;
      }
    }
    return Marker.IS;
  }
}
