/**
 * The terminal UI, with Lanterna's Screen API: views that draw a {@link
 * dev.tidings.browse.BrowseSession} as pure functions of the state and the terminal size, one key
 * map from keystrokes to {@link dev.tidings.browse.Action}s, the render loop and the terminal's
 * lifecycle. Never reads files.
 */
package dev.tidings.ui;
