package dev.tidings.browse;

import java.util.Optional;

/**
 * Earlier queries recalled into the open filter prompt, as readline recalls lines: Up on an empty
 * prompt, or on one showing a recalled query, recalls the next older query, Down the next newer
 * one and at last the empty prompt; {@link Action#RECALL_QUERY} (Ctrl-R) recalls the next older
 * query holding the prompt's text, ignoring case, and again the next older one holding the same
 * text while its find is shown (readline's reverse search without a search prompt of its own). A
 * recalled query replaces the prompt's text and is applied as typing would apply it. Elsewhere Up
 * and Down move the timeline as before. Not thread-safe.
 */
final class QueryRecall {

  private final FilterPrompt prompt;
  private QueryHistory history = QueryHistory.inMemory();
  /** What Ctrl-R looks for while its find is shown; null when the last recall was not a search. */
  private String searched;

  QueryRecall(FilterPrompt prompt) {
    this.prompt = prompt;
  }

  /** @param history the queries to recall and to remember into from now on; never null */
  void use(QueryHistory history) {
    this.history = history;
    searched = null;
  }

  /**
   * @param action an action in the filter context; never null
   * @return whether it recalls a query rather than doing what it does elsewhere: {@link
   *     Action#RECALL_QUERY} always, Up when there are queries and the prompt is empty or shows a
   *     recalled one, Down when it shows a recalled one
   */
  boolean takes(Action action) {
    String text = prompt.prompt().text();
    return switch (action) {
      case RECALL_QUERY -> true;
      case MOVE_UP -> history.size() > 0 && (text.isEmpty() || history.isShowing(text));
      case MOVE_DOWN -> history.isShowing(text);
      default -> false;
    };
  }

  /**
   * Recalls a query for one of the actions it {@link #takes}.
   *
   * @param action the action; never null
   * @return the message for the status line, such as {@code history: 3/27} or {@code no earlier
   *     query holds "xyz"}; never null
   */
  String apply(Action action) {
    String text = prompt.prompt().text();
    boolean showing = history.isShowing(text);
    if (!showing) {
      history.endRecall();
    }
    String term = showing && searched != null ? searched : text;
    searched = null;
    Optional<String> recalled =
        switch (action) {
          case MOVE_UP -> history.older();
          case MOVE_DOWN -> history.newer();
          case RECALL_QUERY -> history.search(term);
          default -> throw new IllegalArgumentException("not a recall: " + action);
        };
    if (recalled.isEmpty()) {
      if (action != Action.RECALL_QUERY) {
        return "no older query";
      }
      return term.isEmpty() ? "no earlier query" : "no earlier query holds \"" + term + "\"";
    }
    if (action == Action.RECALL_QUERY) {
      searched = term;
    }
    prompt.replace(recalled.get());
    return history.place() == 0 ? "" : "history: " + history.place() + "/" + history.size();
  }

  /**
   * Remembers a query kept or accepted with, when it is a valid one ({@link
   * QueryHistory#remember}); ends any recall.
   *
   * @param query the query's text; never null
   */
  void remember(String query) {
    searched = null;
    history.remember(query);
  }
}
