package dev.tidings.repository.read;

import dev.tidings.model.DateSource;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Parses the date-times of front matter with {@code java.time}. Accepted, in this order: an ISO 8601
 * date-time with an offset or {@code Z} ({@code 2021-12-14T03:22:00Z}, {@code
 * 2021-12-14T11:22:00+08:00}); the same without an offset, taken as UTC; a date alone, taken as
 * the start of that day in UTC. A space may stand for the {@code T}, as YAML 1.1 timestamps allow.
 */
final class Dates {

  /** The most characters of an invalid date quoted in a note. */
  private static final int QUOTED_CHARACTERS = 40;

  private Dates() {}

  /**
   * An article's date and where it comes from.
   *
   * @param instant the date (UTC instant); null only when undated and no file time was given
   * @param source where it comes from; never null
   * @param note for an undated article, what was wrong and what stands in, for a {@link
   *     Problem.Kind#UNDATED} note; null when dated
   */
  record Dating(Instant instant, DateSource source, String note) {}

  /**
   * Dates an article: its front matter's {@code publishedDateTime} when that is a date ({@link
   * #parse}); else the date at the start of its file name ({@link #fromFileName}); else the file's
   * modification time.
   *
   * @param published the front matter's {@code publishedDateTime} as written; may be null
   * @param file the article's file; never null
   * @param modified the file's modification time; null when not known
   * @return the dating; never null
   */
  static Dating dating(String published, Path file, Instant modified) {
    Instant parsed = parse(published);
    if (parsed != null) {
      return new Dating(parsed, DateSource.FRONT_MATTER, null);
    }
    String why;
    if (published == null || published.isBlank()) {
      why = "no publishedDateTime";
    } else {
      String quoted = published.strip();
      if (quoted.length() > QUOTED_CHARACTERS) {
        quoted = quoted.substring(0, QUOTED_CHARACTERS) + "\u2026";
      }
      why = "publishedDateTime \"" + quoted + "\" is not a date";
    }
    Path name = file.getFileName();
    Instant fromName = name == null ? null : fromFileName(name.toString());
    if (fromName != null) {
      String day = fromName.toString().substring(0, 10);
      return new Dating(fromName, DateSource.FILE_NAME, why + "; dated by its file name, " + day);
    }
    return new Dating(
        modified, DateSource.FILE_MODIFIED, why + "; dated by the file's modification time");
  }

  /**
   * The date a file name starts with, as blogs and Jekyll name posts: {@code YYYY-MM-DD} followed
   * by the end of the name or a character that is not a digit ({@code 2021-12-14-title.md}).
   *
   * @param fileName a file name, without directories; never null
   * @return the start of that day in UTC, or null when the name does not start with a valid date
   */
  static Instant fromFileName(String fileName) {
    if (fileName.length() < 10
        || fileName.charAt(4) != '-'
        || fileName.charAt(7) != '-'
        || fileName.length() > 10 && Character.isDigit(fileName.charAt(10))) {
      return null;
    }
    int year = digits(fileName, 0, 4);
    int month = digits(fileName, 5, 2);
    int day = digits(fileName, 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeException invalid) {
      return null;
    }
  }

  /**
   * @param text the scalar as written; may be null
   * @return the instant, or null when {@code text} is null, blank or not one of the forms above
   */
  static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String iso = text.strip();
    Instant utc = utcSeconds(iso);
    if (utc != null) {
      return utc;
    }
    if (iso.length() > 10 && iso.charAt(10) == ' ') {
      iso = iso.substring(0, 10) + 'T' + iso.substring(11).strip();
    }
    try {
      return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException offsetMissing) {
      try {
        return LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .toInstant(ZoneOffset.UTC);
      } catch (DateTimeException notADateTime) {
        try {
          return LocalDate.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE)
              .atStartOfDay()
              .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notADate) {
          return null;
        }
      }
    }
  }

  /**
   * The common form {@code 2021-12-14T03:22:00Z} without the formatter's cost (several
   * microseconds, which add up over a million files).
   *
   * @return the instant, or null when {@code iso} is not exactly of that form or not a valid date
   */
  private static Instant utcSeconds(String iso) {
    if (iso.length() != 20
        || iso.charAt(4) != '-'
        || iso.charAt(7) != '-'
        || iso.charAt(10) != 'T'
        || iso.charAt(13) != ':'
        || iso.charAt(16) != ':'
        || iso.charAt(19) != 'Z') {
      return null;
    }
    int year = digits(iso, 0, 4);
    int month = digits(iso, 5, 2);
    int day = digits(iso, 8, 2);
    int hour = digits(iso, 11, 2);
    int minute = digits(iso, 14, 2);
    int second = digits(iso, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59) {
      return null;
    }
    try {
      long epochDay = LocalDate.of(year, month, day).toEpochDay();
      return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second);
    } catch (DateTimeException invalid) {
      return null;
    }
  }

  /** @return the decimal number in {@code text[from, from + count)}, or -1 if not all digits */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
