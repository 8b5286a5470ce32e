package dev.tidings.ui;

import dev.tidings.browse.FilterPass;
import dev.tidings.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A {@link FilterPass} that tests a large timeline on every core (the common fork-join pool), so
 * that a keystroke in the filter prompt over 100,000 rows redraws within the benchmark's target;
 * a small one runs {@link FilterPass#SEQUENTIAL sequentially}, where splitting costs more than it
 * saves. The session owns no threads; the UI, which owns the threads, injects this.
 */
public final class ParallelFilterPass implements FilterPass {

  /** From how many rows on a pass is split over the cores. */
  private static final int PARALLEL_ROWS = 20_000;

  @Override
  public ArrayList<TimelineEntry> matching(
      List<TimelineEntry> rows, Predicate<TimelineEntry> matcher) {
    if (rows.size() < PARALLEL_ROWS) {
      return SEQUENTIAL.matching(rows, matcher);
    }
    return rows.parallelStream().filter(matcher).collect(Collectors.toCollection(ArrayList::new));
  }
}
