package dev.tidings.browse.query;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of {@code since:} and {@code until:}: a day ({@code 2021-12-10}), a month ({@code
 * 2021-12}) or a year ({@code 2021}), which are spans of time in the zone dates are shown in;
 * {@code today} and {@code yesterday}, the same for the current day; or a time ago ({@code 7d},
 * {@code 24h}, {@code 2w}), which is an instant. Dates follow ISO 8601's calendar forms
 * ({@link LocalDate#parse}), so {@code 2021-02-30} is no date.
 *
 * @param kind which form
 * @param first for a day, month or year: its first day; otherwise null
 * @param seconds for a time ago: how many seconds ago; otherwise 0
 */
record DateValue(Kind kind, LocalDate first, long seconds) {

  /** The forms of a date value. */
  enum Kind {
    DAY,
    MONTH,
    YEAR,
    TODAY,
    YESTERDAY,
    AGO
  }

  /** The longest time ago accepted: about 27 years, past any news archive's start. */
  private static final long MAX_AGO_SECONDS = 10_000L * 86_400;

  private static final Pattern AGO = Pattern.compile("([0-9]{1,9})([hdw])");
  private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

  /**
   * @param text the value as typed
   * @return the value, or null when the text is not one of the forms
   */
  static DateValue parse(String text) {
    String value = text.toLowerCase(Locale.ROOT);
    switch (value) {
      case "today" -> {
        return new DateValue(Kind.TODAY, null, 0);
      }
      case "yesterday" -> {
        return new DateValue(Kind.YESTERDAY, null, 0);
      }
      default -> {}
    }
    Matcher ago = AGO.matcher(value);
    if (ago.matches()) {
      long unit =
          switch (ago.group(2)) {
            case "h" -> 3_600;
            case "d" -> 86_400;
            default -> 7 * 86_400;
          };
      long seconds = Long.parseLong(ago.group(1)) * unit;
      return seconds > MAX_AGO_SECONDS ? null : new DateValue(Kind.AGO, null, seconds);
    }
    try {
      if (YEAR.matcher(value).matches()) {
        return new DateValue(Kind.YEAR, LocalDate.of(Integer.parseInt(value), 1, 1), 0);
      }
      Matcher month = MONTH.matcher(value);
      if (month.matches()) {
        LocalDate first =
            LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1);
        return new DateValue(Kind.MONTH, first, 0);
      }
      if (value.length() == 10) {
        return new DateValue(Kind.DAY, LocalDate.parse(value), 0);
      }
    } catch (DateTimeException notADate) {
      return null;
    }
    return null;
  }

  /** @return whether the value moves with the clock ({@code today}, {@code 7d}) */
  boolean isRelative() {
    return kind == Kind.TODAY || kind == Kind.YESTERDAY || kind == Kind.AGO;
  }

  /** @return where the value starts: the instant {@code since:} matches from */
  Instant start(Clock clock) {
    if (kind == Kind.AGO) {
      return clock.instant().minusSeconds(seconds);
    }
    return day(clock).atStartOfDay(zone(clock)).toInstant();
  }

  /** @return where the value ends: the instant {@code until:} matches before */
  Instant end(Clock clock) {
    if (kind == Kind.AGO) {
      return start(clock);
    }
    LocalDate day = day(clock);
    LocalDate next =
        switch (kind) {
          case MONTH -> day.plusMonths(1);
          case YEAR -> day.plusYears(1);
          default -> day.plusDays(1);
        };
    return next.atStartOfDay(zone(clock)).toInstant();
  }

  private LocalDate day(Clock clock) {
    return switch (kind) {
      case TODAY -> LocalDate.now(clock);
      case YESTERDAY -> LocalDate.now(clock).minusDays(1);
      default -> first;
    };
  }

  private static ZoneId zone(Clock clock) {
    return clock.getZone();
  }
}
