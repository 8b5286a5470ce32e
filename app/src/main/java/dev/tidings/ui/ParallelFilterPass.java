package dev.tidings.ui;

import dev.tidings.browse.FilterPass;
import dev.tidings.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A {@link FilterPass} that tests a large timeline on every core (the common fork-join pool), so
 * that a keystroke in the filter prompt over 100,000 rows redraws within the benchmark's target;
 * a small one runs {@link FilterPass#SEQUENTIAL sequentially}, where splitting costs more than it
 * saves. The rows are tested in chunks of {@link FilterPass#CHECK_ROWS}; each chunk first asks
 * whether to abandon the pass, so that an abandoned pass stops within a chunk's time on each core.
 * The session owns no threads; the UI, which owns the threads, injects this.
 */
public final class ParallelFilterPass implements FilterPass {

  /** From how many rows on a pass is split over the cores. */
  private static final int PARALLEL_ROWS = 20_000;

  @Override
  public Optional<ArrayList<TimelineEntry>> matching(
      List<TimelineEntry> rows, Predicate<TimelineEntry> matcher, BooleanSupplier abandon) {
    if (rows.size() < PARALLEL_ROWS) {
      return SEQUENTIAL.matching(rows, matcher, abandon);
    }
    AtomicBoolean abandoned = new AtomicBoolean();
    int chunks = (rows.size() + CHECK_ROWS - 1) / CHECK_ROWS;
    List<List<TimelineEntry>> parts =
        IntStream.range(0, chunks)
            .parallel()
            .mapToObj(chunk -> chunk(rows, chunk, matcher, abandon, abandoned))
            .toList();
    if (abandoned.get()) {
      return Optional.empty();
    }
    ArrayList<TimelineEntry> matching =
        new ArrayList<>(parts.stream().mapToInt(List::size).sum());
    parts.forEach(matching::addAll);
    return Optional.of(matching);
  }

  private static List<TimelineEntry> chunk(
      List<TimelineEntry> rows,
      int chunk,
      Predicate<TimelineEntry> matcher,
      BooleanSupplier abandon,
      AtomicBoolean abandoned) {
    if (abandoned.get() || abandon.getAsBoolean()) {
      abandoned.set(true);
      return List.of();
    }
    List<TimelineEntry> part = new ArrayList<>();
    int end = Math.min(rows.size(), (chunk + 1) * CHECK_ROWS);
    for (int i = chunk * CHECK_ROWS; i < end; i++) {
      TimelineEntry row = rows.get(i);
      if (matcher.test(row)) {
        part.add(row);
      }
    }
    return part;
  }
}
