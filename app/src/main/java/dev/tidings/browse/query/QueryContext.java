package dev.tidings.browse.query;

import dev.tidings.model.TimelineEntry;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a query needs to know beyond the rows themselves: the time and zone for {@code since:} and
 * {@code until:} ({@code 2021-12-10} is a day in the zone dates are shown in, {@code 7d} is seven
 * days before the clock's instant), which rows are marked ({@code is:marked}) and which are
 * linked ({@code is:linked}: a related story of the row is an article of the timeline), which are
 * unread ({@code is:unread}; {@code is:read} is its negation) and which are new ({@code is:new}).
 *
 * @param clock the current instant and the zone dates are shown in; never null
 * @param marked whether a row is marked; never null, called from any thread while the rows are
 *     tested, so it must be safe to call concurrently and must not change meanwhile
 * @param linked whether a row is linked; never null, same rules
 * @param unread whether a row's article is unread; never null, same rules
 * @param isNew whether a row's article is new; never null, same rules
 */
public record QueryContext(
    Clock clock,
    Predicate<TimelineEntry> marked,
    Predicate<TimelineEntry> linked,
    Predicate<TimelineEntry> unread,
    Predicate<TimelineEntry> isNew) {

  /** @throws NullPointerException if a part is null */
  public QueryContext {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(marked, "marked");
    Objects.requireNonNull(linked, "linked");
    Objects.requireNonNull(unread, "unread");
    Objects.requireNonNull(isNew, "isNew");
  }

  /**
   * A context where nothing is unread or new.
   *
   * @param clock the current instant and zone; never null
   * @param marked whether a row is marked; never null
   * @param linked whether a row is linked; never null
   * @throws NullPointerException if a part is null
   */
  public QueryContext(
      Clock clock, Predicate<TimelineEntry> marked, Predicate<TimelineEntry> linked) {
    this(clock, marked, linked, row -> false, row -> false);
  }

  /**
   * A context where no row is marked, linked, unread or new, as for a script.
   *
   * @param clock the current instant and zone; never null
   * @return the context; never null
   */
  public static QueryContext of(Clock clock) {
    return new QueryContext(clock, row -> false, row -> false);
  }
}
