package dev.tidings.cli.output;

import java.util.Optional;

/** The formats of what {@code tidings} writes on accept ({@code --format}), one line per item. */
public enum AcceptFormat {
  /** The URL ({@link UrlWriter}). */
  URL("url", ListFormat.URL),
  /** A Markdown list item linking the title to the URL ({@link MarkdownLine}). */
  MARKDOWN("markdown", null),
  /** The JSON object of {@code tidings list --format json} ({@link RowText#json}). */
  JSON("json", ListFormat.JSON),
  /** The tab-separated line of {@code tidings list --format tsv} ({@link RowText#tsv}). */
  TSV("tsv", ListFormat.TSV),
  /** The article file's path, as {@code tidings list --format path} writes it. */
  PATH("path", ListFormat.PATH);

  private final String label;
  private final ListFormat listFormat;

  AcceptFormat(String label, ListFormat listFormat) {
    this.label = label;
    this.listFormat = listFormat;
  }

  /** @return the format's name on the command line ({@code --format=json}); never null */
  public String label() {
    return label;
  }

  /** @return the same format of {@code tidings list}; null for {@link #MARKDOWN} */
  ListFormat listFormat() {
    return listFormat;
  }

  /**
   * @param label a format's name, in any case; never null
   * @return the format of that name, or empty when there is none
   */
  public static Optional<AcceptFormat> ofLabel(String label) {
    for (AcceptFormat format : values()) {
      if (format.label.equalsIgnoreCase(label)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** @return {@link #label()}, as help and messages show the format */
  @Override
  public String toString() {
    return label;
  }
}
