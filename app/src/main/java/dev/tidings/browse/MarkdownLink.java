package dev.tidings.browse;

/**
 * A Markdown inline link to an article, {@code [title](url)}, as CommonMark 0.31.2 reads it
 * (https://spec.commonmark.org/0.31.2/, section 6.3 "Links", and 2.4 "Backslash escapes"): the one
 * Markdown writer, for {@code Y} (copy links) and {@code --format markdown}. In the link text,
 * {@code \}, {@code [} and {@code ]} are backslash-escaped (brackets are allowed there only
 * escaped or balanced), and so are {@code `}, {@code <} and {@code >} (code spans and raw HTML
 * bind more tightly than link brackets); line breaks and other control characters become spaces
 * (a link text may span lines, a list of links should not). The destination is written as it is,
 * or between angle brackets when it holds parentheses, spaces or angle brackets, so the URL is
 * kept rather than percent-encoded ({@code %28} and {@code (} are not the same URL by RFC 3986,
 * section 2.2); between angle brackets only {@code \}, {@code <} and {@code >} are
 * backslash-escaped.
 */
public final class MarkdownLink {

  private MarkdownLink() {}

  /**
   * @param title the article's title; null or blank for one without (the URL is then the text)
   * @param url the article's URL, {@link WritableUrls#isWritable writable}; never null
   * @return the link, on one line; never null
   */
  public static String of(String title, String url) {
    String text = title == null || title.isBlank() ? url : title;
    StringBuilder link = new StringBuilder(text.length() + url.length() + 8).append('[');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\[]`<>".indexOf(c) >= 0) {
        link.append('\\').append(c);
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        link.append(' ');
      } else {
        link.append(c);
      }
    }
    return link.append("](").append(destination(url)).append(')').toString();
  }

  private static String destination(String url) {
    boolean bracket = false;
    for (int i = 0; i < url.length() && !bracket; i++) {
      bracket = "() <>".indexOf(url.charAt(i)) >= 0;
    }
    if (!bracket) {
      return url;
    }
    StringBuilder out = new StringBuilder(url.length() + 4).append('<');
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '\\' || c == '<' || c == '>') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('>').toString();
  }
}
