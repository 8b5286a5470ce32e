package dev.tidings.model;

/**
 * Where an article's date comes from. Only {@link #FRONT_MATTER} is a publication date; the others
 * stand in for one so that an undated article still has a place in the timeline, and it is shown
 * as undated.
 */
public enum DateSource {
  /** The front matter's {@code publishedDateTime}. */
  FRONT_MATTER,
  /** A date at the start of the file name, such as {@code 2021-12-14-title.md}: start of day, UTC. */
  FILE_NAME,
  /** The file's last modification time. */
  FILE_MODIFIED;

  /** @return whether the article has no publication date of its own */
  public boolean undated() {
    return this != FRONT_MATTER;
  }
}
