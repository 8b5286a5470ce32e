package dev.tidings.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Drawing shared by the panes: headings and dates. */
final class Panes {

  private static final String DATE_PATTERN = "yyyy-MM-dd HH:mm";
  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern(DATE_PATTERN, Locale.ROOT);

  /** The width of a drawn date, in columns. */
  static final int DATE_COLUMNS = DATE_PATTERN.length();

  private Panes() {}

  /**
   * Draws a pane's heading on its first row: {@code ─ Title ───}, or with heavy lines and in
   * reverse when the pane has the focus.
   */
  static void heading(Canvas canvas, Rect pane, String title, boolean focused) {
    if (pane.height() == 0 || pane.width() == 0) {
      return;
    }
    String line = focused ? "\u2501" : "\u2500";
    String label =
        TerminalText.truncate(TerminalText.sanitize(line + " " + title + " "), pane.width());
    String text = label + line.repeat(Math.max(0, pane.width() - TerminalText.width(label)));
    canvas.text(
        pane.column(),
        pane.row(),
        pane.width(),
        text,
        focused ? Style.HEADING_FOCUSED : Style.HEADING);
  }

  /**
   * @param instant a UTC instant; null for an undated article
   * @param zone the zone to show it in
   * @return {@code yyyy-MM-dd HH:mm} in {@code zone}, or {@code undated}, {@link #DATE_COLUMNS}
   *     columns wide
   */
  static String date(Instant instant, ZoneId zone) {
    if (instant == null) {
      return TerminalText.fit("undated", DATE_COLUMNS);
    }
    return DATE_FORMAT.withZone(zone).format(instant);
  }
}
