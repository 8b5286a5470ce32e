package dev.tidings.browse;

import dev.tidings.model.TimelineEntry;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What each {@link Action} does to a session: where the key goes in the current context (help,
 * query recall, prompt edits, the lists and views), and the outcome for the owner. Keeps whether
 * a quit with marks was asked about. Not thread-safe: the UI thread owns it, as it owns the
 * session.
 */
final class SessionActions {

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
          Action.OPEN_LINKED,
          Action.NEXT_UNREAD);

  /** The actions that need not wait for a pending filter: they do not read the rows. */
  private static final Set<Action> WITHOUT_ROWS =
      EnumSet.of(Action.START_FILTER, Action.KEEP_FILTER, Action.CLEAR_FILTER, Action.QUIT_NOW);

  /**
   * The actions that change neither marks nor read state (moving, the prompt, the panes, views):
   * after any other, results of queries about them are found again ({@link
   * FilteredTimeline#sessionStateChanged}). A new action is taken to change them until added here.
   */
  private static final Set<Action> KEEP_SESSION_STATE =
      EnumSet.of(
          Action.MOVE_DOWN,
          Action.MOVE_UP,
          Action.PAGE_DOWN,
          Action.PAGE_UP,
          Action.HALF_PAGE_DOWN,
          Action.HALF_PAGE_UP,
          Action.FIRST,
          Action.LAST,
          Action.START_FILTER,
          Action.KEEP_FILTER,
          Action.CLEAR_FILTER,
          Action.SORT,
          Action.SWITCH_FOCUS,
          Action.TOGGLE_HELP,
          Action.TOGGLE_PREVIEW,
          Action.WIDEN_PREVIEW,
          Action.NARROW_PREVIEW,
          Action.SCROLL_PREVIEW_DOWN,
          Action.SCROLL_PREVIEW_UP);

  private final SessionState s;
  /** A quit was asked for with marks: the next quit quits. */
  private boolean quitAsked;

  /** @param session the session whose parts the actions change */
  SessionActions(SessionState session) {
    this.s = session;
  }

  /**
   * Applies an action in the current context (see {@link BrowseSession#apply}).
   *
   * @param action the action; never null
   * @return what the owner should do next; never null
   */
  Outcome apply(Action action) {
    s.message = "";
    s.lists.forgetPendingFocus();
    boolean quitAgain = quitAsked;
    quitAsked = false;
    boolean openAgain = s.openAndCopy.takeAsked();
    if (!KEEP_SESSION_STATE.contains(action) && !FilterPrompt.EDITS.contains(action)) {
      s.rows.sessionStateChanged();
    }
    if (s.helpVisible && s.help.apply(action)) {
      return Outcome.CONTINUE;
    }
    if (s.context() == Context.FILTER && s.recall.takes(action)) {
      s.message = s.recall.apply(action);
      return Outcome.CONTINUE;
    }
    ListCursor cursor = cursor();
    if (MOVES.contains(action) && cursor == s.lists.cursor()) {
      s.moved = true;
    }
    if (FilterPrompt.EDITS.contains(action)) {
      s.filterPrompt.edit(action);
      return Outcome.CONTINUE;
    }
    if (!WITHOUT_ROWS.contains(action)) {
      // The action reads the rows: a filter typed ahead of it applies first.
      s.filterPrompt.settle(false);
    }
    switch (action) {
      case MOVE_DOWN, MOVE_UP, PAGE_DOWN, PAGE_UP, HALF_PAGE_DOWN, HALF_PAGE_UP, FIRST, LAST ->
          cursor.apply(action);
      case TOGGLE_MARK -> s.message = s.lists.toggleMark(s.marks);
      case MARK_ALL -> s.message = BulkMarks.markAll(s.marks, s.rows.visible());
      case UNMARK_ALL -> s.message = BulkMarks.unmarkAll(s.marks);
      case INVERT_MARKS -> s.message = BulkMarks.invert(s.marks, s.rows.visible());
      case TOGGLE_MARKS -> s.message = s.markList.toggle(s.marks, s.rows.timeline());
      case UNMARK_LISTED -> s.markList.unmarkCurrent(s.marks);
      case GO_TO_MARKED -> {
        s.moved = true;
        s.message = s.markList.goTo(s.lists, s.rows.timeline());
      }
      case SWITCH_FOCUS -> s.message = s.lists.switchFocus();
      case OPEN_LINKED -> s.message = s.lists.openLinked();
      case START_FILTER -> s.filterPrompt.open();
      case KEEP_FILTER -> {
        s.recall.remember(s.filterPrompt.prompt().text());
        s.filterPrompt.keep();
      }
      case CLEAR_FILTER -> s.filterPrompt.clear();
      case TOGGLE_READ -> s.message = ReadActions.toggle(s.read, s.rows);
      case MARK_ALL_READ -> s.message = ReadActions.markAll(s.read, s.rows);
      case NEXT_UNREAD -> s.message = ReadActions.next(s.read, s.rows);
      case SORT -> {
        s.rows.setOrder(s.rows.order().next());
        s.lists.sync();
        s.message = "sorted " + s.rows.order().description();
      }
      case TOGGLE_HELP -> {
        s.helpVisible = !s.helpVisible;
        s.help.toTop();
      }
      case RESCAN -> {
        s.rescan.start();
        s.corpus.rescan().run();
        s.message = "rescanning";
      }
      case TOGGLE_PREVIEW,
          WIDEN_PREVIEW,
          NARROW_PREVIEW,
          SCROLL_PREVIEW_DOWN,
          SCROLL_PREVIEW_UP -> {
        s.panes.apply(action);
        s.lists.followPanes();
      }
      case SHOW_PROBLEM -> s.problems.toggleEntry();
      case OPEN_TOPICS -> s.facets.open(FacetList.Kind.TOPICS, s.rows.visible());
      case OPEN_PROVIDERS -> s.facets.open(FacetList.Kind.PROVIDERS, s.rows.visible());
      case SWITCH_FACETS -> s.facets.switchKind();
      case DELETE_FACET_CHAR -> s.facets.deleteChar();
      case FACETS_BACK -> s.facets.back();
      case FILTER_BY_FACET -> s.message = filterByFacet();
      case TOGGLE_PROBLEMS -> {
        if (s.problems.isVisible()) {
          s.problems.close();
        } else {
          s.problems.open(s.corpus.problems().get());
        }
      }
      case ACCEPT -> {
        Optional<String> refusal = Marks.refusal(s.acceptedUrls());
        if (refusal.isPresent()) {
          s.message = refusal.get();
          return Outcome.CONTINUE;
        }
        s.recall.remember(s.rows.filter().query());
        s.read.markRead(s.acceptedUrls());
        return Outcome.ACCEPT;
      }
      case OPEN -> s.message = s.openAndCopy.open(s.acceptedUrls(), openAgain, this::used);
      case COPY_URLS -> s.message = s.openAndCopy.copy(s.acceptedUrls(), null, this::used);
      case COPY_LINKS ->
          s.message = s.openAndCopy.copy(s.acceptedUrls(), this::titleOf, this::used);
      case QUIT -> {
        return quit(quitAgain);
      }
      case QUIT_NOW -> {
        return Outcome.QUIT;
      }
      case CLEAR_FILTER_OR_QUIT -> {
        if (s.rows.filter().isEmpty()) {
          return quit(quitAgain);
        }
        s.filterPrompt.clear();
      }
    }
    if (cursor == s.rows.cursor()) {
      s.lists.sync();
    }
    s.filterPrompt.follow();
    return Outcome.CONTINUE;
  }

  /** @return the cursor the moving keys move: that of the view shown, else of the focused list */
  private ListCursor cursor() {
    if (s.problems.isVisible()) {
      return s.problems.cursor();
    }
    if (s.markList.isVisible()) {
      return s.markList.cursor();
    }
    return s.facets.isVisible() ? s.facets.cursor() : s.lists.cursor();
  }

  /**
   * Adds the qualifier of the name under the topic or provider list's cursor to the filter in
   * force and closes the list; the prompt follows the filter.
   */
  private String filterByFacet() {
    Optional<String> qualifier = s.facets.qualifier();
    if (qualifier.isEmpty()) {
      return "nothing to filter by";
    }
    String text = FacetQualifier.appended(s.rows.filter().query(), qualifier.get());
    if (text.codePointCount(0, text.length()) > Prompt.MAX_CHARACTERS) {
      return String.format(
          Locale.ROOT, "the query would pass %,d characters", Prompt.MAX_CHARACTERS);
    }
    s.facets.close();
    s.lists.setFilter(new Filter(text));
    return "";
  }

  /** The articles with these URLs were opened or copied. */
  private void used(List<String> urls) {
    s.read.markRead(urls);
  }

  /** @return the title of the timeline's row with the URL; null when it has none */
  private String titleOf(String url) {
    return s.rows.timeline().stream()
        .filter(row -> url.equals(row.url()))
        .map(TimelineEntry::title)
        .findFirst()
        .orElse(null);
  }

  /** Quits at once without marks or when asked again; with marks, asks first. */
  private Outcome quit(boolean again) {
    if (s.marks.isEmpty() || again) {
      return Outcome.QUIT;
    }
    quitAsked = true;
    s.message = s.marks.size() + " marked: q again quits without printing";
    return Outcome.CONTINUE;
  }
}
