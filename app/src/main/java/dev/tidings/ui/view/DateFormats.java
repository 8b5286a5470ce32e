package dev.tidings.ui.view;

import dev.tidings.model.DateSource;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the panes write dates: {@code yyyy-MM-dd HH:mm} in the zone the user chose, and what stands
 * in for the date of an undated article (a file name's day, a modification time).
 */
final class DateFormats {

  private static final String DATE_TIME_PATTERN = "yyyy-MM-dd HH:mm";
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern(DATE_TIME_PATTERN, Locale.ROOT);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  /** Marks the date of an undated article: the date that stands in for one. */
  static final char UNDATED_MARK = '~';

  /** The width of a {@link #dateTime} or a {@link #timelineDate}, in terminal columns. */
  static final int COLUMNS = DATE_TIME_PATTERN.length();

  private DateFormats() {}

  /**
   * @param instant a UTC instant; null for an undated article
   * @param zone the zone to show it in
   * @return {@code yyyy-MM-dd HH:mm} in {@code zone}, or {@code undated}, {@link #COLUMNS} columns
   *     wide
   */
  static String dateTime(Instant instant, ZoneId zone) {
    if (instant == null) {
      return TerminalText.fit("undated", COLUMNS);
    }
    return DATE_TIME.withZone(zone).format(instant);
  }

  /**
   * A timeline date: the publication date as {@link #dateTime} writes it; for an undated article
   * {@code ~yyyy-MM-dd}, the day that stands in for the date (a file name's day as written, a
   * modification time's day in {@code zone}).
   *
   * @param instant a UTC instant; null when none is known
   * @param source where it comes from; never null
   * @param zone the zone to show it in
   * @return the date, {@link #COLUMNS} columns wide
   */
  static String timelineDate(Instant instant, DateSource source, ZoneId zone) {
    if (instant == null || !source.undated()) {
      return dateTime(instant, zone);
    }
    return TerminalText.fit(UNDATED_MARK + day(instant, source, zone), COLUMNS);
  }

  /**
   * The preview's date: the publication date, or for an undated article {@code undated} and what
   * stands in, such as {@code undated (2021-12-14 from the file name)}.
   */
  static String previewDate(Instant instant, DateSource source, ZoneId zone) {
    if (instant == null || !source.undated()) {
      return dateTime(instant, zone).strip();
    }
    return source == DateSource.FILE_NAME
        ? "undated (" + day(instant, source, zone) + " from the file name)"
        : "undated (file modified " + dateTime(instant, zone) + ")";
  }

  /** A file name's day is written as a UTC date; a modification time is shown in the zone. */
  private static String day(Instant instant, DateSource source, ZoneId zone) {
    return DAY.withZone(source == DateSource.FILE_NAME ? ZoneOffset.UTC : zone).format(instant);
  }
}
