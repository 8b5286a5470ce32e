package dev.tidings.cli;

import dev.tidings.browse.WritableUrls;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes chosen URLs to stdout, one per line or NUL-terminated, for {@code xargs} and shells. Only
 * URLs {@link WritableUrls#isWritable} accepts are written (the session already refused to mark
 * or accept the others); any other is reported on stderr and left out.
 */
final class UrlWriter {

  private UrlWriter() {}

  /**
   * @param urls the URLs, in order
   * @param print0 whether to end each with NUL instead of a newline
   * @param out stdout
   * @param err where refused URLs are reported
   * @return how many URLs were written
   * @throws IOException if stdout cannot be written
   */
  static int write(List<String> urls, boolean print0, OutputStream out, PrintStream err)
      throws IOException {
    int written = 0;
    for (String url : urls) {
      if (!WritableUrls.isWritable(url)) {
        err.println("tidings: not written, not an http(s) URL: " + printable(url));
        continue;
      }
      out.write(url.getBytes(StandardCharsets.UTF_8));
      out.write(print0 ? 0 : '\n');
      written++;
    }
    out.flush();
    return written;
  }

  private static String printable(String url) {
    if (url == null) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder();
    url.codePoints()
        .limit(200)
        .forEach(
            cp -> {
              if (Character.isISOControl(cp)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
