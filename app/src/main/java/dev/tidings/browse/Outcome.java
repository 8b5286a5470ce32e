package dev.tidings.browse;

/** What the session asks of its owner after an action. */
public enum Outcome {
  /** Keep browsing. */
  CONTINUE,
  /** The user accepted: write {@link BrowseSession#acceptedUrls()} and exit. */
  ACCEPT,
  /** The user quit: exit without output. */
  QUIT,
  /** The user asked to scan the corpus again at once; keep browsing. */
  RESCAN,
  /**
   * The user opened the problems view: hand the session the problems now with {@link
   * BrowseSession#problemsLoaded}; keep browsing.
   */
  PROBLEMS
}
