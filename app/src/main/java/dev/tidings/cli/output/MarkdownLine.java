package dev.tidings.cli.output;

import dev.tidings.browse.MarkdownLink;

/**
 * A Markdown list item linking a title to a URL, {@code - [title](url)}: the link as {@link
 * MarkdownLink} writes it (CommonMark 0.31), with the characters {@link Escapes#printable}
 * escapes (bidirectional formatting and the like, which could steer a terminal) escaped.
 */
public final class MarkdownLine {

  private MarkdownLine() {}

  /**
   * @param title the link's text; never null (blank gives the URL as the text)
   * @param url a URL {@link dev.tidings.browse.WritableUrls} accepts; never null
   * @return the list item, without a line end; never null
   */
  public static String item(String title, String url) {
    return "- " + Escapes.printable(MarkdownLink.of(title, url));
  }
}
