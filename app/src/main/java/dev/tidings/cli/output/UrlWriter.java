package dev.tidings.cli.output;

import dev.tidings.browse.WritableUrls;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes chosen URLs to stdout, one per line or NUL-terminated, for {@code xargs} and shells. Only
 * URLs {@link WritableUrls#isWritable} accepts are written (the session already refused to mark
 * or accept the others); any other is reported on stderr with {@link WritableUrls#refusal its
 * reason} and left out.
 */
public final class UrlWriter {

  private UrlWriter() {}

  /**
   * Writes the URLs that may be written, each followed by a newline or NUL, and flushes.
   *
   * @param urls the URLs, in order
   * @param print0 whether to end each with NUL instead of a newline
   * @param out stdout
   * @param err where refused URLs are reported
   * @return how many URLs were written
   * @throws IOException if stdout cannot be written
   */
  public static int write(List<String> urls, boolean print0, OutputStream out, PrintStream err)
      throws IOException {
    int written = 0;
    for (String url : urls) {
      if (write(url, null, print0, out, err)) {
        written++;
      }
    }
    out.flush();
    return written;
  }

  /**
   * Writes one URL, followed by a newline or NUL, if it may be written; else reports it on {@code
   * err}: {@code tidings: not written, REASON: URL}, or with a source {@code tidings: SOURCE: not
   * written, REASON: URL} ({@code tidings: SOURCE: not written, no URL} when there is none). Does
   * not flush.
   *
   * @param url the URL; null when the article has none
   * @param source what the URL is of, such as the article's path, escaped for a terminal by the
   *     caller; null for none
   * @param print0 whether to end it with NUL instead of a newline
   * @param out stdout
   * @param err where a refused URL is reported
   * @return whether it was written
   * @throws IOException if stdout cannot be written
   */
  public static boolean write(
      String url, String source, boolean print0, OutputStream out, PrintStream err)
      throws IOException {
    String refusal = WritableUrls.refusal(url);
    if (refusal != null) {
      if (source == null) {
        err.println("tidings: not written, " + refusal + ": " + printable(url));
      } else if (url == null) {
        err.println("tidings: " + source + ": not written, " + refusal);
      } else {
        err.println("tidings: " + source + ": not written, " + refusal + ": " + printable(url));
      }
      return false;
    }
    out.write(url.getBytes(StandardCharsets.UTF_8));
    out.write(print0 ? 0 : '\n');
    return true;
  }

  /** The most code points of a refused URL quoted on stderr. */
  private static final int QUOTED_CODE_POINTS = 200;

  /** The start of a refused URL, escaped as {@link Escapes#printable}. */
  private static String printable(String url) {
    if (url == null) {
      return "(none)";
    }
    int shown = Math.min(QUOTED_CODE_POINTS, url.codePointCount(0, url.length()));
    return Escapes.printable(url.substring(0, url.offsetByCodePoints(0, shown)));
  }
}
