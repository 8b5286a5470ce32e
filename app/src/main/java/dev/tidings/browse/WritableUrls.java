package dev.tidings.browse;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which URLs tidings writes to stdout: absolute {@code http} and {@code https} URLs with a server
 * authority (RFC 3986, section 3.2) that {@link URI java.net.URI} parses, without white space,
 * control, invisible or bidirectional formatting characters or backslashes, so that a URL from a
 * file can neither smuggle a second line, an option or a shell word into a pipeline such as {@code
 * tidings | xargs -n1 xdg-open}, nor show as another URL on a terminal ({@code
 * https://x.example/a\u202Egnp.exe} shows as {@code …aexe.png}). Letters and other visible
 * characters outside ASCII are accepted, as in an IRI (RFC 3987), in the path, query and fragment,
 * and in the host as an internationalized domain name ({@link IDN}). The session refuses to mark or
 * accept any other URL; the writers check again.
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
   * Says why a URL is not written, for the status line and stderr. {@code no URL}; else, for the
   * first character that may not be in it (at a position counted in code points from 1): {@code
   * the URL has a line break (U+000A) at character 20} (LF, CR, NEL, VT, FF, U+2028, U+2029),
   * {@code a tab}, {@code a control character} (any other C0 or C1 control, DEL), {@code white
   * space} (a space, NBSP or any other Unicode space), {@code a bidirectional control} (U+061C,
   * U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), {@code an invisible character} (U+00AD, U+200B-
   * U+200D, U+2060, U+FEFF), {@code a format character} (any other of Unicode category Cf), {@code
   * a lone surrogate} or {@code a backslash}; then, when {@link URI#URI(String)} refuses it, {@code
   * not a valid URL: Illegal character in path at index 18} (its reason and 0-based index); {@code
   * not an http(s) URL} when it does not start with {@code http://} or {@code https://} (in any
   * case); {@code the URL has no host} when nothing or a path follows, and {@code not a valid URL:
   * …} when {@link URI#parseServerAuthority()} refuses its authority.
   *
   * @param url a URL as read from a file; may be null
   * @return the reason, or null when the URL may be written
   */
  public static String refusal(String url) {
    return refusal(url, true);
  }

  /**
   * As {@link #refusal}, without "the", where and which character or what the parser said:
   * {@code URL has white space}, {@code not a valid URL}; for counting refused URLs by reason.
   *
   * @param url a URL as read from a file; may be null
   * @return the reason in a few words, or null when the URL may be written
   */
  public static String briefRefusal(String url) {
    String refusal = refusal(url, false);
    return refusal != null && refusal.startsWith("the ") ? refusal.substring(4) : refusal;
  }

  private static String refusal(String url, boolean detailed) {
    if (url == null || url.isEmpty()) {
      return "no URL";
    }
    int position = 1;
    for (int i = 0; i < url.length(); i += Character.charCount(url.codePointAt(i))) {
      int c = url.codePointAt(i);
      String kind = kind(c);
      if (kind != null) {
        if (!detailed) {
          return "the URL has " + kind;
        }
        String code = c == '\t' || c == '\\' ? "" : String.format(Locale.ROOT, " (U+%04X)", c);
        return "the URL has " + kind + code + " at character " + position;
      }
      position++;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    int start = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
    if (start < 0) {
      return "not an http(s) URL";
    }
    if (start >= url.length() || "/?#".indexOf(url.charAt(start)) >= 0) {
      return "the URL has no host";
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return detailed ? invalid(e) : "not a valid URL";
    }
    String authority = uri.getRawAuthority();
    if (authority == null || authority.isEmpty()) {
      return "the URL has no host";
    }
    try {
      URI server = asciiHost(uri, authority).parseServerAuthority();
      if (server.getHost() == null || server.getHost().isEmpty()) {
        return "the URL has no host";
      }
    } catch (URISyntaxException e) {
      return detailed ? invalid(e) : "not a valid URL";
    }
    return null;
  }

  /** @return what {@code c} is when it may not be in a written URL, or null when it may */
  private static String kind(int c) {
    switch (c) {
      case '\n', '\r', '\013', '\f', '\u0085', '\u2028', '\u2029':
        return "a line break";
      case '\t':
        return "a tab";
      case '\\':
        return "a backslash";
      case '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
          '\u2066', '\u2067', '\u2068', '\u2069':
        return "a bidirectional control";
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
        return "an invisible character";
      default:
        break;
    }
    if (Character.isISOControl(c)) {
      return "a control character";
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return "white space";
    }
    int type = Character.getType(c);
    if (type == Character.FORMAT) {
      return "a format character";
    }
    if (type == Character.SURROGATE) {
      return "a lone surrogate";
    }
    return null;
  }

  /**
   * {@link URI#parseServerAuthority()} takes only ASCII host names: a host with other letters is
   * checked as its ASCII form (RFC 3490), as a browser would look it up.
   */
  private static URI asciiHost(URI uri, String authority) throws URISyntaxException {
    if (authority.chars().allMatch(c -> c < 0x80) || authority.indexOf('@') >= 0) {
      return uri;
    }
    int colon = authority.lastIndexOf(':');
    String host = colon < 0 ? authority : authority.substring(0, colon);
    String port = colon < 0 ? "" : authority.substring(colon);
    String ascii;
    try {
      ascii = IDN.toASCII(host);
    } catch (IllegalArgumentException e) {
      throw new URISyntaxException(authority, "Illegal host name: " + e.getMessage());
    }
    return new URI(uri.getScheme() + "://" + ascii + port + "/");
  }

  private static String invalid(URISyntaxException e) {
    return "not a valid URL: "
        + e.getReason()
        + (e.getIndex() >= 0 ? " at index " + e.getIndex() : "");
  }
}
