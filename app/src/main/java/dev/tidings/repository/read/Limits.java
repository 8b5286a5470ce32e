package dev.tidings.repository.read;

/**
 * The limits on reading one article file, against hostile files: how much of it is read, and how
 * far SnakeYAML may follow aliases and nesting in its front matter. One home, read by the {@link
 * ArticleReader} (what it reads), the {@link YamlLoader} (SnakeYAML's {@code LoaderOptions}) and
 * the {@link FrontMatterScanner} (what it leaves to SnakeYAML).
 */
public final class Limits {

  /**
   * The most bytes read from one file, in bytes (1 MiB); a front matter block must close within
   * them, and a larger file is read up to them with a note.
   */
  public static final int MAX_BYTES = 1 << 20;

  /** The most aliases a front matter may use, against "billion laughs" alias bombs. */
  static final int MAX_ALIASES = 20;

  /** The deepest nesting of collections a front matter may have. */
  static final int MAX_NESTING = 32;

  private Limits() {}
}
