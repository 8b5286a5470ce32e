package dev.tidings.browse;

import dev.tidings.model.TimelineEntry;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Marks in bulk, as fzf's select-all, deselect-all and toggle-all: marking every row of the
 * current result (the rows the filter leaves), unmarking every mark (those the filter hides too)
 * and inverting the marks over the result. New marks follow the existing ones in the result's
 * order. A row whose URL {@link WritableUrls} refuses is skipped and counted by reason. Each
 * operation is one pass over the rows, with a lookup in the marks per row, and returns what it did
 * for the status line, such as {@code marked 412; skipped 2: no URL}.
 */
final class BulkMarks {

  private BulkMarks() {}

  /**
   * Marks the URL of every row that is not marked yet.
   *
   * @param marks the marks, changed; never null
   * @param rows the current result, in its order; never null
   * @return what was done: {@code marked 412}, then the skipped rows when there are some; never
   *     null
   */
  static String markAll(Marks marks, List<TimelineEntry> rows) {
    if (rows.isEmpty()) {
      return "nothing to mark";
    }
    Skips skips = new Skips();
    int marked = 0;
    for (TimelineEntry row : rows) {
      String url = row.url();
      if (marks.contains(url)) {
        continue;
      }
      String refusal = WritableUrls.briefRefusal(url);
      if (refusal != null) {
        skips.add(refusal);
      } else if (marks.add(url)) {
        marked++;
      }
    }
    if (marked == 0 && skips.isEmpty()) {
      return "all shown already marked";
    }
    return "marked " + count(marked) + skips.said();
  }

  /**
   * Unmarks every URL, also those of rows the filter hides and of articles no longer in the
   * timeline.
   *
   * @param marks the marks, emptied; never null
   * @return {@code unmarked 3}, or {@code no marks}; never null
   */
  static String unmarkAll(Marks marks) {
    int unmarked = marks.clear();
    return unmarked == 0 ? "no marks" : "unmarked " + count(unmarked);
  }

  /**
   * Unmarks the marked URLs of the rows and marks the others; marks of rows the filter hides stay.
   * A URL that several rows share is inverted once.
   *
   * @param marks the marks, changed; never null
   * @param rows the current result, in its order; never null
   * @return {@code inverted: 409 marked, 3 unmarked}, then the skipped rows when there are some;
   *     never null
   */
  static String invert(Marks marks, List<TimelineEntry> rows) {
    if (rows.isEmpty()) {
      return "nothing to invert";
    }
    Skips skips = new Skips();
    Set<String> seen = new HashSet<>();
    int marked = 0;
    int unmarked = 0;
    for (TimelineEntry row : rows) {
      String url = row.url();
      if (url != null && !seen.add(url)) {
        continue;
      }
      if (marks.remove(url)) {
        unmarked++;
        continue;
      }
      String refusal = WritableUrls.briefRefusal(url);
      if (refusal != null) {
        skips.add(refusal);
      } else {
        marks.add(url);
        marked++;
      }
    }
    return "inverted: " + count(marked) + " marked, " + count(unmarked) + " unmarked"
        + skips.said();
  }

  private static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** The rows skipped, counted by the reason their URL is refused, in the order first met. */
  private static final class Skips {
    private final Map<String, Integer> byReason = new LinkedHashMap<>();
    private int total;

    void add(String reason) {
      byReason.merge(reason, 1, Integer::sum);
      total++;
    }

    boolean isEmpty() {
      return total == 0;
    }

    /** @return {@code ; skipped 2: no URL} or {@code ; skipped 3: 2 no URL, 1 URL has a tab} */
    String said() {
      if (total == 0) {
        return "";
      }
      if (byReason.size() == 1) {
        return "; skipped " + count(total) + ": " + byReason.keySet().iterator().next();
      }
      StringBuilder said = new StringBuilder("; skipped ").append(count(total)).append(": ");
      String separator = "";
      for (Map.Entry<String, Integer> reason : byReason.entrySet()) {
        said.append(separator).append(count(reason.getValue())).append(' ').append(reason.getKey());
        separator = ", ";
      }
      return said.toString();
    }
  }
}
