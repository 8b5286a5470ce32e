package dev.tidings.browse;

import dev.tidings.browse.query.Query;
import dev.tidings.browse.query.QueryContext;
import dev.tidings.browse.query.QueryException;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.Update;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * article it was on. A filter whose text is not a query changes nothing but the error it shows:
 * the rows of the last valid query stay. A query that {@linkplain Query#narrows narrows} the one
 * in force is applied to its rows only, testing only what it adds; recent results are
 * remembered, so that deleting a character shows the wider result at once instead of scanning the
 * timeline again. The rows of queries that ask about marks, links or read state ({@link
 * Query#dependsOnSession()}) change without the timeline changing: they are narrowed from and
 * remembered only until {@link #sessionStateChanged()} says that such state may have changed.
 * The rows are kept in a {@link SortOrder} (newest first until {@link #setOrder} changes it);
 * merges keep that order. Not thread-safe.
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
  /** The last valid query, whose rows are visible. */
  private Query query = Query.ALL;
  /** Why {@link #filter} is not a query; null when it is {@link #query}. */
  private QueryException error;
  private QueryContext context;
  private SortOrder order = SortOrder.DATE;
  /** Whether marks, links or read state may have changed since the visible rows were found. */
  private boolean sessionChanged;
  /** Filter results by their query, eldest first; emptied when the timeline changes. */
  private final Map<Query, ArrayList<TimelineEntry>> recentResults =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Query, ArrayList<TimelineEntry>> e) {
          return size() > RECENT_RESULTS;
        }
      };

  /**
   * @param timeline the rows known so far, newest first; copied
   * @param filterPass how a pass of the filter runs
   * @param context the clock and lookups queries are matched with
   */
  FilteredTimeline(List<TimelineEntry> timeline, FilterPass filterPass, QueryContext context) {
    this.timeline = new ArrayList<>(timeline);
    this.filterPass = Objects.requireNonNull(filterPass, "filterPass");
    this.context = Objects.requireNonNull(context, "context");
    this.visible = this.timeline;
    cursor.resize(visible.size());
  }

  /**
   * Says that marks, links or read state may have changed, so that the results of queries that
   * ask about them ({@link Query#dependsOnSession()}) are found again rather than narrowed from or
   * remembered. The visible rows stay as they are until the next filter.
   */
  void sessionStateChanged() {
    sessionChanged = true;
    recentResults.keySet().removeIf(Query::dependsOnSession);
  }

  /** @return the order of the rows; never null */
  SortOrder order() {
    return order;
  }

  /**
   * Sorts the timeline and the visible rows in another order, keeping the cursor on its article
   * and that article on the same row of the screen where it can.
   *
   * @param newOrder the order; never null
   */
  void setOrder(SortOrder newOrder) {
    if (newOrder == order) {
      return;
    }
    Optional<TimelineEntry> before = current();
    int offset = cursor.cursor() - cursor.top();
    order = Objects.requireNonNull(newOrder, "newOrder");
    timeline.sort(order.comparator());
    if (visible != timeline) {
      visible.sort(order.comparator());
    }
    // Remembered results are in the old order; they could be sorted, but are cheap to redo.
    recentResults.clear();
    cursor.place(before.map(this::indexOf).orElse(0), offset);
  }

  /** @return every row in {@link #order()}; read-only, changes with merges */
  List<TimelineEntry> timeline() {
    return Collections.unmodifiableList(timeline);
  }

  /** @return the rows the filter leaves, in {@link #order()}; read-only, changes with merges */
  List<TimelineEntry> visible() {
    return Collections.unmodifiableList(visible);
  }

  /** @return the filter as typed, which may not be a query */
  Filter filter() {
    return filter;
  }

  /** @return the query whose rows are visible: the filter's, or the last valid one */
  Query query() {
    return query;
  }

  /** @return why the filter is not a query, for the status line; empty when it is one */
  String filterError() {
    return error == null ? "" : error.getMessage();
  }

  /** Sets the clock and lookups of the queries applied from now on. */
  void setContext(QueryContext newContext) {
    context = Objects.requireNonNull(newContext, "context");
    recentResults.clear();
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
    return SortedRows.indexOf(visible, entry, order.comparator());
  }

  /** @return whether the filter hides some rows (or could: it is not empty) */
  boolean isFiltered() {
    return visible != timeline;
  }

  /**
   * Applies a filter, keeping the cursor on the same article when it is still visible, else
   * putting it on the first row. A filter that is not a query leaves the rows and the cursor as
   * they are and is said by {@link #filterError()}.
   */
  void setFilter(Filter newFilter) {
    setFilter(newFilter, () -> false);
  }

  /**
   * Applies a filter as {@link #setFilter(Filter)} does, unless its pass over the rows is
   * abandoned: then nothing changes, and nothing is remembered of the pass.
   *
   * @param abandon asked during the pass (see {@link FilterPass}); true abandons it
   * @return true when the filter was applied (or is not a query, which is only said), false when
   *     its pass was abandoned
   */
  boolean setFilter(Filter newFilter, BooleanSupplier abandon) {
    Query parsed;
    try {
      parsed = newFilter.parse();
    } catch (QueryException e) {
      filter = newFilter;
      error = e;
      return true;
    }
    Optional<TimelineEntry> before = current();
    Query old = query;
    ArrayList<TimelineEntry> recent = recentResults.get(parsed);
    if (parsed.isEmpty()) {
      visible = timeline;
    } else if (recent != null) {
      visible = recent;
    } else {
      Optional<ArrayList<TimelineEntry>> matching;
      boolean oldValid = !old.dependsOnSession() || !sessionChanged;
      if (!old.isEmpty() && oldValid && parsed.narrows(old)) {
        // Typing at the end narrows the query: only the rows it left can match, and only what
        // the new query adds needs testing on them.
        matching = filterPass.matching(visible, parsed.matcher(context, old), abandon);
      } else {
        matching = filterPass.matching(timeline, parsed.matcher(context), abandon);
      }
      if (matching.isEmpty()) {
        return false;
      }
      visible = matching.get();
      recentResults.put(parsed, matching.get());
    }
    filter = newFilter;
    query = parsed;
    error = null;
    sessionChanged = false;
    cursor.resize(visible.size());
    int index = before.map(this::indexOf).orElse(-1);
    cursor.moveTo(Math.max(0, index));
    return true;
  }

  /**
   * Merges changes of the timeline: removes the rows that are gone, inserts the new ones in
   * the rows' order (into the visible rows too when they match), and keeps the cursor on the article
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
    // New rows can make old ones linked: a result of is:linked is then out of date.
    sessionChanged = true;
    List<TimelineEntry> added = new ArrayList<>(update.added());
    Comparator<TimelineEntry> comparator = order.comparator();
    added.sort(comparator);
    SortedRows.remove(timeline, update.removed(), comparator);
    SortedRows.insert(timeline, added, comparator);
    if (isFiltered()) {
      Predicate<TimelineEntry> matcher = query.matcher(context);
      SortedRows.remove(visible, update.removed(), comparator);
      SortedRows.insert(visible, added.stream().filter(matcher).toList(), comparator);
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
