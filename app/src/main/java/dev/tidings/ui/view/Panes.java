package dev.tidings.ui.view;

import dev.tidings.model.DateSource;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Drawing shared by the panes: headings and dates. */
final class Panes {

  private static final String DATE_PATTERN = "yyyy-MM-dd HH:mm";
  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern(DATE_PATTERN, Locale.ROOT);
  private static final DateTimeFormatter DAY_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  /** Marks the date of an undated article: the date that stands in for one. */
  static final char UNDATED_MARK = '~';

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

  /**
   * A timeline date: the publication date as {@link #date(Instant, ZoneId)} draws it; for an
   * undated article {@code ~yyyy-MM-dd}, the day that stands in for the date (a file name's day
   * as written, a modification time's day in {@code zone}).
   *
   * @param instant a UTC instant; null when none is known
   * @param source where it comes from; never null
   * @param zone the zone to show it in
   * @return the date, {@link #DATE_COLUMNS} columns wide
   */
  static String date(Instant instant, DateSource source, ZoneId zone) {
    if (instant == null || !source.undated()) {
      return date(instant, zone);
    }
    return TerminalText.fit(UNDATED_MARK + day(instant, source, zone), DATE_COLUMNS);
  }

  /**
   * The preview's date: the publication date, or for an undated article {@code undated} and what
   * stands in, such as {@code undated (2021-12-14 from the file name)}.
   */
  static String longDate(Instant instant, DateSource source, ZoneId zone) {
    if (instant == null || !source.undated()) {
      return date(instant, zone).strip();
    }
    return source == DateSource.FILE_NAME
        ? "undated (" + day(instant, source, zone) + " from the file name)"
        : "undated (file modified " + date(instant, zone) + ")";
  }

  private static String day(Instant instant, DateSource source, ZoneId zone) {
    return DAY_FORMAT.withZone(source == DateSource.FILE_NAME ? ZoneOffset.UTC : zone).format(instant);
  }
}
