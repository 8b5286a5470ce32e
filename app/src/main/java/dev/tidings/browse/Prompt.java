package dev.tidings.browse;

import java.util.Objects;

/**
 * The text of the filter prompt and where its caret is, edited as GNU readline edits a line:
 * characters are inserted at the caret, which moves by characters (whole code points), by words
 * and to either end. Immutable: each edit gives a new prompt. The text is at most {@link
 * #MAX_CHARACTERS} characters; an insertion that would make it longer is cut.
 *
 * <p>Words for moving ({@code Alt-B}, {@code Alt-F}) are runs of letters and digits, as readline's
 * {@code backward-word} and {@code forward-word} have them; the word {@code Ctrl-W} deletes is
 * delimited by white space, as readline's {@code unix-word-rubout} has it.
 *
 * @param text the text; never null, at most {@link #MAX_CHARACTERS} code points
 * @param caret where the caret is, in UTF-16 units from the start of the text: 0 before the first
 *     character, {@code text.length()} after the last; never inside a surrogate pair
 */
public record Prompt(String text, int caret) {

  /** The most characters (code points) a prompt holds. */
  public static final int MAX_CHARACTERS = 1_000;

  /** The empty prompt. */
  public static final Prompt EMPTY = new Prompt("", 0);

  /**
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the caret is outside the text or inside a surrogate pair,
   *     or the text is longer than {@link #MAX_CHARACTERS}
   */
  public Prompt {
    Objects.requireNonNull(text, "text");
    if (caret < 0 || caret > text.length()) {
      throw new IllegalArgumentException("caret " + caret + " outside text of " + text.length());
    }
    if (caret > 0
        && caret < text.length()
        && Character.isHighSurrogate(text.charAt(caret - 1))
        && Character.isLowSurrogate(text.charAt(caret))) {
      throw new IllegalArgumentException("caret " + caret + " inside a surrogate pair");
    }
    if (text.length() > MAX_CHARACTERS
        && text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
      throw new IllegalArgumentException("prompt over " + MAX_CHARACTERS + " characters");
    }
  }

  /**
   * @param text any text; never null
   * @return a prompt of the text, cut to {@link #MAX_CHARACTERS}, with the caret at its end
   */
  public static Prompt of(String text) {
    String cut = cut(text, MAX_CHARACTERS);
    return new Prompt(cut, cut.length());
  }

  /** @return the number of characters (code points) in the text */
  public int length() {
    return text.codePointCount(0, text.length());
  }

  /** @return the text before the caret; never null */
  public String beforeCaret() {
    return text.substring(0, caret);
  }

  /**
   * @param typed the characters typed; never null
   * @return this prompt with {@code typed} inserted at the caret and the caret after it; when the
   *     text would be longer than {@link #MAX_CHARACTERS}, only the characters that fit are
   *     inserted (compare {@link #length()} to see that it was cut)
   */
  public Prompt insert(String typed) {
    String fitting = cut(typed, MAX_CHARACTERS - length());
    if (fitting.isEmpty()) {
      return this;
    }
    return new Prompt(
        text.substring(0, caret) + fitting + text.substring(caret), caret + fitting.length());
  }

  /** @return this prompt without the character before the caret (Backspace) */
  public Prompt deleteBefore() {
    return caret == 0 ? this : delete(previous(caret), caret, previous(caret));
  }

  /** @return this prompt without the character under the caret (Delete) */
  public Prompt deleteAt() {
    return caret == text.length() ? this : delete(caret, next(caret), caret);
  }

  /**
   * @return this prompt without the word before the caret and the white space between them, the
   *     word ending at white space (readline's {@code unix-word-rubout}, Ctrl-W)
   */
  public Prompt deleteWordBefore() {
    int start = caret;
    while (start > 0 && Character.isWhitespace(text.codePointBefore(start))) {
      start = previous(start);
    }
    while (start > 0 && !Character.isWhitespace(text.codePointBefore(start))) {
      start = previous(start);
    }
    return delete(start, caret, start);
  }

  /** @return this prompt without the text before the caret (Ctrl-U) */
  public Prompt deleteToStart() {
    return delete(0, caret, 0);
  }

  /** @return this prompt without the text from the caret on (Ctrl-K) */
  public Prompt deleteToEnd() {
    return delete(caret, text.length(), caret);
  }

  /** @return this prompt with the caret a character to the left, if it can go */
  public Prompt left() {
    return caret == 0 ? this : new Prompt(text, previous(caret));
  }

  /** @return this prompt with the caret a character to the right, if it can go */
  public Prompt right() {
    return caret == text.length() ? this : new Prompt(text, next(caret));
  }

  /** @return this prompt with the caret before the first character */
  public Prompt start() {
    return new Prompt(text, 0);
  }

  /** @return this prompt with the caret after the last character */
  public Prompt end() {
    return new Prompt(text, text.length());
  }

  /**
   * @return this prompt with the caret at the start of the word it is in or, when it is not in
   *     one, of the word before it (readline's {@code backward-word}, Alt-B)
   */
  public Prompt wordLeft() {
    int at = caret;
    while (at > 0 && !isWordCharacter(text.codePointBefore(at))) {
      at = previous(at);
    }
    while (at > 0 && isWordCharacter(text.codePointBefore(at))) {
      at = previous(at);
    }
    return new Prompt(text, at);
  }

  /**
   * @return this prompt with the caret at the end of the word it is in or, when it is not in one,
   *     of the word after it (readline's {@code forward-word}, Alt-F)
   */
  public Prompt wordRight() {
    int at = caret;
    while (at < text.length() && !isWordCharacter(text.codePointAt(at))) {
      at = next(at);
    }
    while (at < text.length() && isWordCharacter(text.codePointAt(at))) {
      at = next(at);
    }
    return new Prompt(text, at);
  }

  private Prompt delete(int from, int to, int newCaret) {
    if (from == to) {
      return this;
    }
    return new Prompt(text.substring(0, from) + text.substring(to), newCaret);
  }

  private int previous(int index) {
    return text.offsetByCodePoints(index, -1);
  }

  private int next(int index) {
    return text.offsetByCodePoints(index, 1);
  }

  private static boolean isWordCharacter(int codePoint) {
    return Character.isLetterOrDigit(codePoint);
  }

  /** @return the first {@code characters} code points of {@code text} (none when 0 or less) */
  private static String cut(String text, int characters) {
    if (characters <= 0) {
      return "";
    }
    if (text.length() <= characters) {
      return text;
    }
    int count = text.codePointCount(0, text.length());
    return count <= characters ? text : text.substring(0, text.offsetByCodePoints(0, characters));
  }
}
