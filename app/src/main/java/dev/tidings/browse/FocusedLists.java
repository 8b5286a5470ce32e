package dev.tidings.browse;

import dev.tidings.model.Article;
import dev.tidings.model.TimelineEntry;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The two lists a session browses and which has the focus: the filtered timeline, and the
 * preview of its current row with the related stories panel. The panel has the focus only while
 * it has rows and is shown; a new current row, a filter or hiding the preview gives the focus back
 * to the timeline. Operations that the user should hear about return a message for the status
 * line (empty when there is nothing to say). Not thread-safe.
 */
final class FocusedLists {

  private final FilteredTimeline rows;
  private final PreviewState preview;
  private final Panes panes;
  private Focus focus = Focus.TIMELINE;
  /** Tab was pressed while the current article was loading. */
  private boolean focusRelatedWhenLoaded;

  FocusedLists(FilteredTimeline rows, PreviewState preview, Panes panes) {
    this.rows = rows;
    this.preview = preview;
    this.panes = panes;
  }

  Focus focus() {
    return focus;
  }

  /** @return the cursor of the list that has the focus */
  ListCursor cursor() {
    return focus == Focus.RELATED ? preview.relatedCursor() : rows.cursor();
  }

  /**
   * Gives the focus to a list, as a click does: the related stories only while there are some.
   *
   * @return whether {@code target} has the focus now
   */
  boolean focusOn(Focus target) {
    if (target == Focus.RELATED && !preview.hasRelated()) {
      return false;
    }
    focus = target;
    return true;
  }

  /** Forgets a Tab pressed while the article loaded: another action came first. */
  void forgetPendingFocus() {
    focusRelatedWhenLoaded = false;
  }

  /** Gives the focus back to the timeline when the preview side is hidden. */
  void followPanes() {
    if (!panes.previewShown()) {
      focus = Focus.TIMELINE;
    }
  }

  /** Shows a loaded article; the panel takes the focus when Tab was pressed while it loaded. */
  String articleLoaded(TimelineEntry entry, Article article) {
    if (!preview.loaded(entry, article) || !focusRelatedWhenLoaded) {
      return "";
    }
    focusRelatedWhenLoaded = false;
    if (preview.hasRelated()) {
      focus = Focus.RELATED;
      return "";
    }
    return "no related stories";
  }

  /**
   * Marks or unmarks the URL of the row under the cursor of the list that has the focus, and moves
   * that cursor down.
   */
  String toggleMark(Marks marks) {
    String url;
    if (focus == Focus.RELATED) {
      Optional<RelatedItem> item = preview.currentRelated();
      if (item.isEmpty()) {
        return "";
      }
      url = item.get().story().webUrl();
    } else {
      Optional<TimelineEntry> entry = rows.current();
      if (entry.isEmpty()) {
        return "";
      }
      url = entry.get().url();
    }
    Optional<String> refusal = marks.toggle(url);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    cursor().move(1);
    return "";
  }

  /** Moves the focus to the other list; a hidden preview side is shown to take it. */
  String switchFocus() {
    if (focus == Focus.RELATED) {
      focus = Focus.TIMELINE;
      return "";
    }
    panes.show();
    if (preview.isLoading()) {
      // The article is still being read: the panel takes the focus when it arrives.
      focusRelatedWhenLoaded = true;
      return "";
    }
    if (!preview.hasRelated()) {
      return "no related stories";
    }
    focus = Focus.RELATED;
    return "";
  }

  /** Goes to the article of the timeline that the related story under the cursor links to. */
  String openLinked() {
    Optional<TimelineEntry> target = preview.currentRelated().flatMap(RelatedItem::link);
    if (target.isEmpty()) {
      return "not in this corpus";
    }
    return goTo(target.get());
  }

  /**
   * Puts the timeline's cursor on a row and gives the timeline the focus, clearing the filter
   * when it hides the row.
   *
   * @param target a row of the timeline; never null
   * @return {@code filter cleared} when the filter was cleared, {@code not in the timeline yet}
   *     when the row is not in the timeline (the cursor stays), else empty
   */
  String goTo(TimelineEntry target) {
    String message = "";
    if (rows.indexOf(target) < 0 && rows.isFiltered()) {
      setFilter(Filter.NONE);
      message = "filter cleared";
    }
    int index = rows.indexOf(target);
    if (index < 0) {
      return "not in the timeline yet";
    }
    focus = Focus.TIMELINE;
    rows.cursor().moveTo(index);
    sync();
    return message;
  }

  /** Applies a filter; the related stories panel gives the focus back to the timeline. */
  void setFilter(Filter filter) {
    setFilter(filter, () -> false);
  }

  /**
   * Applies a filter as {@link #setFilter(Filter)} does, unless its pass is abandoned (see {@link
   * FilteredTimeline#setFilter(Filter, BooleanSupplier)}): then nothing changes.
   *
   * @return true when the filter was applied, false when its pass was abandoned
   */
  boolean setFilter(Filter filter, BooleanSupplier abandon) {
    if (!rows.setFilter(filter, abandon)) {
      return false;
    }
    focus = Focus.TIMELINE;
    sync();
    return true;
  }

  /**
   * Starts a new preview, scrolled to its top, when the current row has changed; the panel then
   * loses the focus.
   */
  void sync() {
    if (!preview.follow(rows.current().orElse(null))) {
      return;
    }
    panes.previewScroll().toTop();
    focus = Focus.TIMELINE;
  }
}
