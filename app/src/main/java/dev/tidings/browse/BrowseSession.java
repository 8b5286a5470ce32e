package dev.tidings.browse;

import dev.tidings.model.Article;
import dev.tidings.model.RelatedStory;
import dev.tidings.repository.TimelineEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The state of one browsing session over a timeline: the filter and the rows it leaves visible,
 * the cursors of the timeline and of the related stories panel, the focus, the marks, the preview
 * of the current article and a one-line message for the user. Changed only through {@link
 * #apply(Action)}, {@link #type(String)}, {@link #setViewport(int, int)} and the preview callbacks;
 * not thread-safe (the UI thread owns it).
 *
 * <p>Marks are URLs, kept in the order they were marked: marking an article marks its URL, and a
 * related story with the same URL shows as marked too.
 */
public final class BrowseSession {

  private final List<TimelineEntry> timeline;
  private final Function<String, Optional<TimelineEntry>> links;
  private final ListCursor timelineCursor = new ListCursor();
  private final ListCursor relatedCursor = new ListCursor();
  private final Set<String> marks = new LinkedHashSet<>();
  private List<TimelineEntry> visible;
  private Filter filter = Filter.NONE;
  private boolean filterEditing;
  private boolean helpVisible;
  private Focus focus = Focus.TIMELINE;
  private Preview preview;
  private String message = "";

  /**
   * @param timeline every article's row, newest first; never null
   * @param links resolves a related story's URL to an article of the corpus; never null
   */
  public BrowseSession(
      List<TimelineEntry> timeline, Function<String, Optional<TimelineEntry>> links) {
    this.timeline = List.copyOf(timeline);
    this.links = Objects.requireNonNull(links, "links");
    this.visible = this.timeline;
    timelineCursor.resize(visible.size());
    syncPreview();
  }

  // ---- reading the state

  /** @return where keys go now */
  public Context context() {
    if (helpVisible) {
      return Context.HELP;
    }
    if (filterEditing) {
      return Context.FILTER;
    }
    return focus == Focus.RELATED ? Context.RELATED : Context.TIMELINE;
  }

  /** @return every article's row, newest first; immutable */
  public List<TimelineEntry> timeline() {
    return timeline;
  }

  /** @return the rows the filter leaves, newest first; immutable */
  public List<TimelineEntry> visible() {
    return visible;
  }

  /** @return the timeline's cursor over {@link #visible()} */
  public ListCursor timelineCursor() {
    return timelineCursor;
  }

  /** @return the related stories panel's cursor over {@link Preview#related()} */
  public ListCursor relatedCursor() {
    return relatedCursor;
  }

  /** @return the row under the timeline cursor, or empty when no row is visible */
  public Optional<TimelineEntry> current() {
    return visible.isEmpty()
        ? Optional.empty()
        : Optional.of(visible.get(timelineCursor.cursor()));
  }

  /** @return the preview of the current article, or empty when no row is visible */
  public Optional<Preview> preview() {
    return Optional.ofNullable(preview);
  }

  /** @return the filter in force (while it is typed, too); never null */
  public Filter filter() {
    return filter;
  }

  /** @return whether the filter prompt is open */
  public boolean isFilterEditing() {
    return filterEditing;
  }

  /** @return whether the help overlay is shown */
  public boolean isHelpVisible() {
    return helpVisible;
  }

  /** @return the list that has the focus */
  public Focus focus() {
    return focus;
  }

  /** @return whether {@code url} is marked; false for null */
  public boolean isMarked(String url) {
    return url != null && marks.contains(url);
  }

  /** @return the marked URLs in the order they were marked; immutable */
  public List<String> marks() {
    return List.copyOf(marks);
  }

  /** @return a message for the status line, empty when there is none; never null */
  public String message() {
    return message;
  }

  /**
   * The URLs to write on accept: the marked URLs in the order they were marked, or, when nothing
   * is marked, the current article's URL.
   *
   * @return the URLs; empty when nothing is marked and there is no current article with a URL
   */
  public List<String> acceptedUrls() {
    if (!marks.isEmpty()) {
      return List.copyOf(marks);
    }
    return current().map(TimelineEntry::url).map(List::of).orElse(List.of());
  }

  // ---- changing the state

  /**
   * Tells the session how many items its lists show, so that paging moves by a screenful.
   *
   * @param timelineRows timeline rows on screen (at least 1 is used)
   * @param relatedItems related stories on screen (at least 1 is used)
   */
  public void setViewport(int timelineRows, int relatedItems) {
    timelineCursor.setRows(timelineRows);
    relatedCursor.setRows(relatedItems);
  }

  /**
   * Shows the article loaded for a row; ignored when the cursor has moved to another row since.
   *
   * @param entry the row the article was loaded for
   * @param article the full article
   */
  public void articleLoaded(TimelineEntry entry, Article article) {
    if (preview == null || !preview.entry().equals(entry) || !preview.isLoading()) {
      return;
    }
    List<RelatedItem> related = new ArrayList<>(article.related().size());
    for (RelatedStory story : article.related()) {
      related.add(new RelatedItem(story, links.apply(story.webUrl()).orElse(null)));
    }
    preview = new Preview(entry, article, related, null);
    relatedCursor.resize(related.size());
  }

  /**
   * Shows why the article of a row could not be loaded; ignored when the cursor has moved on.
   *
   * @param entry the row the load was for
   * @param error why it failed, in plain words
   */
  public void articleFailed(TimelineEntry entry, String error) {
    if (preview != null && preview.entry().equals(entry) && preview.isLoading()) {
      preview = new Preview(entry, null, List.of(), Objects.requireNonNull(error, "error"));
    }
  }

  /**
   * Types text into the open filter prompt; ignored when it is not open.
   *
   * @param text the typed characters; never null
   */
  public void type(String text) {
    if (filterEditing) {
      message = "";
      setFilter(filter.append(text));
    }
  }

  /**
   * Applies an action in the current context.
   *
   * @param action the action; never null
   * @return what the owner should do next; never null
   */
  public Outcome apply(Action action) {
    message = "";
    ListCursor cursor = focus == Focus.RELATED ? relatedCursor : timelineCursor;
    switch (action) {
      case MOVE_DOWN -> cursor.move(1);
      case MOVE_UP -> cursor.move(-1);
      case PAGE_DOWN -> cursor.scroll(cursor.rows());
      case PAGE_UP -> cursor.scroll(-cursor.rows());
      case HALF_PAGE_DOWN -> cursor.scroll(Math.max(1, cursor.rows() / 2));
      case HALF_PAGE_UP -> cursor.scroll(-Math.max(1, cursor.rows() / 2));
      case FIRST -> cursor.moveTo(0);
      case LAST -> cursor.moveTo(cursor.size() - 1);
      case TOGGLE_MARK -> toggleMark();
      case SWITCH_FOCUS -> switchFocus();
      case OPEN_LINKED -> openLinked();
      case START_FILTER -> filterEditing = true;
      case KEEP_FILTER -> filterEditing = false;
      case CLEAR_FILTER -> {
        filterEditing = false;
        setFilter(Filter.NONE);
      }
      case DELETE_FILTER_CHAR -> setFilter(filter.deleteChar());
      case DELETE_FILTER_WORD -> setFilter(filter.deleteWord());
      case TOGGLE_HELP -> helpVisible = !helpVisible;
      case ACCEPT -> {
        return Outcome.ACCEPT;
      }
      case QUIT -> {
        return Outcome.QUIT;
      }
      case CLEAR_FILTER_OR_QUIT -> {
        if (filter.isEmpty()) {
          return Outcome.QUIT;
        }
        setFilter(Filter.NONE);
      }
    }
    if (cursor == timelineCursor) {
      syncPreview();
    }
    return Outcome.CONTINUE;
  }

  private void toggleMark() {
    String url;
    if (focus == Focus.RELATED) {
      Optional<RelatedItem> item = currentRelated();
      if (item.isEmpty()) {
        return;
      }
      url = item.get().story().webUrl();
    } else {
      Optional<TimelineEntry> entry = current();
      if (entry.isEmpty()) {
        return;
      }
      url = entry.get().url();
    }
    if (url == null) {
      message = "nothing to mark: no URL";
      return;
    }
    if (!marks.remove(url)) {
      marks.add(url);
    }
    (focus == Focus.RELATED ? relatedCursor : timelineCursor).move(1);
  }

  private void switchFocus() {
    if (focus == Focus.RELATED) {
      focus = Focus.TIMELINE;
    } else if (preview == null || preview.related().isEmpty()) {
      message = "no related stories";
    } else {
      focus = Focus.RELATED;
    }
  }

  private void openLinked() {
    Optional<TimelineEntry> target = currentRelated().flatMap(RelatedItem::link);
    if (target.isEmpty()) {
      message = "not in this corpus";
      return;
    }
    if (!visible.contains(target.get())) {
      setFilter(Filter.NONE);
      message = "filter cleared";
    }
    focus = Focus.TIMELINE;
    timelineCursor.moveTo(visible.indexOf(target.get()));
    syncPreview();
  }

  private Optional<RelatedItem> currentRelated() {
    if (preview == null || preview.related().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(preview.related().get(relatedCursor.cursor()));
  }

  /** Re-filters, keeping the cursor on the same article when it is still visible. */
  private void setFilter(Filter newFilter) {
    Optional<TimelineEntry> before = current();
    filter = newFilter;
    if (filter.isEmpty()) {
      visible = timeline;
    } else {
      visible = timeline.stream().filter(filter::matches).toList();
    }
    timelineCursor.resize(visible.size());
    int index = before.map(visible::indexOf).orElse(-1);
    timelineCursor.moveTo(Math.max(0, index));
    if (focus == Focus.RELATED) {
      focus = Focus.TIMELINE;
    }
    syncPreview();
  }

  /** Starts a new preview when the current row has changed. */
  private void syncPreview() {
    Optional<TimelineEntry> entry = current();
    if (entry.isEmpty()) {
      preview = null;
    } else if (preview == null || !preview.entry().equals(entry.get())) {
      preview = Preview.loading(entry.get());
    } else {
      return;
    }
    relatedCursor.resize(0);
    relatedCursor.moveTo(0);
    if (focus == Focus.RELATED) {
      focus = Focus.TIMELINE;
    }
  }
}
