package dev.tidings.repository.read;

import dev.tidings.model.Problem;

/**
 * A file could be read but does not hold an article: no front matter block, YAML that does not
 * parse, or a front matter that is not a mapping.
 */
public final class ArticleFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final Problem.Kind kind;

  /**
   * @param kind what sort of problem it is; never null
   * @param message what is wrong, in plain words; never null
   * @param line the 1-based line of the file where it is wrong, or 0 when not known
   */
  public ArticleFormatException(Problem.Kind kind, String message, int line) {
    super(message);
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
    this.line = line;
  }

  /** @return what sort of problem it is; never null */
  public Problem.Kind kind() {
    return kind;
  }

  /** @return the 1-based line of the file, or 0 when not known */
  public int line() {
    return line;
  }
}
