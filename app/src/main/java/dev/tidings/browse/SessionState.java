package dev.tidings.browse;

import dev.tidings.browse.query.Query;
import dev.tidings.browse.query.QueryContext;
import dev.tidings.model.Problem;
import dev.tidings.model.Progress;
import dev.tidings.model.TimelineEntry;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a browsing session and the answers to what the views ask of it ({@link
 * BrowseState}): the timeline and its filter, the preview, the two lists and their focus, the
 * marks, the problems and marks views, the help, the panes, the prompt and what the status line
 * shows. {@link BrowseSession} changes them; this class only reads them, so that the session's
 * own code is about what keys and updates do. Not thread-safe: the UI thread owns it.
 */
abstract class SessionState implements BrowseState {

  final Corpus corpus;
  final FilteredTimeline rows;
  final PreviewState preview;
  final FocusedLists lists;
  final Marks marks = new Marks();
  /** The read state; none kept until the owner gives one ({@link BrowseSession#useReadState}). */
  ReadState read = new ReadState((isRead, keys) -> {});
  final ProblemsState problems = new ProblemsState();
  final MarksViewState markList = new MarksViewState();
  final FacetList facets = new FacetList();
  final Panes panes = new Panes();
  final Scroll help = new Scroll();
  final RescanReport rescan = new RescanReport();
  final OpenAndCopy openAndCopy = new OpenAndCopy();
  final FilterPrompt filterPrompt;
  final QueryRecall recall;
  boolean helpVisible;
  String message = "";
  /** Whether the user has moved the cursor: until then it follows the newest article. */
  boolean moved;
  Progress progress;
  int skipped;
  int repaired;

  /**
   * Builds the parts of a session over the rows known so far.
   *
   * @param timeline the rows known so far, newest first; never null (empty before indexing)
   * @param corpus what the session asks of the corpus: links, referrers, problems, rescans; never
   *     null
   * @param filterPass how a pass of the filter over the rows runs; never null
   */
  SessionState(List<TimelineEntry> timeline, Corpus corpus, FilterPass filterPass) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.rows = new FilteredTimeline(timeline, filterPass, queryContext(Clock.systemDefaultZone()));
    this.preview = new PreviewState(corpus);
    this.lists = new FocusedLists(rows, preview, panes);
    this.filterPrompt = new FilterPrompt(lists, rows);
    this.recall = new QueryRecall(filterPrompt);
    this.progress = new Progress(timeline.size(), timeline.size(), true);
    lists.sync();
  }

  @Override
  public Context context() {
    if (helpVisible) {
      return Context.HELP;
    }
    if (problems.isVisible()) {
      return Context.PROBLEMS;
    }
    if (markList.isVisible()) {
      return Context.MARKS;
    }
    if (facets.isVisible()) {
      return Context.FACETS;
    }
    if (filterPrompt.isOpen()) {
      return Context.FILTER;
    }
    return lists.focus() == Focus.RELATED ? Context.RELATED : Context.TIMELINE;
  }

  @Override
  public List<TimelineEntry> timeline() {
    return rows.timeline();
  }

  @Override
  public List<TimelineEntry> visible() {
    return rows.visible();
  }

  @Override
  public ListCursor timelineCursor() {
    return rows.cursor();
  }

  @Override
  public Optional<TimelineEntry> current() {
    return rows.current();
  }

  @Override
  public Filter filter() {
    return rows.filter();
  }

  @Override
  public SortOrder order() {
    return rows.order();
  }

  @Override
  public Query query() {
    return rows.query();
  }

  @Override
  public String filterError() {
    return rows.filterError();
  }

  @Override
  public boolean isFilterEditing() {
    return filterPrompt.isOpen();
  }

  @Override
  public Prompt prompt() {
    return filterPrompt.prompt();
  }

  @Override
  public Optional<Preview> preview() {
    return preview.preview();
  }

  @Override
  public ListCursor relatedCursor() {
    return preview.relatedCursor();
  }

  @Override
  public Focus focus() {
    return lists.focus();
  }

  @Override
  public boolean isMarked(String url) {
    return marks.contains(url);
  }

  @Override
  public boolean isUnread(TimelineEntry row) {
    return read.isUnread(row);
  }

  @Override
  public int newArticles() {
    return read.newCount(rows.timeline());
  }

  @Override
  public List<String> marks() {
    return marks.list();
  }

  @Override
  public List<String> acceptedUrls() {
    if (!marks.isEmpty()) {
      return marks.list();
    }
    return current().map(TimelineEntry::url).map(List::of).orElse(List.of());
  }

  @Override
  public boolean isProblemsVisible() {
    return problems.isVisible();
  }

  @Override
  public List<Problem> problemList() {
    return problems.problems();
  }

  @Override
  public ListCursor problemsCursor() {
    return problems.cursor();
  }

  @Override
  public boolean isProblemShown() {
    return problems.isEntryShown();
  }

  @Override
  public boolean isMarksVisible() {
    return markList.isVisible();
  }

  @Override
  public List<MarkedArticle> markedArticles() {
    return markList.articles();
  }

  @Override
  public ListCursor marksCursor() {
    return markList.cursor();
  }

  @Override
  public FacetList facets() {
    return facets;
  }

  @Override
  public boolean isHelpVisible() {
    return helpVisible;
  }

  @Override
  public Scroll helpScroll() {
    return help;
  }

  @Override
  public Panes panes() {
    return panes;
  }

  @Override
  public String message() {
    return message;
  }

  @Override
  public Progress progress() {
    return progress;
  }

  @Override
  public int skipped() {
    return skipped;
  }

  @Override
  public int repaired() {
    return repaired;
  }

  /**
   * The query context of the session's filter: the clock, and whether a row is marked or linked.
   *
   * @param clock the clock of dates in queries; never null
   * @return the context; never null
   */
  final QueryContext queryContext(Clock clock) {
    return new QueryContext(
        clock,
        row -> marks.contains(row.url()),
        corpus.linked(),
        row -> read.isUnread(row),
        row -> read.isNew(row));
  }
}
