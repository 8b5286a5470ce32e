package dev.tidings.browse;

import dev.tidings.browse.query.Query;
import dev.tidings.model.Problem;
import dev.tidings.model.Progress;
import dev.tidings.model.TimelineEntry;
import java.util.List;
import java.util.Optional;

/**
 * A browsing session as the views read it: every part of its state and no way to change it. Lists
 * are read-only views that change with the session unless said otherwise; cursors are {@link
 * ListCursor}s, whose moves only the session makes. Read on the thread that owns the session.
 */
public interface BrowseState {

  /** @return where keys go now; never null */
  Context context();

  /** @return every article's row known now, newest first; read-only, changes with updates */
  List<TimelineEntry> timeline();

  /** @return the rows the filter leaves, newest first; read-only, changes with updates */
  List<TimelineEntry> visible();

  /** @return the timeline's cursor over {@link #visible()} */
  ListCursor timelineCursor();

  /** @return the row under the timeline cursor, or empty when no row is visible */
  Optional<TimelineEntry> current();

  /** @return the filter in force (while it is typed, too); never null */
  Filter filter();

  /**
   * @return the query whose rows are shown: the filter's, or while the filter is not a query the
   *     last one that was (its {@link Query#highlights} are what to highlight); never null
   */
  Query query();

  /** @return the order of the timeline's rows; {@link SortOrder#DATE} unless changed; never null */
  SortOrder order();

  /**
   * @return why the filter is not a query, such as {@code since: expects a date such as
   *     2021-12-10 or 7d}, for the status line; empty when it is one
   */
  String filterError();

  /** @return whether the filter prompt is open */
  boolean isFilterEditing();

  /**
   * @return the filter prompt's text and caret: while it is open, the text as typed (which the
   *     filter follows); when closed, the filter's query; never null
   */
  Prompt prompt();

  /** @return the preview of the current article, or empty when no row is visible */
  Optional<Preview> preview();

  /** @return the related stories panel's cursor over {@link Preview#related()} */
  ListCursor relatedCursor();

  /** @return the list that has the focus; never null */
  Focus focus();

  /** @return whether {@code url} is marked; false for null */
  boolean isMarked(String url);

  /** @return whether the row's article is unread (see {@link ReadState}); never for null URLs */
  boolean isUnread(TimelineEntry row);

  /** @return how many articles of the timeline are new (see {@link ReadState}); 0 or more */
  int newArticles();

  /** @return the marked URLs in the order they were marked; an immutable copy */
  List<String> marks();

  /**
   * The URLs to write on accept: the marked URLs in the order they were marked, or, when nothing
   * is marked, the current article's URL.
   *
   * @return the URLs; immutable; empty when nothing is marked and there is no current article
   *     with a URL
   */
  List<String> acceptedUrls();

  /** @return whether the problems view is shown */
  boolean isProblemsVisible();

  /** @return the problems the view shows, as the corpus had them when it was opened; immutable */
  List<Problem> problemList();

  /** @return the problems view's cursor over {@link #problemList()} */
  ListCursor problemsCursor();

  /** @return whether the problems view shows the whole entry under its cursor */
  boolean isProblemShown();

  /** @return whether the marks view is shown */
  boolean isMarksVisible();

  /**
   * @return the rows of the marks view, in the order they were marked; read-only, changes as rows
   *     are unmarked in it; empty when it is not shown
   */
  List<MarkedArticle> markedArticles();

  /** @return the marks view's cursor over {@link #markedArticles()} */
  ListCursor marksCursor();
  /** @return the topic and provider lists: whether shown, their names, cursor, typed text */
  FacetList facets();

  /** @return whether the help overlay is shown */
  boolean isHelpVisible();

  /** @return where the help overlay is scrolled to */
  Scroll helpScroll();

  /** @return how the user has set the panes: the preview shown, its size and scroll */
  Panes panes();

  /** @return a message for the status line, empty when there is none; never null */
  String message();

  /** @return how far indexing has got, as of the last update; never null */
  Progress progress();

  /** @return how many files and directories are skipped (not articles), as of the last update */
  int skipped();

  /** @return how many articles were repaired to be read (they have notes), as of the last update */
  int repaired();
}
