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
      String refusal = WritableUrls.refusal(url);
      if (refusal != null) {
        err.println("tidings: not written, " + refusal + ": " + printable(url));
        continue;
      }
      out.write(url.getBytes(StandardCharsets.UTF_8));
      out.write(print0 ? 0 : '\n');
      written++;
    }
    out.flush();
    return written;
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
