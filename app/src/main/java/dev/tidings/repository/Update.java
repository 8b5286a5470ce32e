package dev.tidings.repository;

import java.util.List;

/**
 * The changes to the timeline since the last {@link ArticleRepository#drain()}: apply {@code
 * removed} first, then {@code added}. A changed file shows as its old row removed and its new row
 * added.
 *
 * @param added new rows, in no particular order; never null
 * @param removed rows that are gone; never null
 * @param progress indexing progress now; never null
 * @param problems how many files and directories are reported as problems now
 */
public record Update(
    List<TimelineEntry> added, List<TimelineEntry> removed, Progress progress, int problems) {

  /** Copies both lists. */
  public Update {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
  }

  /** @return whether the timeline is unchanged */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty();
  }
}
