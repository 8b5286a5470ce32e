package dev.tidings.repository;

import dev.tidings.model.Progress;
import dev.tidings.model.TimelineEntry;
import java.util.List;

/**
 * The changes to the timeline since the last {@link ArticleRepository#drain()}: apply {@code
 * removed} first, then {@code added}. A changed file shows as its old row removed and its new row
 * added.
 *
 * @param added new rows, in no particular order; never null
 * @param removed rows that are gone; never null
 * @param progress indexing progress now; never null
 * @param skipped how many files and directories are left out of the timeline now, each with a
 *     problem
 * @param repaired how many articles of the timeline were repaired to be read now (they have
 *     notes among the problems)
 */
public record Update(
    List<TimelineEntry> added,
    List<TimelineEntry> removed,
    Progress progress,
    int skipped,
    int repaired) {

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
