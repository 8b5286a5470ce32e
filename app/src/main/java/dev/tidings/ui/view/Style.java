package dev.tidings.ui.view;

/**
 * What a cell shows, as a role: the views say what a piece of text is (a date, a provider, the
 * cursor's row) and {@link Theme} says how it looks for the terminal's {@link ColorDepth}. Without
 * colour every role stays readable by its attributes alone: the cursor is reversed, titles and
 * marked rows bold, the URL underlined, the status line reversed.
 */
enum Style {
  /** Plain text. */
  NORMAL,
  /** A title, a help section's title: bold. */
  TITLE,
  /** A date: dim. */
  DATE,
  /** A provider's name. */
  PROVIDER,
  /** A marked row's mark and title: highlighted, bold without colour. */
  MARKED,
  /** An unread article's title and its marker ({@code •}): bold. */
  UNREAD,
  /** A related story that is an article of the timeline too ({@code →}) or refers to it. */
  LINKED,
  /** A URL: underlined. */
  URL,
  /** Secondary text: labels, a file's path, hints. */
  DIM,
  /** The cursor row of the list that has the focus: reversed. */
  CURSOR,
  /** The cursor row when it is marked: reversed and bold. */
  CURSOR_MARKED,
  /** What the query matches in a title, provider or excerpt: bold and underlined, coloured. */
  MATCH,
  /** What the query matches on the cursor row: reversed, bold and underlined. */
  CURSOR_MATCH,
  /** The cursor row of the list that has not the focus: underlined. */
  CURSOR_UNFOCUSED,
  /** A pane's heading: bold. */
  HEADING,
  /** The heading of the pane that has the focus: bold and reversed. */
  HEADING_FOCUSED,
  /** Lines that part the panes and frame the help. */
  BORDER,
  /** The status line. */
  STATUS,
  /** A message on the status line. */
  STATUS_MESSAGE,
  /** A key's name in the help. */
  KEY,
  /** A problem's kind, and why an article cannot be read. */
  PROBLEM
}
