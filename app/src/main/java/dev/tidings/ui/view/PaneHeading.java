package dev.tidings.ui.view;

/**
 * A pane's heading on its first row: {@code ─ Title ───} across the pane's width, or with heavy
 * lines and in reverse when the pane has the focus, so that the focus shows without colour.
 */
final class PaneHeading {

  private PaneHeading() {}

  /**
   * @param canvas where to draw
   * @param pane the pane; nothing is drawn when it is empty
   * @param title the heading's text; sanitized here
   * @param focused whether the pane has the focus
   */
  static void draw(Canvas canvas, Rect pane, String title, boolean focused) {
    if (pane.height() == 0 || pane.width() == 0) {
      return;
    }
    String line = String.valueOf(focused ? Glyphs.HEAVY_LINE : Glyphs.LINE);
    String label =
        TerminalText.truncate(TerminalText.sanitize(line + " " + title + " "), pane.width());
    String text = label + line.repeat(Math.max(0, pane.width() - TerminalText.width(label)));
    SanitizedText.draw(
        canvas,
        pane.column(),
        pane.row(),
        pane.width(),
        text,
        focused ? Style.HEADING_FOCUSED : Style.HEADING);
  }
}
