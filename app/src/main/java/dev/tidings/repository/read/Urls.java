package dev.tidings.repository.read;

import java.util.Locale;

/**
 * URL keys for deciding that two links name the same article: a related story's {@code webUrl}
 * resolves to the local article whose {@code webUrl}, {@code originalUrl}, {@code ampWebUrl} or
 * {@code cdnAmpWebUrl} has the same {@link #normalize key}.
 *
 * <p>The URL is read by plain string scanning after the generic syntax of RFC 3986 section 3
 * ({@code scheme "://" [userinfo "@"] host [":" port] path ["?" query] ["#" fragment]}), not by
 * {@link java.net.URI}, so that real-world links with spaces or malformed percent escapes in the
 * path or query still get a key.
 */
public final class Urls {

  private static final String HTTP = "http";
  private static final String HTTPS = "https";

  private Urls() {}

  /**
   * The normalised form of an absolute {@code http} or {@code https} URL. Applied in this order:
   *
   * <ol>
   *   <li>Leading and trailing characters up to U+0020 (space and C0 controls) and Unicode white
   *       space are trimmed.
   *   <li>The scheme and host are lower-cased (RFC 3986 section 6.2.2.1); the host is lower-cased
   *       as a whole with {@link Locale#ROOT}, an IPv6 literal included.
   *   <li>The user-info is kept as written.
   *   <li>The port is dropped when empty or the scheme's default, {@code 80} for {@code http} and
   *       {@code 443} for {@code https} (RFC 3986 section 6.2.3); other ports lose leading zeros.
   *   <li>Every trailing {@code /} of the path is dropped, so the path {@code /} becomes empty
   *       (RFC 3986 section 6.2.3 makes an empty path and {@code /} equivalent; dropping the slash
   *       after a non-empty path goes beyond the RFC, as news sites serve both forms alike).
   *       Dot-segments are not removed.
   *   <li>The fragment ({@code #} and after) is dropped.
   *   <li>Query parameters, separated by {@code &}, whose name starts with {@code utm_} in any
   *       ASCII case are removed, as are empty parameters (from {@code &&} or a trailing {@code
   *       &}); the others keep their order and text. An empty query leaves no {@code ?}.
   *   <li>In the path and query, the two hex digits of each well-formed {@code %XX} triplet are
   *       upper-cased (RFC 3986 section 6.2.2.1); malformed escapes such as {@code %zz}, and all
   *       other characters, spaces included, are kept as written. Nothing is decoded or encoded.
   * </ol>
   *
   * <p>{@code http} and {@code https} are kept apart, and a leading {@code www.} is kept. The
   * result is a fixed point: {@code normalize(normalize(x)).equals(normalize(x))}. Never throws;
   * linear in the length of {@code url}.
   *
   * @param url the URL as found in front matter; may be null
   * @return the key, for example {@code https://www.wsj.com/articles/abc-123} for {@code
   *     HTTPS://WWW.WSJ.COM:443/articles/abc-123/?utm_source=x#top}; null when {@code url} is
   *     null or blank, its scheme is not {@code http} or {@code https}, it lacks the {@code //}
   *     of an authority, its host is empty or holds white space or control characters, an IPv6
   *     literal is not closed, or its port is not decimal digits
   */
  public static String normalize(String url) {
    if (url == null) {
      return null;
    }
    int end = url.length();
    int start = 0;
    while (start < end && isTrimmed(url.charAt(start))) {
      start++;
    }
    while (end > start && isTrimmed(url.charAt(end - 1))) {
      end--;
    }

    String scheme;
    if (startsWithAsciiIgnoreCase(url, start, end, "https://")) {
      scheme = HTTPS;
    } else if (startsWithAsciiIgnoreCase(url, start, end, "http://")) {
      scheme = HTTP;
    } else {
      return null;
    }
    int authorityStart = start + scheme.length() + 3;

    int fragment = url.indexOf('#', authorityStart);
    if (fragment >= 0 && fragment < end) {
      end = fragment;
    }

    int authorityEnd = authorityStart;
    while (authorityEnd < end) {
      char c = url.charAt(authorityEnd);
      if (c == '/' || c == '?') {
        break;
      }
      authorityEnd++;
    }
    // The last '@' ends the user-info: browsers read an unescaped '@' in a password that way.
    int hostStart = url.lastIndexOf('@', authorityEnd - 1) + 1;
    if (hostStart < authorityStart) {
      hostStart = authorityStart;
    }

    int hostEnd;
    int portStart;
    if (hostStart < authorityEnd && url.charAt(hostStart) == '[') {
      int close = url.indexOf(']', hostStart);
      if (close < 0 || close >= authorityEnd) {
        return null;
      }
      hostEnd = close + 1;
      if (hostEnd < authorityEnd && url.charAt(hostEnd) != ':') {
        return null;
      }
      portStart = hostEnd;
    } else {
      hostEnd = url.indexOf(':', hostStart);
      if (hostEnd < 0 || hostEnd > authorityEnd) {
        hostEnd = authorityEnd;
      }
      portStart = hostEnd;
    }
    if (hostEnd == hostStart) {
      return null;
    }
    for (int i = hostStart; i < hostEnd; i++) {
      char c = url.charAt(i);
      if (isTrimmed(c) || Character.isISOControl(c)) {
        return null;
      }
    }

    StringBuilder key = new StringBuilder(end - start);
    key.append(scheme).append("://");
    key.append(url, authorityStart, hostStart);
    key.append(url.substring(hostStart, hostEnd).toLowerCase(Locale.ROOT));
    if (portStart < authorityEnd) {
      int digits = portStart + 1;
      for (int i = digits; i < authorityEnd; i++) {
        char c = url.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
      }
      // Leading zeros go so that :0080 and :80 compare equal; no int parse, so no overflow.
      while (digits < authorityEnd - 1 && url.charAt(digits) == '0') {
        digits++;
      }
      if (digits < authorityEnd && !isDefaultPort(scheme, url, digits, authorityEnd)) {
        key.append(':').append(url, digits, authorityEnd);
      }
    }

    int queryStart = url.indexOf('?', authorityEnd);
    if (queryStart < 0 || queryStart > end) {
      queryStart = end;
    }
    int pathEnd = queryStart;
    while (pathEnd > authorityEnd && url.charAt(pathEnd - 1) == '/') {
      pathEnd--;
    }
    appendUpperCasingEscapes(key, url, authorityEnd, pathEnd);

    boolean first = true;
    int param = queryStart + 1;
    while (param < end) {
      int paramEnd = url.indexOf('&', param);
      if (paramEnd < 0 || paramEnd > end) {
        paramEnd = end;
      }
      if (paramEnd > param && !startsWithAsciiIgnoreCase(url, param, paramEnd, "utm_")) {
        key.append(first ? '?' : '&');
        first = false;
        appendUpperCasingEscapes(key, url, param, paramEnd);
      }
      param = paramEnd + 1;
    }
    return key.toString();
  }

  /**
   * The host of an absolute {@code http} or {@code https} URL, as {@link #normalize} reads it:
   * lower-cased, without user-info and port; an IPv6 literal keeps its brackets.
   *
   * @param url a URL; may be null
   * @return the host, such as {@code www.forbes.com}; null when {@link #normalize} gives null
   */
  public static String host(String url) {
    String normalised = normalize(url);
    if (normalised == null) {
      return null;
    }
    int start = normalised.indexOf("://") + 3;
    int end = start;
    while (end < normalised.length() && "/?".indexOf(normalised.charAt(end)) < 0) {
      end++;
    }
    // The authority is user-info, host and port; the last '@' ends the user-info, as above.
    start = Math.max(start, normalised.lastIndexOf('@', end - 1) + 1);
    int port =
        normalised.charAt(start) == '['
            ? normalised.indexOf(']', start) + 1
            : normalised.indexOf(':', start);
    if (port > start && port < end) {
      end = port;
    }
    return normalised.substring(start, end);
  }

  private static boolean isTrimmed(char c) {
    return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** ASCII only, unlike {@link String#regionMatches(boolean, int, String, int, int)}. */
  private static boolean startsWithAsciiIgnoreCase(String s, int from, int to, String lowerPrefix) {
    if (to - from < lowerPrefix.length()) {
      return false;
    }
    for (int i = 0; i < lowerPrefix.length(); i++) {
      char c = s.charAt(from + i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lowerPrefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDefaultPort(String scheme, String url, int from, int to) {
    String port = HTTPS.equals(scheme) ? "443" : "80";
    return to - from == port.length() && url.startsWith(port, from);
  }

  private static void appendUpperCasingEscapes(StringBuilder key, String url, int from, int to) {
    // Bounded by hand: indexOf would look past 'to', quadratic over a long query of many params.
    int copied = from;
    for (int i = from; i + 2 < to; i++) {
      if (url.charAt(i) == '%') {
        char high = url.charAt(i + 1);
        char low = url.charAt(i + 2);
        if (isHex(high) && isHex(low)) {
          key.append(url, copied, i + 1)
              .append(Character.toUpperCase(high))
              .append(Character.toUpperCase(low));
          i += 2;
          copied = i + 1;
        }
      }
    }
    key.append(url, copied, to);
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
