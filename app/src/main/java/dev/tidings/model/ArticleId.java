package dev.tidings.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Identifies an article by the file it was read from.
 *
 * @param path the article file, absolute and normalised; never null
 */
public record ArticleId(Path path) implements Comparable<ArticleId> {

  /**
   * @throws NullPointerException if {@code path} is null
   * @throws IllegalArgumentException if {@code path} is not absolute
   */
  public ArticleId {
    Objects.requireNonNull(path, "path");
    if (!path.isAbsolute()) {
      throw new IllegalArgumentException("article path must be absolute: " + path);
    }
    path = path.normalize();
  }

  /** Orders by path, which gives a stable tie-break between articles of the same instant. */
  @Override
  public int compareTo(ArticleId other) {
    return path.compareTo(other.path);
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
