package dev.tidings.repository.read;

import dev.tidings.model.Problem;
/**
 * Finds the front matter block at the start of an article file: the lines between a first line of
 * {@code ---} and the next line of {@code ---} (or {@code ...}, YAML's document end marker), as
 * Jekyll and Hugo define it. Trailing spaces and CR line ends are allowed on the marker lines; a
 * byte-order mark before the first marker is skipped. The Markdown body after the block is never
 * looked at.
 */
public final class FrontMatter {

  private static final String MARKER = "---";

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
}
