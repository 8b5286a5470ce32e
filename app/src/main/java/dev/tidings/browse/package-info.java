/**
 * The state of a browsing session as plain Java: timeline order, filter, cursors, marks, focus and
 * the preview of the current article, changed only by named {@link dev.tidings.browse.Action}s. No
 * terminal and no threads: the UI feeds actions in and draws what it reads out.
 */
package dev.tidings.browse;
