/**
 * The terminal UI, with Lanterna's Screen API: the event loop that owns the screen and the session
 * ({@link dev.tidings.ui.Browser}), the loading of the articles it shows off the UI thread, and
 * one key map from keystrokes to {@link dev.tidings.browse.Action}s, from which the help is
 * derived, and the OSC 8 hyperlinks written after a frame ({@link dev.tidings.ui.LinkOutput}). The views are in {@code ui.view}, the terminal's lifecycle in {@code ui.term}. Never
 * reads files.
 */
package dev.tidings.ui;
