package dev.tidings.browse;

import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.Update;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The timeline, the filter, the rows it leaves visible and the cursor over them. Changes of the
 * timeline are merged in sorted order and a new filter is applied so that the cursor stays on the
 * article it was on; recent filter results are remembered, so that deleting a character shows the
 * wider result at once instead of scanning the timeline again. Not thread-safe.
 */
final class FilteredTimeline {

  /** How many filter results are remembered. */
  private static final int RECENT_RESULTS = 16;

  private final ArrayList<TimelineEntry> timeline;
  private final FilterPass filterPass;
  private final ListCursor cursor = new ListCursor();
  /** The timeline itself when the filter is empty, else a list of its own. */
  private ArrayList<TimelineEntry> visible;
  private Filter filter = Filter.NONE;
  /** Filter results by their words, eldest first; emptied when the timeline changes. */
  private final Map<List<String>, ArrayList<TimelineEntry>> recentResults =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, ArrayList<TimelineEntry>> e) {
          return size() > RECENT_RESULTS;
        }
      };

  /**
   * @param timeline the rows known so far, newest first; copied
   * @param filterPass how a pass of the filter runs
   */
  FilteredTimeline(List<TimelineEntry> timeline, FilterPass filterPass) {
    this.timeline = new ArrayList<>(timeline);
    this.filterPass = Objects.requireNonNull(filterPass, "filterPass");
    this.visible = this.timeline;
    cursor.resize(visible.size());
  }

  /** @return every row, newest first; read-only, changes with merges */
  List<TimelineEntry> timeline() {
    return Collections.unmodifiableList(timeline);
  }

  /** @return the rows the filter leaves, newest first; read-only, changes with merges */
  List<TimelineEntry> visible() {
    return Collections.unmodifiableList(visible);
  }

  Filter filter() {
    return filter;
  }

  /** @return the cursor over {@link #visible()} */
  ListCursor cursor() {
    return cursor;
  }

  /** @return the row under the cursor, or empty when no row is visible */
  Optional<TimelineEntry> current() {
    return visible.isEmpty() ? Optional.empty() : Optional.of(visible.get(cursor.cursor()));
  }

  /** @return the index of a row among the visible rows by binary search, or -1 */
  int indexOf(TimelineEntry entry) {
    return SortedRows.indexOf(visible, entry);
  }

  /** @return whether the filter hides some rows (or could: it is not empty) */
  boolean isFiltered() {
    return visible != timeline;
  }

  /**
   * Applies a filter, keeping the cursor on the same article when it is still visible, else
   * putting it on the first row.
   */
  void setFilter(Filter newFilter) {
    setFilter(newFilter, () -> false);
  }

  /**
   * Applies a filter as {@link #setFilter(Filter)} does, unless its pass over the rows is
   * abandoned: then nothing changes, and nothing is remembered of the pass.
   *
   * @param abandon asked during the pass (see {@link FilterPass}); true abandons it
   * @return true when the filter was applied, false when its pass was abandoned
   */
  boolean setFilter(Filter newFilter, BooleanSupplier abandon) {
    Optional<TimelineEntry> before = current();
    Filter old = filter;
    List<String> words = newFilter.words();
    ArrayList<TimelineEntry> recent = recentResults.get(words);
    if (newFilter.isEmpty()) {
      visible = timeline;
    } else if (recent != null) {
      visible = recent;
    } else {
      // Typing at the end narrows the filter: only the rows it left can match.
      List<TimelineEntry> source = !old.isEmpty() && newFilter.narrows(old) ? visible : timeline;
      Optional<ArrayList<TimelineEntry>> matching =
          filterPass.matching(source, newFilter.matcher(), abandon);
      if (matching.isEmpty()) {
        return false;
      }
      visible = matching.get();
      recentResults.put(words, matching.get());
    }
    filter = newFilter;
    cursor.resize(visible.size());
    int index = before.map(this::indexOf).orElse(-1);
    cursor.moveTo(Math.max(0, index));
    return true;
  }

  /**
   * Merges changes of the timeline: removes the rows that are gone, inserts the new ones in
   * timeline order (into the visible rows too when they match), and keeps the cursor on the article
   * it was on, on the same row of the screen. When that article is gone, the cursor stays at the
   * same index; when its file changed, it follows the new row of the same file.
   *
   * @param update the changes; never null
   * @param followNewest whether a cursor on the first row stays on the first row (the user has not
   *     moved yet), rather than on its article
   */
  void merge(Update update, boolean followNewest) {
    TimelineEntry before = current().orElse(null);
    int beforeIndex = cursor.cursor();
    int offset = beforeIndex - cursor.top();

    recentResults.clear();
    List<TimelineEntry> added = new ArrayList<>(update.added());
    added.sort(TimelineEntry.NEWEST_FIRST);
    SortedRows.remove(timeline, update.removed());
    SortedRows.insert(timeline, added);
    if (isFiltered()) {
      Predicate<TimelineEntry> matcher = filter.matcher();
      SortedRows.remove(visible, update.removed());
      SortedRows.insert(visible, added.stream().filter(matcher).toList());
    }
    cursor.resize(visible.size());

    int index;
    if (before == null || (followNewest && beforeIndex == 0)) {
      index = 0;
      offset = 0;
    } else {
      index = indexOf(before);
      if (index < 0) {
        index = indexOfPath(added, before.key().path());
      }
      if (index < 0) {
        index = beforeIndex;
      }
    }
    cursor.place(index, offset);
  }

  private int indexOfPath(List<TimelineEntry> candidates, Path path) {
    for (TimelineEntry candidate : candidates) {
      if (candidate.key().path().equals(path)) {
        return indexOf(candidate);
      }
    }
    return -1;
  }
}
