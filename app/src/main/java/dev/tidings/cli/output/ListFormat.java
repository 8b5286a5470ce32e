package dev.tidings.cli.output;

import java.util.Optional;

/** The formats of {@code tidings list}: what is written for each matching article. */
public enum ListFormat {
  /** The article's URL, if it may be written ({@link UrlWriter}). */
  URL("url"),
  /** Date, provider, title, URL and path, tab-separated ({@link RowText#tsv}). */
  TSV("tsv"),
  /** One JSON object with every field of the timeline row and the path ({@link RowText#json}). */
  JSON("json"),
  /** The file's absolute path, if it can be written exactly ({@link RowText#pathRefusal}). */
  PATH("path");

  private final String label;

  ListFormat(String label) {
    this.label = label;
  }

  /** @return the format's name on the command line ({@code --format=tsv}); never null */
  public String label() {
    return label;
  }

  /**
   * @param label a format's name, in any case; never null
   * @return the format of that name, or empty when there is none
   */
  public static Optional<ListFormat> ofLabel(String label) {
    for (ListFormat format : values()) {
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
