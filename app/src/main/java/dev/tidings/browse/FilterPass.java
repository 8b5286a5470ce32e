package dev.tidings.browse;

import dev.tidings.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * How one pass of a filter over the rows runs. The session starts no threads of its own, so its
 * owner chooses: {@link #SEQUENTIAL} tests every row on the calling thread; the UI injects a pass
 * that spreads a large timeline over the cores, since a keystroke in the filter prompt may test
 * 100,000 rows.
 */
@FunctionalInterface
public interface FilterPass {

  /** Tests every row on the calling thread, in order. */
  FilterPass SEQUENTIAL =
      (rows, matcher) -> {
        ArrayList<TimelineEntry> matching = new ArrayList<>();
        for (TimelineEntry row : rows) {
          if (matcher.test(row)) {
            matching.add(row);
          }
        }
        return matching;
      };

  /**
   * The rows a filter matches, in their order.
   *
   * @param rows rows in {@link TimelineEntry#NEWEST_FIRST} order; never null, not changed, and
   *     not changed by anyone else while the pass runs
   * @param matcher the filter's predicate; never null, free of side effects and safe to call from
   *     several threads at once
   * @return a new list of the matching rows in the order of {@code rows}, which the caller owns and
   *     may change; never null
   */
  ArrayList<TimelineEntry> matching(List<TimelineEntry> rows, Predicate<TimelineEntry> matcher);
}
