package dev.tidings.browse.query;

import dev.tidings.model.TextPattern;
import dev.tidings.model.TimelineEntry;
import java.util.Objects;

/** What one term of a query asks of a row, before negation. */
sealed interface Condition {

  /**
   * A text in some fields of the row's search text: words, phrases, {@code title:}, {@code
   * provider:} and {@code topic:}.
   */
  record Text(TextPattern pattern) implements Condition {
    public Text {
      Objects.requireNonNull(pattern, "pattern");
    }
  }

  /**
   * {@code site:}: the row's URL host is the given host or one of its subdomains.
   *
   * @param host lower-cased, such as {@code forbes.com}
   */
  record Site(String host) implements Condition {
    public Site {
      Objects.requireNonNull(host, "host");
    }

    boolean test(TimelineEntry row) {
      String rowHost = row.host();
      return rowHost != null
          && rowHost.endsWith(host)
          && (rowHost.length() == host.length()
              || rowHost.charAt(rowHost.length() - host.length() - 1) == '.');
    }
  }

  /** The scores a row may carry. */
  enum Score {
    QUALITY,
    HEAT;

    Integer of(TimelineEntry row) {
      return this == QUALITY ? row.quality() : row.heat();
    }
  }

  /**
   * {@code quality:} and {@code heat:}: the score is known and within {@code [min, max]}.
   *
   * @param min the least value matched (Long.MIN_VALUE for no bound)
   * @param max the greatest value matched (Long.MAX_VALUE for no bound)
   */
  record ScoreRange(Score score, long min, long max) implements Condition {
    public ScoreRange {
      Objects.requireNonNull(score, "score");
    }

    boolean test(TimelineEntry row) {
      Integer value = score.of(row);
      return value != null && value >= min && value <= max;
    }

    boolean within(ScoreRange other) {
      return score == other.score && min >= other.min && max <= other.max;
    }
  }

  /**
   * {@code since:} (the row's date is at or after the value's start) or {@code until:} (before
   * its end). A row without a date never matches.
   */
  record DateBound(boolean since, DateValue value) implements Condition {
    public DateBound {
      Objects.requireNonNull(value, "value");
    }
  }

  /** The flags {@code is:} and {@code has:} test. */
  enum Flag {
    MARKED,
    LINKED,
    RELATED,
    UNDATED,
    REPAIRED,
    UNREAD,
    READ,
    NEW;

    /** @return whether the flag is the session's, not the row's: it changes with no update */
    boolean ofSession() {
      return this == MARKED || this == LINKED || this == UNREAD || this == READ || this == NEW;
    }
  }

  /**
   * {@code is:marked}, {@code is:linked}, {@code has:related}, {@code is:undated}, {@code
   * is:repaired}, {@code is:unread}, {@code is:read}, {@code is:new}.
   */
  record FlagIs(Flag flag) implements Condition {
    public FlagIs {
      Objects.requireNonNull(flag, "flag");
    }
  }
}
