package dev.tidings.ui.view;

import dev.tidings.model.DateSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the panes write dates, in the zone the user chose. Lists use a compact date of {@link
 * #COLUMNS} columns, as {@code ls -l} does: {@code Dec 14 03:22} in the current year, {@code Dec
 * 14  2020} in another; the preview writes {@code 2021-12-14 03:22}. Also what stands in for the
 * date of an undated article (a file name's day, a modification time). Which year is current is
 * given, so that drawing stays a function of the state and the time it is drawn at.
 */
final class DateFormats {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  private static final DateTimeFormatter THIS_YEAR =
      DateTimeFormatter.ofPattern("MMM ppd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter OTHER_YEAR =
      DateTimeFormatter.ofPattern("MMM ppd  yyyy", Locale.ROOT);
  private static final DateTimeFormatter THIS_YEAR_DAY =
      DateTimeFormatter.ofPattern("MMM ppd", Locale.ROOT);
  private static final DateTimeFormatter OTHER_YEAR_DAY =
      DateTimeFormatter.ofPattern("MMM ppd yyyy", Locale.ROOT);

  /** Marks the date of an undated article: the date that stands in for one. */
  static final char UNDATED_MARK = '~';

  /** The width of a {@link #compact} date, in terminal columns. */
  static final int COLUMNS = 12;

  private final ZoneId zone;
  private final int currentYear;

  /**
   * @param zone the zone to show dates in; never null
   * @param today the day it is now, in {@code zone}; never null
   */
  DateFormats(ZoneId zone, LocalDate today) {
    this.zone = zone;
    this.currentYear = today.getYear();
  }

  /**
   * A list's date: {@code Dec 14 03:22} in the current year, {@code Dec 14  2020} in another; for
   * an undated article {@code ~Dec 14} or {@code ~Dec 14 2020}, the day that stands in for the
   * date (a file name's day as written, a modification time's day in the zone).
   *
   * @param instant a UTC instant; null when none is known
   * @param source where it comes from; null for a related story's date
   * @return the date, {@link #COLUMNS} columns wide
   */
  String compact(Instant instant, DateSource source) {
    if (instant == null) {
      return TerminalText.fit("undated", COLUMNS);
    }
    boolean undated = source != null && source.undated();
    ZoneId shownIn = undated && source == DateSource.FILE_NAME ? ZoneOffset.UTC : zone;
    boolean thisYear = instant.atZone(shownIn).getYear() == currentYear;
    if (!undated) {
      return (thisYear ? THIS_YEAR : OTHER_YEAR).withZone(shownIn).format(instant);
    }
    String day = (thisYear ? THIS_YEAR_DAY : OTHER_YEAR_DAY).withZone(shownIn).format(instant);
    return TerminalText.fit(UNDATED_MARK + day, COLUMNS);
  }

  /**
   * The preview's date: {@code 2021-12-14 03:22}, or for an undated article {@code undated} and
   * what stands in, such as {@code undated (2021-12-14 from the file name)}.
   *
   * @param instant a UTC instant; null when none is known
   * @param source where it comes from; never null
   * @return the date; never null
   */
  String full(Instant instant, DateSource source) {
    if (instant == null) {
      return "undated";
    }
    if (!source.undated()) {
      return DATE_TIME.withZone(zone).format(instant);
    }
    return source == DateSource.FILE_NAME
        ? "undated (" + DAY.withZone(ZoneOffset.UTC).format(instant) + " from the file name)"
        : "undated (file modified " + DATE_TIME.withZone(zone).format(instant) + ")";
  }
}
