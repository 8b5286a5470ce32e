package dev.tidings.ui.view;

/**
 * The characters the views draw besides text: lines, corners, arrows, the separator and the
 * ellipsis. Views draw them in Unicode; on a terminal that cannot draw borders and markers ({@link
 * Appearance#unicode()} false) the canvas puts {@link #ascii(char)} in their place, one column for
 * one column, so that layouts do not change: lines become {@code -}, {@code =} and {@code |},
 * corners {@code +}, the arrows of related stories {@code +} and {@code <}, the unread marker
 * {@code N}. The separator
 * ({@code ·}) and the ellipsis stay: they are also characters of titles, which must reach the
 * terminal as they are (tidings writes UTF-8 whatever the locale says, the usual case being a
 * server without the client's locale), and the consoles that cannot draw boxes draw them.
 */
final class Glyphs {

  /** A pane's heading line. */
  static final char LINE = '\u2500';
  /** The heading line of the pane that has the focus. */
  static final char HEAVY_LINE = '\u2501';
  /** The divider between side-by-side panes and the sides of the help's box. */
  static final char VERTICAL = '\u2502';
  /** The help box's corners. */
  static final char TOP_LEFT = '\u250C';
  static final char TOP_RIGHT = '\u2510';
  static final char BOTTOM_LEFT = '\u2514';
  static final char BOTTOM_RIGHT = '\u2518';
  /** Marks a related story that is an article of the timeline too. */
  static final char RIGHT_ARROW = '\u2192';
  /** Marks an article that names the current one among its related stories. */
  static final char LEFT_ARROW = '\u2190';
  /** Says there is more below. */
  static final char DOWN_ARROW = '\u2193';
  /** Says there is more above. */
  static final char UP_ARROW = '\u2191';
  /** Marks an unread article, before its date. */
  static final char UNREAD = '\u2022';
  /** Separates the parts of a line, such as the counts on the status line. */
  static final char SEPARATOR = '\u00B7';
  /** Ends text cut to fit ({@link TerminalText#ELLIPSIS}). */
  static final char ELLIPSIS = TerminalText.ELLIPSIS;

  private Glyphs() {}

  /**
   * @param c a character to draw
   * @return its ASCII stand-in when it is one of the glyphs above or another box-drawing
   *     character, else {@code c} itself
   */
  static char ascii(char c) {
    if (c < 0x80) {
      return c;
    }
    switch (c) {
      case HEAVY_LINE, '\u2550':
        return '=';
      case VERTICAL, '\u2503', '\u2551':
        return '|';
      case RIGHT_ARROW:
        // Not >, which is the cursor's.
        return '+';
      case LEFT_ARROW:
        return '<';
      case DOWN_ARROW:
        return 'v';
      case UP_ARROW:
        return '^';
      case UNREAD:
        // N as in newsboat's unread flag; not +, which is the linked arrow's stand-in.
        return 'N';
      default:
        break;
    }
    if (c >= '\u2500' && c <= '\u257F') {
      // Box drawing: corners and crossings become +, the other lines -.
      return c == LINE || c == '\u2504' || c == '\u2508' ? '-' : '+';
    }
    return c;
  }
}
