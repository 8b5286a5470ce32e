package dev.tidings.browse.query;

import dev.tidings.model.SearchText.Field;
import dev.tidings.model.TextPattern;
import dev.tidings.model.TextPattern.Mode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a query into clauses of terms; the grammar is {@link Query}'s. One parser per query, not
 * thread-safe. White space is {@link Character#isWhitespace}.
 */
final class QueryParser {

  private static final Set<Field> ANY_FIELD = EnumSet.allOf(Field.class);
  private static final String DATE_EXPECTED = "expects a date such as 2021-12-10 or 7d";
  private static final String SCORE_EXPECTED = "expects a number such as 80, >80, >=80 or 50..90";

  private final String text;
  private int at;

  private QueryParser(String text) {
    this.text = text;
  }

  /** @see Query#parse */
  static List<Clause> parse(String text) throws QueryException {
    return new QueryParser(text).clauses();
  }

  private List<Clause> clauses() throws QueryException {
    List<Clause> clauses = new ArrayList<>();
    List<Term> group = null;
    int orAt = -1;
    while (true) {
      skipSpaces();
      if (at == text.length()) {
        break;
      }
      if (text.charAt(at) == '|' && endsToken(at + 1)) {
        if (group == null || orAt >= 0) {
          throw new QueryException(at, "| expects a term before it");
        }
        orAt = at++;
        continue;
      }
      Term term = term();
      if (orAt >= 0) {
        group.add(term);
        orAt = -1;
      } else {
        if (group != null) {
          clauses.add(new Clause(group));
        }
        group = new ArrayList<>(List.of(term));
      }
    }
    if (orAt >= 0) {
      throw new QueryException(orAt, "| expects a term after it");
    }
    if (group != null) {
      clauses.add(new Clause(group));
    }
    return clauses;
  }

  private Term term() throws QueryException {
    boolean negated = false;
    char first = text.charAt(at);
    if (first == '-' || first == '!') {
      if (endsToken(at + 1)) {
        throw new QueryException(at, first + " expects a word or a qualifier after it");
      }
      negated = true;
      at++;
    }
    String qualifier = qualifier();
    Condition condition;
    if (qualifier == null) {
      condition = new Condition.Text(textPattern(ANY_FIELD));
    } else {
      condition = qualified(qualifier);
    }
    return new Term(negated, condition);
  }

  /** @return the known qualifier at {@code at} (moving past its colon), else null */
  private String qualifier() {
    int end = at;
    while (end < text.length() && isAsciiLetter(text.charAt(end))) {
      end++;
    }
    if (end == at || end == text.length() || text.charAt(end) != ':') {
      return null;
    }
    String name = text.substring(at, end).toLowerCase(Locale.ROOT);
    return switch (name) {
      case "title", "topic", "provider", "site", "since", "until", "quality", "heat", "is", "has" -> {
        at = end + 1;
        yield name;
      }
      default -> null;
    };
  }

  private Condition qualified(String name) throws QueryException {
    int valueAt = at;
    if (endsToken(at)) {
      throw new QueryException(valueAt, name + ": " + expectation(name));
    }
    return switch (name) {
      case "title" -> new Condition.Text(textPattern(EnumSet.of(Field.TITLE)));
      case "provider" ->
          new Condition.Text(
              textPattern(EnumSet.of(Field.PROVIDER, Field.DOMAIN)));
      case "topic" ->
          new Condition.Text(
              TextPattern.of(plainValue(name), EnumSet.of(Field.TOPIC), Mode.WHOLE));
      case "site" -> new Condition.Site(site(valueAt, plainValue(name)));
      case "since", "until" -> {
        DateValue value = DateValue.parse(plainValue(name));
        if (value == null) {
          throw new QueryException(valueAt, name + ": " + DATE_EXPECTED);
        }
        yield new Condition.DateBound(name.equals("since"), value);
      }
      case "quality", "heat" -> score(name, valueAt, bareValue());
      default -> flag(name, valueAt, bareValue().toLowerCase(Locale.ROOT));
    };
  }

  private static String expectation(String name) {
    return switch (name) {
      case "title", "provider" -> "expects a word or a \"phrase\"";
      case "topic" -> "expects a topic's name, quoted when it has spaces: topic:\"AI Ethics\"";
      case "site" -> "expects a host such as nytimes.com";
      case "since", "until" -> DATE_EXPECTED;
      case "quality", "heat" -> SCORE_EXPECTED;
      case "is" -> "expects unread, read, new, marked, linked, undated or repaired";
      default -> "expects related";
    };
  }

  /**
   * A word or a phrase with fzf's marks: {@code 'word} (a whole word; a closing {@code '} may
   * follow), {@code ^prefix}, {@code suffix$}, {@code ^whole$}, each around a bare word or a
   * {@code "phrase"}.
   *
   * @param fields the fields the pattern looks in
   */
  private TextPattern textPattern(Set<Field> fields)
      throws QueryException {
    int start = at;
    boolean word = false;
    boolean prefix = false;
    if (at < text.length() && text.charAt(at) == '\'') {
      word = true;
      at++;
    } else if (at < text.length() && text.charAt(at) == '^') {
      prefix = true;
      at++;
    }
    String value;
    boolean suffix = false;
    if (at < text.length() && text.charAt(at) == '"') {
      value = phrase();
      if (!word && at < text.length() && text.charAt(at) == '$') {
        suffix = true;
        at++;
      }
      if (!endsToken(at)) {
        throw new QueryException(at, "a space must follow the closing \"");
      }
    } else {
      value = bareValue();
      if (!word && value.length() > 1 && value.endsWith("$")) {
        suffix = true;
        value = value.substring(0, value.length() - 1);
      } else if (word && value.length() > 1 && value.endsWith("'")) {
        value = value.substring(0, value.length() - 1);
      }
    }
    if (value.isEmpty()) {
      throw new QueryException(
          start,
          word || prefix
              ? text.charAt(start) + " expects a word or a \"phrase\" after it"
              : "the phrase is empty");
    }
    Mode mode =
        word
            ? Mode.WORD
            : prefix && suffix ? Mode.WHOLE : prefix ? Mode.PREFIX : suffix ? Mode.SUFFIX
                : Mode.SUBSTRING;
    return TextPattern.of(value, fields, mode);
  }

  /** A qualifier's value: a phrase or a bare word, taken as it is. */
  private String plainValue(String name) throws QueryException {
    int start = at;
    String value;
    if (text.charAt(at) == '"') {
      value = phrase();
      if (!endsToken(at)) {
        throw new QueryException(at, "a space must follow the closing \"");
      }
    } else {
      value = bareValue();
    }
    if (value.isBlank()) {
      throw new QueryException(start, name + ": " + expectation(name));
    }
    return value;
  }

  /** @return the text between {@code "} at {@code at} and the next {@code "}, moving past both */
  private String phrase() throws QueryException {
    int open = at;
    int close = text.indexOf('"', open + 1);
    if (close < 0) {
      throw new QueryException(open, "the phrase needs a closing \"");
    }
    at = close + 1;
    return text.substring(open + 1, close);
  }

  /** @return the characters up to the next white space, moving past them */
  private String bareValue() {
    int start = at;
    while (!endsToken(at)) {
      at++;
    }
    return text.substring(start, at);
  }

  private String site(int valueAt, String value) throws QueryException {
    String host = value.strip().toLowerCase(Locale.ROOT);
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.isEmpty() || host.contains("/") || host.contains(" ")) {
      throw new QueryException(valueAt, "site: " + expectation("site"));
    }
    return host;
  }

  private Condition score(String name, int valueAt, String value) throws QueryException {
    Condition.Score score = name.equals("quality") ? Condition.Score.QUALITY : Condition.Score.HEAT;
    try {
      long min = Long.MIN_VALUE;
      long max = Long.MAX_VALUE;
      int dots = value.indexOf("..");
      if (dots >= 0) {
        if (dots > 0) {
          min = number(value.substring(0, dots));
        }
        if (dots + 2 < value.length()) {
          max = number(value.substring(dots + 2));
        }
        if (dots == 0 && dots + 2 == value.length()) {
          throw new NumberFormatException(value);
        }
        if (min > max) {
          throw new QueryException(valueAt, name + ": the range " + value + " is empty");
        }
      } else if (value.startsWith(">=")) {
        min = number(value.substring(2));
      } else if (value.startsWith("<=")) {
        max = number(value.substring(2));
      } else if (value.startsWith(">")) {
        min = number(value.substring(1)) + 1;
      } else if (value.startsWith("<")) {
        max = number(value.substring(1)) - 1;
      } else {
        min = number(value.startsWith("=") ? value.substring(1) : value);
        max = min;
      }
      return new Condition.ScoreRange(score, min, max);
    } catch (NumberFormatException notANumber) {
      throw new QueryException(valueAt, name + ": " + SCORE_EXPECTED);
    }
  }

  /** An integer of at most 9 digits, optionally negative: no overflow in the bounds above. */
  private static long number(String digits) {
    if (digits.isEmpty() || digits.length() > 10 || !digits.matches("-?[0-9]{1,9}")) {
      throw new NumberFormatException(digits);
    }
    return Long.parseLong(digits);
  }

  private Condition flag(String name, int valueAt, String value) throws QueryException {
    Condition.Flag flag = null;
    if (name.equals("is")) {
      switch (value) {
        case "marked" -> flag = Condition.Flag.MARKED;
        case "linked" -> flag = Condition.Flag.LINKED;
        case "undated" -> flag = Condition.Flag.UNDATED;
        case "repaired" -> flag = Condition.Flag.REPAIRED;
        case "unread" -> flag = Condition.Flag.UNREAD;
        case "read" -> flag = Condition.Flag.READ;
        case "new" -> flag = Condition.Flag.NEW;
        default -> {}
      }
    } else if (value.equals("related")) {
      flag = Condition.Flag.RELATED;
    }
    if (flag == null) {
      throw new QueryException(valueAt, name + ": " + expectation(name));
    }
    return new Condition.FlagIs(flag);
  }

  private void skipSpaces() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  /** @return whether a token ends before index {@code i}: white space or the end there */
  private boolean endsToken(int i) {
    return i >= text.length() || Character.isWhitespace(text.charAt(i));
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
