/**
 * The state of a browsing session as plain Java: timeline order, filter, cursors, marks, focus and
 * the preview of the current article, changed only by named {@link dev.tidings.browse.Action}s
 * on a {@link dev.tidings.browse.BrowseSession} and read by the views through {@link
 * dev.tidings.browse.BrowseState}, with the panes as the user set them ({@link
 * dev.tidings.browse.Panes}) and what scrolls ({@link dev.tidings.browse.Scroll}). No terminal
 * and no threads of its own: what the session asks of the corpus (links, referrers, problems,
 * rescans) comes through an injected {@link dev.tidings.browse.Corpus}, and how a filter pass runs
 * through an injected {@link dev.tidings.browse.FilterPass}.
 */
package dev.tidings.browse;
