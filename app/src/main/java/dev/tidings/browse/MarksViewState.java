package dev.tidings.browse;

import dev.tidings.model.TimelineEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The marks view: whether it is shown, the marked articles it lists in the order they were marked
 * (matched to the timeline's rows when it opened) and its cursor. Unmarking a row removes it from
 * the list and leaves the cursor at the same index; going to a row closes the view and puts the
 * timeline's cursor on that article, clearing the filter when the filter hides it. Not
 * thread-safe.
 */
final class MarksViewState {

  private final ListCursor cursor = new ListCursor();
  private final List<MarkedArticle> articles = new ArrayList<>();
  private boolean visible;

  boolean isVisible() {
    return visible;
  }

  /** @return the rows listed; read-only, changes as rows are unmarked */
  List<MarkedArticle> articles() {
    return Collections.unmodifiableList(articles);
  }

  ListCursor cursor() {
    return cursor;
  }

  /**
   * Closes the view, or opens it when there are marks.
   *
   * @param marks the marks
   * @param timeline every row, newest first
   * @return {@code no marks} when there are none to show (the view stays closed), else empty
   */
  String toggle(Marks marks, List<TimelineEntry> timeline) {
    if (visible) {
      close();
    } else if (marks.isEmpty()) {
      return "no marks";
    } else {
      open(marks.list(), timeline);
    }
    return "";
  }

  /**
   * Shows the marked URLs with the first timeline row of each, cursor on the first: one pass over
   * the timeline.
   *
   * @param marks the marked URLs in the order they were marked
   * @param timeline every row, newest first
   */
  void open(List<String> marks, List<TimelineEntry> timeline) {
    Map<String, TimelineEntry> byUrl = new HashMap<>();
    for (String url : marks) {
      byUrl.put(url, null);
    }
    int unmatched = byUrl.size();
    for (int i = 0; i < timeline.size() && unmatched > 0; i++) {
      TimelineEntry row = timeline.get(i);
      if (row.url() != null && byUrl.containsKey(row.url()) && byUrl.get(row.url()) == null) {
        byUrl.put(row.url(), row);
        unmatched--;
      }
    }
    articles.clear();
    for (String url : marks) {
      articles.add(new MarkedArticle(url, byUrl.get(url)));
    }
    cursor.resize(articles.size());
    cursor.moveTo(0);
    visible = true;
  }

  void close() {
    visible = false;
    articles.clear();
    cursor.resize(0);
  }

  /** Unmarks the row under the cursor and removes it from the list; the cursor keeps its index. */
  void unmarkCurrent(Marks marks) {
    if (articles.isEmpty()) {
      return;
    }
    MarkedArticle removed = articles.remove(cursor.cursor());
    marks.remove(removed.url());
    cursor.resize(articles.size());
  }

  /**
   * Closes the view and puts the timeline's cursor on the article under the view's cursor, found
   * in the timeline as it is now by its URL.
   *
   * @param lists the lists, whose timeline cursor moves
   * @param timeline every row, newest first
   * @return what to say on the status line: {@code filter cleared} when the filter hid it, why
   *     the view stays open when the article is not in the timeline, else empty
   */
  String goTo(FocusedLists lists, List<TimelineEntry> timeline) {
    if (articles.isEmpty()) {
      return "no marks";
    }
    String url = articles.get(cursor.cursor()).url();
    Optional<TimelineEntry> target =
        timeline.stream().filter(row -> url.equals(row.url())).findFirst();
    if (target.isEmpty()) {
      return "not in the timeline";
    }
    close();
    return lists.goTo(target.get());
  }
}
