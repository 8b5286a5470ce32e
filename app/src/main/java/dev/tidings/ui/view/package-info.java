/**
 * The views: pure functions that draw a {@link dev.tidings.browse.BrowseState} on a {@link
 * dev.tidings.ui.view.Canvas} for a layout, and read the state without changing it; with the
 * canvas, the one sanitizer and measure of text in terminal columns ({@link
 * dev.tidings.ui.view.TerminalText}), the layout of the panes and the help overlay, which draws
 * plain sections of keys. The UI's event loop uses {@link dev.tidings.ui.view.FrameView} and
 * {@link dev.tidings.ui.view.ScreenLayout}, and hands the help overlay its {@link
 * dev.tidings.ui.view.HelpSection}s; the rest is package-private. Imports nothing from {@code
 * dev.tidings.ui}.
 */
package dev.tidings.ui.view;
