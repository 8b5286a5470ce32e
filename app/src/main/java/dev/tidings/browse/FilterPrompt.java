package dev.tidings.browse;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The filter prompt: whether it is open, its text and caret ({@link Prompt}), and the rule that
 * the filter follows the text. Editing actions change the text; the filter is then applied to the
 * timeline, unless keys are waiting ({@link Interruptions}): a paste arrives as many keystrokes
 * at once, and a pass for each would be thrown away by the next. Such a filter is pending until
 * {@link #settle(boolean)} applies it: at the end of the batch of keys, or before an action that
 * needs the rows. When the filter is changed by other means (a linked article hidden by it clears
 * it), the prompt follows. Not thread-safe.
 */
final class FilterPrompt {

  /** The actions that edit the prompt or move its caret, handled by {@link #edit(Action)}. */
  static final Set<Action> EDITS =
      EnumSet.of(
          Action.DELETE_FILTER_CHAR,
          Action.DELETE_FILTER_NEXT_CHAR,
          Action.DELETE_FILTER_WORD,
          Action.DELETE_FILTER_TO_START,
          Action.DELETE_FILTER_TO_END,
          Action.CARET_LEFT,
          Action.CARET_RIGHT,
          Action.CARET_START,
          Action.CARET_END,
          Action.CARET_WORD_LEFT,
          Action.CARET_WORD_RIGHT);

  /** Says that typed text did not fit. */
  static final String CUT =
      String.format(Locale.ROOT, "query cut at %,d characters", Prompt.MAX_CHARACTERS);

  private final FocusedLists lists;
  private final FilteredTimeline rows;
  private Prompt prompt = Prompt.EMPTY;
  private boolean open;
  /** The filter in force is not yet the prompt's text: its pass was abandoned. */
  private boolean pending;
  private Interruptions interruptions = Interruptions.NONE;

  FilterPrompt(FocusedLists lists, FilteredTimeline rows) {
    this.lists = lists;
    this.rows = rows;
  }

  /** @return whether the prompt is open and takes typed text */
  boolean isOpen() {
    return open;
  }

  /** @return the text and caret; the filter's query with the caret at its end when closed */
  Prompt prompt() {
    return prompt;
  }

  /** @param interruptions what abandons a pass of the filter from now on; never null */
  void interruptWhen(Interruptions interruptions) {
    this.interruptions = interruptions;
  }

  /** @return whether the prompt's text is not yet the filter in force */
  boolean isPending() {
    return pending;
  }

  /**
   * Applies the prompt's text as the filter if it is not yet: its pass may be abandoned again.
   *
   * @param yieldToKeys whether keys waiting abandon the pass (for a pass at the end of a batch of
   *     keys), or only quitting does (for a pass an action needs the result of)
   * @return true when the filter in force is the prompt's text
   */
  boolean settle(boolean yieldToKeys) {
    if (!pending) {
      return true;
    }
    Interruptions now = interruptions;
    boolean applied =
        lists.setFilter(
            new Filter(prompt.text()),
            yieldToKeys ? () -> now.keysWaiting() || now.quitting() : now::quitting);
    pending = !applied;
    return applied;
  }

  /** Opens the prompt with the caret at the end of the filter in force. */
  void open() {
    open = true;
    prompt = Prompt.of(rows.filter().query()).end();
  }

  /** Closes the prompt and keeps the filter. */
  void keep() {
    open = false;
  }

  /** Closes the prompt and clears the filter. */
  void clear() {
    open = false;
    pending = false;
    prompt = Prompt.EMPTY;
    lists.setFilter(Filter.NONE);
  }

  /**
   * Types text at the caret; ignored when the prompt is closed.
   *
   * @param text the typed characters; never null
   * @return a message for the status line: the prompt was cut at {@link Prompt#MAX_CHARACTERS};
   *     empty when all was typed
   */
  String type(String text) {
    if (!open) {
      return "";
    }
    Prompt typed = prompt.insert(text);
    // Cheap, since a paste arrives as a keystroke per character: the insertion is cut or whole.
    boolean cut = typed.text().length() - prompt.text().length() < text.length();
    change(typed);
    return cut ? CUT : "";
  }

  /**
   * Applies one of the {@link #EDITS}.
   *
   * @param action an editing action; never null
   * @throws IllegalArgumentException if it is not one of {@link #EDITS}
   */
  void edit(Action action) {
    change(
        switch (action) {
          case DELETE_FILTER_CHAR -> prompt.deleteBefore();
          case DELETE_FILTER_NEXT_CHAR -> prompt.deleteAt();
          case DELETE_FILTER_WORD -> prompt.deleteWordBefore();
          case DELETE_FILTER_TO_START -> prompt.deleteToStart();
          case DELETE_FILTER_TO_END -> prompt.deleteToEnd();
          case CARET_LEFT -> prompt.left();
          case CARET_RIGHT -> prompt.right();
          case CARET_START -> prompt.start();
          case CARET_END -> prompt.end();
          case CARET_WORD_LEFT -> prompt.wordLeft();
          case CARET_WORD_RIGHT -> prompt.wordRight();
          default -> throw new IllegalArgumentException("not a prompt edit: " + action);
        });
  }

  /**
   * Replaces the text with another, the caret at its end, and applies it as typing would: a query
   * recalled from the history.
   *
   * @param text the new text; never null (cut to {@link Prompt#MAX_CHARACTERS})
   */
  void replace(String text) {
    change(Prompt.of(text));
  }

  /**
   * Makes the prompt show the filter in force when that was changed by other means than the
   * prompt (a filter cleared to reach a linked article).
   */
  void follow() {
    if (!pending && !prompt.text().equals(rows.filter().query())) {
      prompt = Prompt.of(rows.filter().query());
    }
  }

  private void change(Prompt changed) {
    boolean textChanged = !changed.text().equals(prompt.text());
    prompt = changed;
    if (textChanged) {
      pending = true;
      settle(true);
    }
  }
}
