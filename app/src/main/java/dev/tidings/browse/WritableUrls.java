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
}
