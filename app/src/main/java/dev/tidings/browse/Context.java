package dev.tidings.browse;

/** Where the user's keys go: the key map binds keys per context. */
public enum Context {
  /** The timeline has the focus. */
  TIMELINE,
  /** The related stories panel has the focus. */
  RELATED,
  /** The filter prompt is open and takes typed text. */
  FILTER,
  /** The help overlay is shown. */
  HELP,
  /** The problems view is shown: the files and directories that are not in the timeline. */
  PROBLEMS,
  /** The marks view is shown: the marked articles in the order they were marked. */
  MARKS,
  /** The topic or provider list is shown and takes typed text to narrow it. */
  FACETS
}
