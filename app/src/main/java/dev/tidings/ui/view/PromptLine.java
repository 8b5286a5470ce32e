package dev.tidings.ui.view;

import dev.tidings.browse.Prompt;

/**
 * The part of the filter prompt's text that fits its room on the status line, and where the caret
 * is in it. The caret always shows: a text wider than the room is shown from its start while the
 * caret is within the room, else with its start cut and the caret near the room's right end (up to
 * a quarter of the room shows what follows it); a cut end shows {@link Glyphs#ELLIPSIS}.
 *
 * @param text the sanitized text to draw, at most the room wide
 * @param caret the caret's column in {@code text}, from 0 (before its first column) to the room
 *     less one
 */
record PromptLine(String text, int caret) {

  /**
   * @param prompt the prompt; never null
   * @param room the columns for its text; at least 1 is used
   * @return what to draw
   */
  static PromptLine of(Prompt prompt, int room) {
    int columns = Math.max(1, room);
    String before = TerminalText.sanitize(prompt.beforeCaret());
    String after = TerminalText.sanitize(prompt.text().substring(prompt.caret()));
    int caret = TerminalText.width(before);
    if (caret + TerminalText.width(after) < columns) {
      return new PromptLine(before + after, caret);
    }
    if (caret <= columns - 2) {
      return new PromptLine(TerminalText.truncate(before + after, columns), caret);
    }
    // The start cut: the caret near the right end, with up to a quarter of the room after it.
    int following = Math.min(TerminalText.width(after), columns / 4);
    String tail = tail(before, columns - 2 - following);
    String shown = (columns >= 2 ? String.valueOf(Glyphs.ELLIPSIS) : "") + tail;
    int at = TerminalText.width(shown);
    return new PromptLine(shown + TerminalText.truncate(after, columns - at), at);
  }

  /** @return the end of sanitized text that is at most {@code columns} wide */
  private static String tail(String sanitized, int columns) {
    int used = 0;
    int start = sanitized.length();
    while (start > 0) {
      int width = TerminalText.width(sanitized.charAt(start - 1));
      if (used + width > columns) {
        break;
      }
      used += width;
      start--;
    }
    return sanitized.substring(start);
  }
}
