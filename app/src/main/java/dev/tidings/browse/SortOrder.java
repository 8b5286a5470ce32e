package dev.tidings.browse;

import dev.tidings.model.TimelineEntry;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The orders the timeline can be shown in ({@code --sort}, and the key that cycles them): newest
 * first, oldest first, quality, heat, provider. Each is a total order over timeline rows: every
 * order ends with the file's path, which no two rows share, so that a sort gives the same list
 * whatever order the rows came in, and a row can be found again by binary search.
 *
 * <p>Rules common to the orders: rows without a date ({@link TimelineEntry#published()} null) go
 * last in both date orders; an article without a score (quality, heat) goes last in the order by
 * that score; ties are broken newest first ({@link TimelineEntry#NEWEST_FIRST}).
 *
 * <p>Quality and heat are the front matter's {@code quality} and {@code heat}, whole numbers
 * ({@link TimelineEntry#quality()}, {@link TimelineEntry#heat()}).
 */
public enum SortOrder {
  /** Newest first: {@link TimelineEntry#NEWEST_FIRST}, the timeline's own order. */
  DATE("date", "newest first"),
  /** Oldest first; undated rows last, then by title and path. */
  OLDEST("oldest", "oldest first"),
  /** Highest quality first; rows without one last; ties newest first. */
  QUALITY("quality", "by quality"),
  /** Hottest first; rows without a heat last; ties newest first. */
  HEAT("heat", "by heat"),
  /**
   * By provider name A-Z (by UTF-16 code unit, ignoring case: {@link
   * String#CASE_INSENSITIVE_ORDER}), rows without a provider last; the articles of one provider
   * newest first.
   */
  PROVIDER("provider", "by provider");

  private final String label;
  private final String description;

  SortOrder(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** @return the order's name on the command line ({@code --sort=date}); never null */
  public String label() {
    return label;
  }

  /** @return a few words for the status line, such as {@code newest first}; never null */
  public String description() {
    return description;
  }

  /** @return the order after this one, the first after the last: the cycle of the sort key */
  public SortOrder next() {
    SortOrder[] all = values();
    return all[(ordinal() + 1) % all.length];
  }

  /**
   * @param label an order's name as on the command line, in any case ({@code date}, {@code
   *     Oldest}...); never null
   * @return the order of that name, or empty when there is none
   */
  public static Optional<SortOrder> ofLabel(String label) {
    for (SortOrder order : values()) {
      if (order.label.equalsIgnoreCase(label)) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }

  /** @return the order as a comparator of rows; total (see the class comment); never null */
  public Comparator<TimelineEntry> comparator() {
    return switch (this) {
      case DATE -> TimelineEntry.NEWEST_FIRST;
      case OLDEST -> Orders.OLDEST_FIRST;
      case QUALITY -> Orders.BY_QUALITY;
      case HEAT -> Orders.BY_HEAT;
      case PROVIDER -> Orders.BY_PROVIDER;
    };
  }

  /**
   * The order of a score: the highest first, rows without a score after every row with one, ties
   * newest first and then by path ({@link TimelineEntry#NEWEST_FIRST}).
   *
   * @param score reads a row's score; it returns empty for a row without one; never null
   * @return the comparator; never null
   */
  public static Comparator<TimelineEntry> byScore(Score score) {
    return Comparator.<TimelineEntry, OptionalDouble>comparing(
            score::of,
            (a, b) -> {
              if (a.isPresent() != b.isPresent()) {
                return a.isPresent() ? -1 : 1;
              }
              return a.isPresent() ? Double.compare(b.getAsDouble(), a.getAsDouble()) : 0;
            })
        .thenComparing(TimelineEntry.NEWEST_FIRST);
  }

  /** A row's score for {@link #byScore}. */
  @FunctionalInterface
  public interface Score {

    /**
     * @param row a timeline row; never null
     * @return its score, or empty when it has none; never null
     */
    OptionalDouble of(TimelineEntry row);
  }

  /**
   * A row's quality, as {@link #QUALITY} ranks it: the front matter's {@code quality}.
   *
   * @param row a timeline row; never null
   * @return its quality, or empty when it has none; never null
   */
  static OptionalDouble quality(TimelineEntry row) {
    Integer quality = row.quality();
    return quality == null ? OptionalDouble.empty() : OptionalDouble.of(quality);
  }

  /**
   * A row's heat, as {@link #HEAT} ranks it: the front matter's {@code heat}.
   *
   * @param row a timeline row; never null
   * @return its heat, or empty when it has none; never null
   */
  static OptionalDouble heat(TimelineEntry row) {
    Integer heat = row.heat();
    return heat == null ? OptionalDouble.empty() : OptionalDouble.of(heat);
  }

  /** The comparators, built once (an enum's constructor cannot read its own static fields). */
  private static final class Orders {

    static final Comparator<TimelineEntry> OLDEST_FIRST =
        Comparator.comparing(
                TimelineEntry::published, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(TimelineEntry::title)
            .thenComparing(row -> row.key().path());

    // Same order as byScore(SortOrder::quality), without a boxed score per comparison.
    static final Comparator<TimelineEntry> BY_QUALITY =
        Comparator.comparing(
                TimelineEntry::quality, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
            .thenComparing(TimelineEntry.NEWEST_FIRST);

    static final Comparator<TimelineEntry> BY_HEAT =
        Comparator.comparing(
                TimelineEntry::heat, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
            .thenComparing(TimelineEntry.NEWEST_FIRST);

    static final Comparator<TimelineEntry> BY_PROVIDER =
        Comparator.comparing((TimelineEntry row) -> row.provider().isEmpty())
            .thenComparing(TimelineEntry::provider, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(TimelineEntry.NEWEST_FIRST);

    private Orders() {}
  }

  /** @return {@link #label()}, as help and messages show the order */
  @Override
  public String toString() {
    return label;
  }
}
