package dev.tidings.browse;

import dev.tidings.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The keys of the read state on the timeline: {@link Action#TOGGLE_READ} ({@code N}), {@link
 * Action#MARK_ALL_READ} ({@code A}) and {@link Action#NEXT_UNREAD} ({@code n}). Each returns the
 * status line's message.
 */
final class ReadActions {

  /** Said while the stored read state is not loaded yet (only {@code A} works then). */
  static final String LOADING = "read state is still loading";

  private ReadActions() {}

  /** Marks the current row's article read, or unread when it is read. */
  static String toggle(ReadState read, FilteredTimeline rows) {
    Optional<TimelineEntry> current = rows.current();
    if (current.isEmpty()) {
      return "";
    }
    if (!read.isLoaded()) {
      return LOADING;
    }
    if (current.get().url() == null) {
      return "no URL: read state is kept by URL";
    }
    return read.toggle(current.get()) ? "marked read" : "marked unread";
  }

  /** Marks every visible row's article read. */
  static String markAll(ReadState read, FilteredTimeline rows) {
    List<String> urls = new ArrayList<>(rows.visible().size());
    for (TimelineEntry row : rows.visible()) {
      urls.add(row.url());
    }
    int changed = read.markRead(urls);
    return changed == 0
        ? "nothing unread here"
        : String.format(Locale.ROOT, "%,d marked read", changed);
  }

  /** Moves the cursor to the next unread row, from the top again after the last. */
  static String next(ReadState read, FilteredTimeline rows) {
    if (!read.isLoaded()) {
      return LOADING;
    }
    List<TimelineEntry> visible = rows.visible();
    int size = visible.size();
    int from = rows.cursor().cursor();
    for (int step = 1; step <= size; step++) {
      int index = (from + step) % size;
      if (read.isUnread(visible.get(index))) {
        rows.cursor().moveTo(index);
        return index <= from ? "from the top" : "";
      }
    }
    return "no unread article";
  }
}
