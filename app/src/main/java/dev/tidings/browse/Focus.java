package dev.tidings.browse;

/** The list that cursor keys and marks apply to. */
public enum Focus {
  /** The timeline of articles. */
  TIMELINE,
  /** The related stories panel of the current article. */
  RELATED
}
