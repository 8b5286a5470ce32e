package dev.tidings.browse;

import dev.tidings.model.TimelineEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Operations on lists of timeline rows kept sorted by a total order (a {@link SortOrder}'s
 * comparator, {@link TimelineEntry#NEWEST_FIRST} by default), so that a change of a 100,000-row
 * timeline costs far less than sorting or scanning it again.
 */
final class SortedRows {

  /**
   * Up to how many rows a change is made row by row with binary searches; more are merged or
   * removed in one pass over the list.
   */
  private static final int FEW = 64;

  private SortedRows() {}

  /**
   * @param list a list sorted by {@code order}
   * @param entry a row
   * @param order the list's order, total
   * @return the row's index in the list by binary search, or -1 when it is not there
   */
  static int indexOf(
      List<TimelineEntry> list, TimelineEntry entry, Comparator<TimelineEntry> order) {
    int index = Collections.binarySearch(list, entry, order);
    return index >= 0 && list.get(index).equals(entry) ? index : -1;
  }

  /**
   * Inserts rows into a list, both in {@code order}: one by one when they are few, else by one
   * galloping merge. A row already in the list is not added twice.
   *
   * @param list a list sorted by {@code order}, changed in place
   * @param sorted the rows to insert, sorted by {@code order}
   * @param order the lists' order, total
   */
  static void insert(
      ArrayList<TimelineEntry> list, List<TimelineEntry> sorted, Comparator<TimelineEntry> order) {
    if (sorted.isEmpty()) {
      return;
    }
    if (sorted.size() <= FEW) {
      for (TimelineEntry entry : sorted) {
        int index = Collections.binarySearch(list, entry, order);
        if (index < 0) {
          list.add(-index - 1, entry);
        }
      }
      return;
    }
    // Gallop: each new row's place is found by binary search from the last one, and the rows in
    // between are copied in bulk, so a merge costs k log n comparisons, not n.
    List<TimelineEntry> merged = new ArrayList<>(list.size() + sorted.size());
    int from = 0;
    for (TimelineEntry entry : sorted) {
      int index =
          Collections.binarySearch(list.subList(from, list.size()), entry, order);
      int place = from + (index >= 0 ? index : -index - 1);
      merged.addAll(list.subList(from, place));
      merged.add(entry);
      from = index >= 0 ? place + 1 : place;
    }
    merged.addAll(list.subList(from, list.size()));
    list.clear();
    list.addAll(merged);
  }

  /**
   * Removes rows from a sorted list: by binary search when they are few, else in one pass.
   *
   * @param list a list sorted by {@code order}, changed in place
   * @param removed the rows to remove, in any order; rows not in the list are ignored
   * @param order the list's order, total
   */
  static void remove(
      ArrayList<TimelineEntry> list, List<TimelineEntry> removed, Comparator<TimelineEntry> order) {
    if (removed.isEmpty()) {
      return;
    }
    if (removed.size() <= FEW) {
      for (TimelineEntry entry : removed) {
        int index = indexOf(list, entry, order);
        if (index >= 0) {
          list.remove(index);
        }
      }
      return;
    }
    Set<TimelineEntry> gone = new HashSet<>(removed);
    list.removeIf(gone::contains);
  }
}
