package dev.tidings.browse;

import java.util.Locale;

/**
 * Which URLs tidings writes to stdout: absolute {@code http} and {@code https} URLs with an
 * authority (RFC 3986, section 3) and without white space or control characters, so that a URL
 * from a file cannot smuggle a second line, an option or a shell word into a pipeline such as
 * {@code tidings | xargs -n1 xdg-open}. The session refuses to mark or accept any other; the
 * writer checks again.
 */
public final class WritableUrls {

  private WritableUrls() {}

  /**
   * @param url a URL as read from a file; may be null
   * @return whether it may be written to stdout
   */
  public static boolean isWritable(String url) {
    return refusal(url) == null;
  }

  /**
   * Says in a few words why a URL is not written, for the status line (80 columns) and stderr:
   * {@code no URL}; for the first character that may not be in it, {@code URL has a line break}
   * (LF, CR, NEL, U+2028, U+2029, VT, FF), {@code URL has a tab}, {@code URL has a control
   * character} (any other C0 or C1 control, DEL) or {@code URL has white space} (a space, NBSP or
   * any other Unicode space); then {@code not an http(s) URL} when the scheme is another, and
   * {@code URL has no host} when nothing follows {@code //}.
   *
   * @param url a URL as read from a file; may be null
   * @return the reason, or null when the URL may be written
   */
  public static String refusal(String url) {
    if (url == null || url.isEmpty()) {
      return "no URL";
    }
    for (int i = 0; i < url.length(); i++) {
      String reason = refusal(url.charAt(i));
      if (reason != null) {
        return reason;
      }
    }
    String lower = url.toLowerCase(Locale.ROOT);
    int authority;
    if (lower.startsWith("http://")) {
      authority = "http://".length();
    } else if (lower.startsWith("https://")) {
      authority = "https://".length();
    } else {
      return "not an http(s) URL";
    }
    if (authority >= url.length() || "/?#".indexOf(url.charAt(authority)) >= 0) {
      return "URL has no host";
    }
    return null;
  }

  /** @return why {@code c} may not be in a written URL, or null when it may */
  private static String refusal(char c) {
    switch (c) {
      case '\n', '\r', '\013', '\f', '\u0085', '\u2028', '\u2029':
        return "URL has a line break";
      case '\t':
        return "URL has a tab";
      default:
        break;
    }
    if (Character.isISOControl(c)) {
      return "URL has a control character";
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return "URL has white space";
    }
    return null;
  }
}
