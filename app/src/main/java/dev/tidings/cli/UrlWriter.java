package dev.tidings.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes chosen URLs to stdout, one per line or NUL-terminated, for {@code xargs} and shells. Only
 * absolute {@code http} and {@code https} URLs with an authority (RFC 3986, section 3) and without
 * white space or control characters are written, so that a URL from a file cannot smuggle a second line or an option into
 * a pipeline; any other is reported on stderr and left out.
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
      if (!isSafe(url)) {
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

  /** @return whether {@code url} is an absolute http(s) URL with no white space or controls */
  static boolean isSafe(String url) {
    if (url == null || url.isEmpty()) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        return false;
      }
    }
    String lower = url.toLowerCase(Locale.ROOT);
    int authority;
    if (lower.startsWith("http://")) {
      authority = "http://".length();
    } else if (lower.startsWith("https://")) {
      authority = "https://".length();
    } else {
      return false;
    }
    return authority < url.length() && "/?#".indexOf(url.charAt(authority)) < 0;
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
