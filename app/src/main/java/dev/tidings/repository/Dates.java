package dev.tidings.repository;

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

  private Dates() {}

  /**
   * @param text the scalar as written; may be null
   * @return the instant, or null when {@code text} is null, blank or not one of the forms above
   */
  static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String iso = text.strip();
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
}
