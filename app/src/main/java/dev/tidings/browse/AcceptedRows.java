package dev.tidings.browse;

import dev.tidings.model.TimelineEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the timeline rows of accepted URLs, for output formats that write more than the URL. */
public final class AcceptedRows {

  private AcceptedRows() {}

  /**
   * Looks each URL up in the timeline in one pass over it.
   *
   * @param urls the accepted URLs, in order; never null, no null element
   * @param timeline the rows to look in, in the order whose first match wins; never null
   * @return one item per URL, in the order of {@code urls}, each with the first row whose {@link
   *     TimelineEntry#url()} equals the URL, or no row when none has it; immutable
   */
  public static List<Accepted> of(List<String> urls, List<TimelineEntry> timeline) {
    Map<String, TimelineEntry> found = new HashMap<>();
    for (String url : urls) {
      found.put(url, null);
    }
    int missing = found.size();
    for (TimelineEntry row : timeline) {
      if (missing == 0) {
        break;
      }
      String url = row.url();
      if (url != null && found.containsKey(url) && found.get(url) == null) {
        found.put(url, row);
        missing--;
      }
    }
    List<Accepted> accepted = new ArrayList<>(urls.size());
    for (String url : urls) {
      accepted.add(new Accepted(url, found.get(url)));
    }
    return List.copyOf(accepted);
  }
}
