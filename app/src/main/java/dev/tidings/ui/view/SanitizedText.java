package dev.tidings.ui.view;

/**
 * Draws a row a view built from sanitized pieces (the results of {@link TerminalText#sanitize},
 * {@link TerminalText#singleLine} and {@link TerminalText#wrap}, joined by spaces or other ASCII),
 * fitting it to its width once and not sanitizing it again: such a row is sanitized text already,
 * since joining does not bring together characters that compose. Package-private, so that
 * anything outside the views draws through {@link Canvas#text}, which sanitizes.
 */
final class SanitizedText {

  private SanitizedText() {}

  /**
   * Draws sanitized text in exactly {@code width} columns: cut with an ellipsis when too wide,
   * padded with spaces when too narrow.
   *
   * @param canvas where to draw
   * @param column the first column
   * @param row the row
   * @param width the columns to fill
   * @param sanitized sanitized text; never null
   * @param style its look
   */
  static void draw(Canvas canvas, int column, int row, int width, String sanitized, Style style) {
    String fitted = TerminalText.fit(sanitized, width);
    int x = column;
    for (int i = 0; i < fitted.length(); i++) {
      char c = fitted.charAt(i);
      canvas.put(x, row, c, style);
      x += TerminalText.width(c);
    }
  }
}
