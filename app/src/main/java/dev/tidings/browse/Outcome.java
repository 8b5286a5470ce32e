package dev.tidings.browse;

/** What the session asks of its owner after an action: go on, or end the session and how. */
public enum Outcome {
  /** Keep browsing. */
  CONTINUE,
  /** The user accepted: write {@link BrowseSession#acceptedUrls()} and exit. */
  ACCEPT,
  /** The user quit: exit without output. */
  QUIT
}
