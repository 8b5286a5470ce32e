/**
 * The views: pure functions that draw a {@link dev.tidings.browse.BrowseState} on a {@link
 * dev.tidings.ui.view.Canvas} for a layout, and read the state without changing it; with the
 * canvas, the one sanitizer and measure of text in terminal columns ({@link
 * dev.tidings.ui.view.TerminalText}), the layout of the panes, the help overlay, which draws plain
 * sections of keys, and the theme, which gives each role a view draws (a date, a provider, the
 * cursor's row) its look for the terminal's {@link dev.tidings.ui.view.ColorDepth}. The UI's
 * event loop uses {@link dev.tidings.ui.view.FrameView} and {@link
 * dev.tidings.ui.view.ScreenLayout}, configures them with {@link
 * dev.tidings.ui.view.ViewSettings} and an {@link dev.tidings.ui.view.Appearance}, hands the help
 * overlay its {@link dev.tidings.ui.view.HelpSection}s and gets a {@link
 * dev.tidings.ui.view.DrawnFrame} back; the rest is package-private. Imports nothing from {@code
 * dev.tidings.ui}.
 */
package dev.tidings.ui.view;
