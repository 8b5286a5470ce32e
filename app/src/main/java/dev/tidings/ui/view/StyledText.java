package dev.tidings.ui.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of sanitized text in pieces of different {@link Style}s, such as a timeline row's date,
 * provider and title, drawn in a given width: cut with an ellipsis (in the style of the piece it
 * cuts) when too wide, padded when too narrow. The pieces must be sanitized text (see {@link
 * SanitizedText}); they are not sanitized again.
 */
final class StyledText {

  private final List<String> pieces = new ArrayList<>();
  private final List<Style> styles = new ArrayList<>();
  private String link;

  /** @return an empty row */
  static StyledText empty() {
    return new StyledText();
  }

  /** @return a row of one piece */
  static StyledText of(String sanitized, Style style) {
    return new StyledText().add(sanitized, style);
  }

  /**
   * Appends a piece.
   *
   * @param sanitized sanitized text; never null
   * @param style its look; never null
   * @return this row
   */
  StyledText add(String sanitized, Style style) {
    if (!sanitized.isEmpty()) {
      pieces.add(sanitized);
      styles.add(style);
    }
    return this;
  }

  /**
   * Appends the pieces of another row.
   *
   * @return this row
   */
  StyledText append(StyledText other) {
    for (int i = 0; i < other.pieces.size(); i++) {
      add(other.pieces.get(i), other.styles.get(i));
    }
    return this;
  }

  /**
   * Makes the row (a line of a URL) a hyperlink to {@code url}, which the canvas hears of when the
   * row is drawn.
   *
   * @param url an absolute http or https URL that can be written to the terminal (see {@code
   *     WritableUrls}); null for none
   * @return this row
   */
  StyledText link(String url) {
    link = url;
    return this;
  }

  /** @return the URL the row links to, or null */
  String link() {
    return link;
  }

  /** @return the style of the first piece, {@link Style#NORMAL} when there is none */
  Style firstStyle() {
    return styles.isEmpty() ? Style.NORMAL : styles.get(0);
  }

  /** @return the row's width in terminal columns */
  int width() {
    int columns = 0;
    for (String piece : pieces) {
      columns += TerminalText.width(piece);
    }
    return columns;
  }

  /** @return the row's text, without styles */
  String text() {
    return String.join("", pieces);
  }

  /**
   * Draws the row in exactly {@code width} columns, each piece in its style and the padding in
   * {@code padding}.
   */
  void draw(Canvas canvas, int column, int row, int width, Style padding) {
    draw(canvas, column, row, width, padding, null);
  }

  /**
   * Draws the row in exactly {@code width} columns, every piece and the padding in {@code all},
   * except that matches of the query stay visible on the focused cursor's row ({@link
   * Style#CURSOR_MATCH}).
   */
  void drawAll(Canvas canvas, int column, int row, int width, Style all) {
    draw(canvas, column, row, width, all, all);
  }

  /** The style of a piece drawn in {@code all}. */
  private static Style over(Style all, Style own) {
    boolean reversed = all == Style.CURSOR || all == Style.CURSOR_MARKED;
    return own == Style.MATCH && reversed ? Style.CURSOR_MATCH : all;
  }

  private void draw(Canvas canvas, int column, int row, int width, Style padding, Style all) {
    if (width <= 0) {
      return;
    }
    boolean cut = width() > width;
    if (link != null) {
      canvas.link(column, row, Math.min(width, width()), link);
    }
    int room = cut ? width - 1 : width;
    int x = column;
    int used = 0;
    Style last = padding;
    outer:
    for (int p = 0; p < pieces.size(); p++) {
      String piece = pieces.get(p);
      Style style = all != null ? over(all, styles.get(p)) : styles.get(p);
      for (int i = 0; i < piece.length(); i++) {
        char c = piece.charAt(i);
        int w = TerminalText.width(c);
        if (used + w > room) {
          last = style;
          break outer;
        }
        canvas.put(x, row, c, style);
        x += w;
        used += w;
        last = style;
      }
    }
    if (cut) {
      canvas.put(x, row, Glyphs.ELLIPSIS, last);
      x++;
      used++;
    }
    for (; used < width; used++, x++) {
      canvas.put(x, row, ' ', padding);
    }
  }
}
