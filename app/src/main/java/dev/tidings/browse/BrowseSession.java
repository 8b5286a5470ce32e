package dev.tidings.browse;

import dev.tidings.model.Article;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.Update;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One browsing session over a timeline: the {@link BrowseState} the views read, changed only
 * through {@link #apply(Action)}, {@link #type(String)}, {@link #update(Update)}, {@link
 * #setViewport(int, int)}, {@link #say(String)} and the preview callbacks. It keeps where keys go
 * (the filter prompt, the help, the problems view, the marks view), the message and whether a quit
 * with marks was asked about, and hands the rest to its parts: the two lists and their focus, the
 * marks (and {@link BulkMarks}), the problems and marks views, the panes and the report of a
 * rescan. Not thread-safe: the UI thread owns it.
 *
 * <p>The timeline changes while the session runs (indexing in the background, files changed on
 * disk): {@link #update(Update)} merges the changes, keeps the cursor on the article it was on
 * (and that article on its row of the screen) and keeps the marks. Until the user first moves,
 * the cursor stays on the newest article.
 */
public final class BrowseSession extends SessionState {

  private final SessionActions actions = new SessionActions(this);
  private final Pointing pointing = new Pointing(this);

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
    super(timeline, corpus, filterPass);
  }

  /**
   * Shows the rows in an order ({@code --sort}, or the sort key), the cursor staying on its
   * article; rows that arrive later are merged in that order.
   *
   * @param order the order; never null
   */
  public void setOrder(SortOrder order) {
    rows.setOrder(order);
  }

  /**
   * Applies a query as though it was typed into the filter prompt and kept ({@code --query}). A
   * text that is not a query is kept in the prompt with what is wrong on the status line, as a
   * typed one is.
   *
   * @param text the query's text; never null
   */
  public void startWith(String text) {
    filterPrompt.open();
    message = filterPrompt.type(Objects.requireNonNull(text, "text"));
    filterPrompt.keep();
    filterPrompt.settle(false);
  }

  /**
   * @return the {@link #acceptedUrls() accepted URLs}, each with its timeline row when there is
   *     one ({@link AcceptedRows}), for the output formats that write more than URLs; immutable
   */
  public List<Accepted> acceptedRows() {
    return AcceptedRows.of(acceptedUrls(), rows.timeline());
  }

  // ---- changing the state

  /**
   * Tells the session how many items its lists show, so that paging moves by a screenful.
   *
   * @param timelineRows timeline rows on screen (at least 1 is used)
   * @param relatedItems related stories on screen (at least 1 is used)
   */
  public void setViewport(int timelineRows, int relatedItems) {
    rows.cursor().setRows(timelineRows);
    preview.relatedCursor().setRows(relatedItems);
  }

  /**
   * Sets the clock of the filter's dates: {@code since:2021-12-10} is a day in the clock's zone,
   * which should be the zone dates are shown in; {@code 7d} is seven days before its instant.
   * Until called, the system's clock and zone.
   *
   * @param clock the clock; never null
   */
  public void setClock(Clock clock) {
    rows.setContext(queryContext(clock));
  }


  /**
   * Tells the session how many problems its view shows at once.
   *
   * @param rows problem rows on screen (at least 1 is used)
   */
  public void setProblemsViewport(int rows) {
    problems.cursor().setRows(rows);
  }

  /**
   * Tells the session how many marked articles its marks view shows at once.
   *
   * @param rows rows on screen (at least 1 is used)
   */
  public void setMarksViewport(int rows) {
    markList.cursor().setRows(rows);
  }

  /**
   * Tells the session how many names the topic and provider lists show at once.
   *
   * @param rows names on screen (at least 1 is used)
   */
  public void setFacetsViewport(int rows) {
    facets.cursor().setRows(rows);
  }

  /**
   * Tells the session how many rows the preview and the help have on screen and how many lines
   * they hold, so that their scrolling stops at the last line.
   *
   * @param previewRows the preview's rows under its heading
   * @param previewLines the lines of the current article's preview
   * @param helpRows the help's rows for its entries
   * @param helpLines the lines of the help's entries
   */
  public void setScrollExtents(int previewRows, int previewLines, int helpRows, int helpLines) {
    panes.previewScroll().setExtent(previewRows, previewLines);
    help.setExtent(helpRows, helpLines);
  }

  /**
   * Shows the article loaded for a row; ignored when the cursor has moved to another row since.
   *
   * @param entry the row the article was loaded for; never null
   * @param article the full article; never null
   */
  public void articleLoaded(TimelineEntry entry, Article article) {
    String said = lists.articleLoaded(entry, article);
    if (!said.isEmpty()) {
      message = said;
    }
  }

  /**
   * Shows why the article of a row could not be loaded; ignored when the cursor has moved on.
   *
   * @param entry the row the load was for; never null
   * @param error why it failed, in plain words; never null
   */
  public void articleFailed(TimelineEntry entry, String error) {
    preview.failed(entry, error);
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
    rescan.count(update);
    progress = update.progress();
    skipped = update.skipped();
    repaired = update.repaired();
    if (update.isEmpty()) {
      return;
    }
    rows.merge(update, !moved);
    read.timelineChanged(update.added(), update.removed());
    lists.sync();
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

  /** @return whether a rescan asked for with {@link Action#RESCAN} has not ended yet */
  public boolean isRescanning() {
    return rescan.isRunning();
  }

  /**
   * Ends the rescan asked for with {@link Action#RESCAN}: the status line says what it changed.
   * The repository does not say when a scan ends; the UI calls this once the updates stop.
   */
  public void rescanEnded() {
    if (rescan.isRunning()) {
      message = rescan.end();
    }
  }

  /**
   * Tells the session what abandons a pass of the filter (keys waiting, quitting), so that a
   * paste into the prompt filters once, not once per character. Until this is called, every pass
   * runs to its end.
   *
   * @param interruptions asked from the threads a pass runs on; never null
   */
  public void interruptFilteringWhen(Interruptions interruptions) {
    filterPrompt.interruptWhen(Objects.requireNonNull(interruptions, "interruptions"));
  }

  /**
   * Sets the earlier queries the filter prompt recalls (Up, Down, Ctrl-R) and where the queries
   * kept from now on go. Until called, an empty history kept for this session only.
   *
   * @param history the history; never null
   */
  public void setQueryHistory(QueryHistory history) {
    recall.use(Objects.requireNonNull(history, "history"));
  }

  /**
   * Applies the filter typed into the prompt if its pass was abandoned, unless keys wait again
   * (or the user quits): call at the end of each batch of keys, before drawing.
   *
   * @return true when the filter in force is the one typed; false when it is still pending
   */
  public boolean settleFilter() {
    return filterPrompt.settle(true);
  }

  /**
   * Types text at the caret of the open filter prompt, or into the topic or provider list to
   * narrow it when that is shown; ignored when neither is. Text that would make the prompt longer
   * than {@link Prompt#MAX_CHARACTERS} is cut, with a message.
   *
   * @param text the typed characters; never null
   */
  public void type(String text) {
    if (context() == Context.FACETS) {
      facets.type(text);
    } else if (filterPrompt.isOpen()) {
      message = filterPrompt.type(text);
    }
  }

  /**
   * Keeps read state with {@code state} from now on; until called, no article is unread and
   * changes are not kept.
   *
   * @param state the read state, loaded or to be loaded on this thread; never null
   */
  public void useReadState(ReadState state) {
    read = Objects.requireNonNull(state, "state");
    readStateChanged();
  }

  /**
   * Marks articles read and keeps the change: on accept, and on opening or copying them.
   *
   * @param urls the articles' URLs as in the rows; null ones are skipped; never null
   * @return how many were not read before
   */
  public int markRead(Collection<String> urls) {
    rows.sessionStateChanged();
    return read.markRead(urls);
  }

  /**
   * Takes the stored read state once loaded (on the UI thread): the rows show it, and a query
   * about read state is applied again.
   *
   * @param stored the normalised URLs read; kept and changed by the session; never null
   * @param previousRun when the previous run over the same directories started; null when none
   */
  public void readStateLoaded(Set<String> stored, Instant previousRun) {
    read.loaded(stored, previousRun);
    readStateChanged();
  }

  private void readStateChanged() {
    rows.sessionStateChanged();
    if (rows.query().dependsOnSession()) {
      rows.setFilter(rows.filter());
      lists.sync();
    }
  }

  /**
   * Takes what the last action asked to open or copy ({@code o}, {@code y}, {@code Y}), once.
   *
   * @return the request; empty when the last action asked for none
   */
  public Optional<UrlRequest> takeRequest() {
    return openAndCopy.take();
  }

  /**
   * Selects the item a click is on (see {@link Pointing}): the list takes the focus (the related
   * stories only while there are some) and its cursor goes to the item, clamped.
   *
   * @param list the timeline or the related stories; never null
   * @param index the item's index, 0-based (a timeline row among the visible rows)
   */
  public void select(Focus list, int index) {
    if (list == Focus.RELATED) {
      pointing.selectRelated(index);
    } else {
      pointing.selectRow(index);
    }
  }

  /**
   * Moves a list's cursor for the wheel, as {@code j} and {@code k} do; the list takes the focus.
   *
   * @param list the timeline or the related stories; never null
   * @param delta items to move, down when positive
   */
  public void move(Focus list, int delta) {
    if (list == Focus.RELATED) {
      pointing.moveRelated(delta);
    } else {
      pointing.moveRow(delta);
    }
  }

  /**
   * Applies an action in the current context. Asks the corpus for its problems when the problems
   * view opens, and for a rescan on {@link Action#RESCAN}.
   *
   * @param action the action; never null
   * @return what the owner should do next; never null
   */
  public Outcome apply(Action action) {
    return actions.apply(action);
  }
}
