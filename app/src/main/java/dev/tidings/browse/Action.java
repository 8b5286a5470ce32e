package dev.tidings.browse;

/**
 * The named operations a user can apply to a {@link BrowseSession}. Keys are bound to actions in
 * one key map (in the UI); the help overlay shows each action with its {@link #description()}.
 */
public enum Action {
  MOVE_DOWN("down"),
  MOVE_UP("up"),
  PAGE_DOWN("page down"),
  PAGE_UP("page up"),
  HALF_PAGE_DOWN("half page down"),
  HALF_PAGE_UP("half page up"),
  FIRST("first"),
  LAST("last"),
  TOGGLE_MARK("mark/unmark, go down"),
  MARK_ALL("mark all shown"),
  /** Unmarks every mark, also those of rows the filter hides. */
  UNMARK_ALL("unmark all (+hidden)"),
  INVERT_MARKS("invert marks shown"),
  TOGGLE_MARKS("show/hide marks"),
  UNMARK_LISTED("unmark"),
  GO_TO_MARKED("go to the article"),
  SWITCH_FOCUS("switch pane"),
  OPEN_LINKED("go to linked article"),
  START_FILTER("filter"),
  KEEP_FILTER("keep the filter"),
  CLEAR_FILTER("clear the filter"),
  DELETE_FILTER_CHAR("delete before caret"),
  DELETE_FILTER_NEXT_CHAR("delete under caret"),
  DELETE_FILTER_WORD("delete word before"),
  DELETE_FILTER_TO_START("delete to start"),
  DELETE_FILTER_TO_END("delete to end"),
  CARET_LEFT("caret left"),
  CARET_RIGHT("caret right"),
  CARET_START("caret to start"),
  CARET_END("caret to end"),
  CARET_WORD_LEFT("caret a word left"),
  CARET_WORD_RIGHT("caret a word right"),
  /** Recalls the next older query holding the prompt's text (Ctrl-R in the filter prompt). */
  RECALL_QUERY("find earlier query"),
  ACCEPT("accept: print URLs"),
  /** Opens the marked articles, else the current one, in the browser (asks above ten). */
  OPEN("open in the browser"),
  /** Copies the marked URLs, else the current one, to the clipboard (OSC 52). */
  COPY_URLS("copy URLs (OSC 52)"),
  /** Copies Markdown links {@code [title](<url>)} of the marked articles, else the current one. */
  COPY_LINKS("copy Markdown links"),
  CLEAR_FILTER_OR_QUIT("clear filter or quit"),
  QUIT("quit, print nothing"),
  /** Quits without asking, even with marks (Ctrl-C). */
  QUIT_NOW("quit, even if marked"),
  RESCAN("rescan the corpus"),
  TOGGLE_PROBLEMS("show/hide problems"),
  SHOW_PROBLEM("show the whole entry"),
  OPEN_TOPICS("list topics"),
  OPEN_PROVIDERS("list providers"),
  SWITCH_FACETS("topics/providers"),
  FILTER_BY_FACET("add it to the filter"),
  DELETE_FACET_CHAR("delete typed char"),
  /** Clears the text typed to narrow the topic or provider list, or closes the list. */
  FACETS_BACK("clear typed or close"),
  TOGGLE_PREVIEW("show/hide preview"),
  WIDEN_PREVIEW("widen the preview"),
  NARROW_PREVIEW("narrow the preview"),
  SCROLL_PREVIEW_DOWN("scroll preview down"),
  SCROLL_PREVIEW_UP("scroll preview up"),
  /** Shows the timeline in the next {@link SortOrder}: newest, oldest, quality, heat, provider. */
  SORT("cycle the sort order"),
  TOGGLE_READ("toggle read/unread"),
  MARK_ALL_READ("mark all shown read"),
  NEXT_UNREAD("next unread article"),
  TOGGLE_HELP("show or hide help");

  private final String description;

  Action(String description) {
    this.description = description;
  }

  /**
   * @return a few words saying what the action does, for the help overlay: at most 20 columns;
   *     never null
   */
  public String description() {
    return description;
  }
}
