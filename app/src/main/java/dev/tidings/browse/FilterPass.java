package dev.tidings.browse;

import dev.tidings.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * How one pass of a filter over the rows runs. The session starts no threads of its own, so its
 * owner chooses: {@link #SEQUENTIAL} tests every row on the calling thread; the UI injects a pass
 * that spreads a large timeline over the cores, since a keystroke in the filter prompt may test
 * 100,000 rows. A pass can be abandoned part way, when its result would be of no use (the next
 * keystroke has arrived, or the user quits): it asks {@code abandon} before it starts and then
 * every {@link #CHECK_ROWS} rows or so.
 */
@FunctionalInterface
public interface FilterPass {

  /** About how many rows a pass tests between two questions whether to abandon. */
  int CHECK_ROWS = 4_096;

  /** Tests every row on the calling thread, in order. */
  FilterPass SEQUENTIAL =
      (rows, matcher, abandon) -> {
        ArrayList<TimelineEntry> matching = new ArrayList<>();
        int index = 0;
        for (TimelineEntry row : rows) {
          if (index++ % CHECK_ROWS == 0 && abandon.getAsBoolean()) {
            return Optional.empty();
          }
          if (matcher.test(row)) {
            matching.add(row);
          }
        }
        return Optional.of(matching);
      };

  /**
   * The rows a filter matches, in their order, unless the pass is abandoned.
   *
   * @param rows rows in {@link TimelineEntry#NEWEST_FIRST} order; never null, not changed, and
   *     not changed by anyone else while the pass runs
   * @param matcher the filter's predicate; never null, free of side effects and safe to call from
   *     several threads at once
   * @param abandon asked before the pass starts and every {@link #CHECK_ROWS} rows or so, from any
   *     thread the pass runs on: true abandons it; never null, thread-safe and cheap
   * @return a new list of the matching rows in the order of {@code rows}, which the caller owns and
   *     may change; empty (no list) when the pass was abandoned
   */
  Optional<ArrayList<TimelineEntry>> matching(
      List<TimelineEntry> rows, Predicate<TimelineEntry> matcher, BooleanSupplier abandon);

  /**
   * The rows a filter matches, in their order: a pass that is never abandoned.
   *
   * @param rows as for {@link #matching(List, Predicate, BooleanSupplier)}
   * @param matcher as for {@link #matching(List, Predicate, BooleanSupplier)}
   * @return a new list of the matching rows in the order of {@code rows}; never null
   */
  default ArrayList<TimelineEntry> matching(
      List<TimelineEntry> rows, Predicate<TimelineEntry> matcher) {
    return matching(rows, matcher, () -> false).orElseThrow();
  }
}
