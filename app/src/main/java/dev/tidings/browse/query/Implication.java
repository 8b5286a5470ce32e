package dev.tidings.browse.query;

import dev.tidings.model.TextPattern;
import dev.tidings.model.TextPattern.Mode;
import java.util.List;

/**
 * When every row one term, clause or query matches is matched by another, whatever the rows: the
 * rule that lets a narrower query be applied to a wider one's result instead of the whole
 * timeline. It answers true only when sure; false means "not known", never "no".
 */
final class Implication {

  private Implication() {}

  /** @return whether every row {@code narrow} matches is matched by {@code wide} */
  static boolean query(List<Clause> narrow, List<Clause> wide) {
    for (Clause clause : wide) {
      if (!impliedByAny(narrow, clause)) {
        return false;
      }
    }
    return true;
  }

  /** @return whether some clause of {@code clauses} implies {@code clause} */
  static boolean impliedByAny(List<Clause> clauses, Clause clause) {
    for (Clause candidate : clauses) {
      if (clause(candidate, clause)) {
        return true;
      }
    }
    return false;
  }

  /** Each term of {@code narrow} implies some term of {@code wide}. */
  private static boolean clause(Clause narrow, Clause wide) {
    for (Term term : narrow.anyOf()) {
      boolean found = false;
      for (Term other : wide.anyOf()) {
        if (term(term, other)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean term(Term narrow, Term wide) {
    if (narrow.equals(wide)) {
      return true;
    }
    if (narrow.negated() != wide.negated()) {
      return false;
    }
    // For negated terms the implication runs the other way: not-a implies not-b when b implies a.
    Condition a = narrow.negated() ? wide.condition() : narrow.condition();
    Condition b = narrow.negated() ? narrow.condition() : wide.condition();
    if (a instanceof Condition.Text text && b instanceof Condition.Text other) {
      return pattern(text.pattern(), other.pattern());
    }
    if (a instanceof Condition.ScoreRange range && b instanceof Condition.ScoreRange other) {
      return range.within(other);
    }
    if (a instanceof Condition.Site site && b instanceof Condition.Site other) {
      return site.host().endsWith("." + other.host());
    }
    return false;
  }

  /** @return whether every match of {@code narrow} contains a match of {@code wide} */
  static boolean pattern(TextPattern narrow, TextPattern wide) {
    if (wide.isEmpty()) {
      return true;
    }
    if (narrow.isEmpty() || !wide.fields().containsAll(narrow.fields())) {
      return false;
    }
    String outer = narrow.folded();
    String inner = wide.folded();
    for (int at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
      if (fits(narrow.mode(), outer, inner, at, wide.mode())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code inner}, found at {@code at} in {@code outer}, sits as {@code innerMode} wants
   * wherever {@code outer} matches as {@code outerMode}.
   */
  private static boolean fits(Mode outerMode, String outer, String inner, int at, Mode innerMode) {
    int end = at + inner.length();
    boolean outerStart = outerMode == Mode.PREFIX || outerMode == Mode.WHOLE;
    boolean outerEnd = outerMode == Mode.SUFFIX || outerMode == Mode.WHOLE;
    boolean outerWord = outerMode == Mode.WORD || outerStart;
    boolean outerWordEnd = outerMode == Mode.WORD || outerEnd;
    boolean atStart = at == 0 && outerStart;
    boolean atEnd = end == outer.length() && outerEnd;
    boolean wordBefore = at == 0 ? outerWord : !isWordChar(outer.charAt(at - 1));
    boolean wordAfter = end == outer.length() ? outerWordEnd : !isWordChar(outer.charAt(end));
    return switch (innerMode) {
      case SUBSTRING -> true;
      case PREFIX -> atStart;
      case SUFFIX -> atEnd;
      case WHOLE -> atStart && atEnd;
      case WORD -> wordBefore && wordAfter;
    };
  }

  /** As {@link TextPattern.Mode#WORD} counts bytes: ASCII letters and digits, and all else above. */
  private static boolean isWordChar(char c) {
    return c >= 0x80 || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
