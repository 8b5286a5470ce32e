package dev.tidings.browse;

import dev.tidings.model.Article;
import dev.tidings.model.Problem;
import dev.tidings.model.Progress;
import dev.tidings.model.RelatedStory;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.Update;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The state of one browsing session over a timeline: the filter and the rows it leaves visible,
 * the cursors of the timeline and of the related stories panel, the focus, the marks, the preview
 * of the current article and a one-line message for the user. Changed only through {@link
 * #apply(Action)}, {@link #type(String)}, {@link #setViewport(int, int)} and the preview callbacks;
 * not thread-safe (the UI thread owns it).
 *
 * <p>Marks are URLs, kept in the order they were marked: marking an article marks its URL, and a
 * related story with the same URL shows as marked too.
 *
 * <p>The timeline changes while the session runs (indexing in the background, files changed on
 * disk): {@link #update(Update)} merges the changes in sorted order, keeps the cursor on the
 * article it was on (and that article on its row of the screen) and keeps the marks. Until the
 * user first moves, the cursor stays on the newest article.
 */
public final class BrowseSession {

  /** The actions after which the cursor no longer follows the newest article. */
  private static final Set<Action> MOVES =
      EnumSet.of(
          Action.MOVE_DOWN,
          Action.MOVE_UP,
          Action.PAGE_DOWN,
          Action.PAGE_UP,
          Action.HALF_PAGE_DOWN,
          Action.HALF_PAGE_UP,
          Action.FIRST,
          Action.LAST,
          Action.TOGGLE_MARK,
          Action.OPEN_LINKED);

  private final ArrayList<TimelineEntry> timeline;
  private final Corpus corpus;
  private final FilterPass filterPass;
  private final ListCursor timelineCursor = new ListCursor();
  private final ListCursor relatedCursor = new ListCursor();
  private final Set<String> marks = new LinkedHashSet<>();
  private ArrayList<TimelineEntry> visible;
  /**
   * Recent filter results by their words, so that deleting a character shows the wider result at
   * once instead of scanning the timeline again; emptied when the timeline changes.
   */
  private final Map<List<String>, ArrayList<TimelineEntry>> recentResults =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, ArrayList<TimelineEntry>> e) {
          return size() > 16;
        }
      };
  private Filter filter = Filter.NONE;
  private boolean filterEditing;
  private boolean helpVisible;
  private Focus focus = Focus.TIMELINE;
  private Preview preview;
  private String message = "";
  private Progress progress = new Progress(0, 0, true);
  private int skipped;
  private int repaired;
  private boolean moved;
  /** Tab was pressed while the current article was loading. */
  private boolean focusRelatedWhenLoaded;
  private final ListCursor problemsCursor = new ListCursor();
  private List<Problem> problemList = List.of();
  private boolean problemsVisible;

  /**
   * A session whose filter tests the rows on the calling thread.
   *
   * @param timeline the rows known so far, newest first; never null (empty before indexing)
   * @param corpus what the session asks of the corpus: links, referrers, problems, rescans; never
   *     null
   */
  public BrowseSession(List<TimelineEntry> timeline, Corpus corpus) {
    this(timeline, corpus, FilterPass.SEQUENTIAL);
  }

  /**
   * @param timeline the rows known so far, newest first; never null (empty before indexing)
   * @param corpus what the session asks of the corpus: links, referrers, problems, rescans; never
   *     null
   * @param filterPass how a pass of the filter over the rows runs; never null
   */
  public BrowseSession(List<TimelineEntry> timeline, Corpus corpus, FilterPass filterPass) {
    this.timeline = new ArrayList<>(timeline);
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.filterPass = Objects.requireNonNull(filterPass, "filterPass");
    this.visible = this.timeline;
    this.progress = new Progress(timeline.size(), timeline.size(), true);
    timelineCursor.resize(visible.size());
    syncPreview();
  }

  // ---- reading the state

  /** @return where keys go now */
  public Context context() {
    if (helpVisible) {
      return Context.HELP;
    }
    if (problemsVisible) {
      return Context.PROBLEMS;
    }
    if (filterEditing) {
      return Context.FILTER;
    }
    return focus == Focus.RELATED ? Context.RELATED : Context.TIMELINE;
  }

  /** @return every article's row known now, newest first; read-only, changes with updates */
  public List<TimelineEntry> timeline() {
    return Collections.unmodifiableList(timeline);
  }

  /** @return the rows the filter leaves, newest first; read-only, changes with updates */
  public List<TimelineEntry> visible() {
    return Collections.unmodifiableList(visible);
  }

  /** @return how far indexing has got, as of the last update; never null */
  public Progress progress() {
    return progress;
  }

  /** @return how many files and directories are skipped (not articles), as of the last update */
  public int skipped() {
    return skipped;
  }

  /** @return how many articles were repaired to be read (they have notes), as of the last update */
  public int repaired() {
    return repaired;
  }

  /** @return whether the problems view is shown */
  public boolean isProblemsVisible() {
    return problemsVisible;
  }

  /** @return the problems the view shows, as the corpus had them when it was opened; immutable */
  public List<Problem> problemList() {
    return problemList;
  }

  /** @return the problems view's cursor over {@link #problemList()} */
  public ListCursor problemsCursor() {
    return problemsCursor;
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
   * Tells the session how many problems its view shows at once.
   *
   * @param rows problem rows on screen (at least 1 is used)
   */
  public void setProblemsViewport(int rows) {
    problemsCursor.setRows(rows);
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
      related.add(new RelatedItem(story, corpus.links().apply(story.webUrl()).orElse(null)));
    }
    for (TimelineEntry source : corpus.referrers().apply(article)) {
      related.add(RelatedItem.referrer(source));
    }
    preview = new Preview(entry, article, related, null);
    relatedCursor.resize(related.size());
    if (focusRelatedWhenLoaded) {
      focusRelatedWhenLoaded = false;
      if (related.isEmpty()) {
        message = "no related stories";
      } else {
        focus = Focus.RELATED;
      }
    }
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
   * Merges changes of the timeline: removes the rows that are gone, inserts the new ones in
   * timeline order (into the filtered rows too when they match), and keeps the cursor on the
   * article it was on, on the same row of the screen. When that article is gone, the cursor stays
   * at the same index; when its file changed, it follows the new row of the same file. Marks are
   * URLs and are kept.
   *
   * @param update the changes, as drained from the repository; never null
   */
  public void update(Update update) {
    progress = update.progress();
    skipped = update.skipped();
    repaired = update.repaired();
    if (update.isEmpty()) {
      return;
    }
    TimelineEntry before = current().orElse(null);
    int beforeIndex = timelineCursor.cursor();
    int offset = beforeIndex - timelineCursor.top();

    recentResults.clear();
    List<TimelineEntry> added = new ArrayList<>(update.added());
    added.sort(TimelineEntry.NEWEST_FIRST);
    SortedRows.remove(timeline, update.removed());
    SortedRows.insert(timeline, added);
    if (visible != timeline) {
      Predicate<TimelineEntry> matcher = filter.matcher();
      SortedRows.remove(visible, update.removed());
      SortedRows.insert(visible, added.stream().filter(matcher).toList());
    }
    timelineCursor.resize(visible.size());

    int index;
    if (before == null || (!moved && beforeIndex == 0)) {
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
    timelineCursor.place(index, offset);
    syncPreview();
  }

  /** The index of a row in the visible rows by binary search, or -1. */
  private int indexOf(TimelineEntry entry) {
    return SortedRows.indexOf(visible, entry);
  }

  private int indexOfPath(List<TimelineEntry> candidates, Path path) {
    for (TimelineEntry candidate : candidates) {
      if (candidate.key().path().equals(path)) {
        return indexOf(candidate);
      }
    }
    return -1;
  }

  /**
   * Shows a message on the status line until the next action, such as a warning about the
   * persistent index.
   *
   * @param text the message, in plain words; never null
   */
  public void say(String text) {
    message = Objects.requireNonNull(text, "text");
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
    focusRelatedWhenLoaded = false;
    ListCursor cursor =
        problemsVisible
            ? problemsCursor
            : focus == Focus.RELATED ? relatedCursor : timelineCursor;
    if (MOVES.contains(action) && !problemsVisible) {
      moved = true;
    }
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
      case RESCAN -> {
        corpus.rescan().run();
        message = "rescanning";
      }
      case TOGGLE_PROBLEMS -> {
        problemsVisible = !problemsVisible;
        if (problemsVisible) {
          problemList = List.copyOf(corpus.problems().get());
          problemsCursor.resize(problemList.size());
          problemsCursor.moveTo(0);
        }
      }
      case ACCEPT -> {
        for (String url : acceptedUrls()) {
          if (!WritableUrls.isWritable(url)) {
            message = refused("not accepted", url);
            return Outcome.CONTINUE;
          }
        }
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
    if (!marks.contains(url) && !WritableUrls.isWritable(url)) {
      message = refused("not marked", url);
      return;
    }
    if (!marks.remove(url)) {
      marks.add(url);
    }
    (focus == Focus.RELATED ? relatedCursor : timelineCursor).move(1);
  }

  /** The most characters of a refused URL quoted on the status line. */
  private static final int QUOTED_URL_CHARACTERS = 60;

  /** @return why a URL is not written, quoting its start (the status line sanitizes it) */
  private static String refused(String what, String url) {
    String quoted =
        url.length() > QUOTED_URL_CHARACTERS
            ? url.substring(0, QUOTED_URL_CHARACTERS) + "\u2026"
            : url;
    return what + ": not an http(s) URL: " + quoted;
  }

  private void switchFocus() {
    if (focus == Focus.RELATED) {
      focus = Focus.TIMELINE;
    } else if (preview != null && preview.isLoading()) {
      // The article is still being read: the panel takes the focus when it arrives.
      focusRelatedWhenLoaded = true;
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
    if (indexOf(target.get()) < 0 && visible != timeline) {
      setFilter(Filter.NONE);
      message = "filter cleared";
    }
    int index = indexOf(target.get());
    if (index < 0) {
      message = "not in the timeline yet";
      return;
    }
    focus = Focus.TIMELINE;
    timelineCursor.moveTo(index);
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
    Filter old = filter;
    filter = newFilter;
    List<String> words = filter.words();
    ArrayList<TimelineEntry> recent = recentResults.get(words);
    if (filter.isEmpty()) {
      visible = timeline;
    } else if (recent != null) {
      visible = recent;
    } else {
      // Typing at the end narrows the filter: only the rows it left can match.
      List<TimelineEntry> source = !old.isEmpty() && filter.narrows(old) ? visible : timeline;
      ArrayList<TimelineEntry> matching = filterPass.matching(source, filter.matcher());
      visible = matching;
      recentResults.put(words, matching);
    }
    timelineCursor.resize(visible.size());
    int index = before.map(this::indexOf).orElse(-1);
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
