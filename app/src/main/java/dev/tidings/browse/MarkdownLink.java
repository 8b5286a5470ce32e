package dev.tidings.browse;

/**
 * A Markdown inline link to an article, {@code [title](<url>)}, as CommonMark 0.31.2 reads it
 * (https://spec.commonmark.org/0.31.2/, section 6.3 "Links", and 2.4 "Backslash escapes"). In the
 * link text, {@code \}, {@code [} and {@code ]} are backslash-escaped (brackets are allowed there
 * only escaped or balanced), and line breaks and other control characters become spaces (a link
 * text may span lines, a copied list of links should not). The destination is put between angle
 * brackets, where parentheses need no escaping, so the URL is kept as it is rather than
 * percent-encoded ({@code %28} and {@code (} are not the same URL by RFC 3986, section 2.2);
 * only {@code \}, {@code <} and {@code >} are backslash-escaped in it (a writable URL holds no
 * white space or line break, which the angle-bracket form does not allow).
 */
final class MarkdownLink {

  private MarkdownLink() {}

  /**
   * @param title the article's title; null or empty for one without (the URL is then the text)
   * @param url the article's URL, {@link WritableUrls#isWritable writable}; never null
   * @return the link, on one line; never null
   */
  static String of(String title, String url) {
    String text = title == null || title.isBlank() ? url : title;
    StringBuilder link = new StringBuilder("[");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '[' || c == ']') {
        link.append('\\').append(c);
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        link.append(' ');
      } else {
        link.append(c);
      }
    }
    link.append("](<");
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '\\' || c == '<' || c == '>') {
        link.append('\\');
      }
      link.append(c);
    }
    return link.append(">)").toString();
  }
}
