package dev.tidings.cli.output;

/**
 * A Markdown list item linking a title to a URL, {@code - [title](url)}, after CommonMark 0.31:
 * in the link text a backslash escapes {@code \ [ ]} (which would end the text early) and {@code `
 * < >} (code spans and raw HTML bind more tightly than link brackets, section 6.3); control and
 * bidirectional formatting characters are escaped by {@link Escapes#printable}. The destination is
 * written in {@code <…>} when it holds parentheses or spaces (section 6.3, link destination).
 */
public final class MarkdownLine {

  private MarkdownLine() {}

  /**
   * @param title the link's text; never null (empty gives the URL as the text)
   * @param url a URL {@link dev.tidings.browse.WritableUrls} accepts; never null
   * @return the list item, without a line end; never null
   */
  public static String item(String title, String url) {
    String text = title.isBlank() ? url : title;
    StringBuilder out = new StringBuilder(text.length() + url.length() + 8).append("- [");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\[]`<>".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    String shown = Escapes.printable(out.toString());
    return shown + "](" + destination(url) + ")";
  }

  private static String destination(String url) {
    boolean bracket = false;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '(' || c == ')' || c == ' ') {
        bracket = true;
      }
    }
    if (!bracket) {
      return url;
    }
    return "<" + url.replace("<", "\\<").replace(">", "\\>") + ">";
  }
}
