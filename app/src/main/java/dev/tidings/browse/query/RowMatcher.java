package dev.tidings.browse.query;

import dev.tidings.model.SearchText;
import dev.tidings.model.TextPattern;
import dev.tidings.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A query compiled for testing many rows: clauses that read only a row's fields first, then the
 * texts that every match must hold (one prefilter of their bits, then a search of each, unless
 * the bits decide it), then the rest (negated texts, clauses with {@code |}, marks and links).
 * Immutable; safe to call from several threads at once when the context's lookups are.
 */
final class RowMatcher implements Predicate<TimelineEntry> {

  /** One clause or term, compiled. */
  @FunctionalInterface
  private interface Check {
    boolean test(TimelineEntry row);
  }

  private final Check[] fieldChecks;
  /** The bits of the texts every match holds; null when there are no such texts. */
  private final TextPattern.Prefilter prefilter;
  private final TextPattern[] searches;
  private final Check[] otherChecks;

  private RowMatcher(
      List<Check> fieldChecks,
      TextPattern.Prefilter prefilter,
      List<TextPattern> searches,
      List<Check> otherChecks) {
    this.fieldChecks = fieldChecks.toArray(Check[]::new);
    this.prefilter = prefilter;
    this.searches = searches.toArray(TextPattern[]::new);
    this.otherChecks = otherChecks.toArray(Check[]::new);
  }

  /**
   * @param clauses the clauses a row must all match; never null
   * @param context the clock and lookups; never null
   * @return the matcher; never null
   */
  static RowMatcher of(List<Clause> clauses, QueryContext context) {
    List<Check> fieldChecks = new ArrayList<>();
    List<TextPattern> texts = new ArrayList<>();
    List<Check> otherChecks = new ArrayList<>();
    for (Clause clause : clauses) {
      Term single = clause.single();
      if (single != null
          && !single.negated()
          && single.condition() instanceof Condition.Text text) {
        if (!text.pattern().isEmpty()) {
          texts.add(text.pattern());
        }
        continue;
      }
      Check check = clause(clause, context);
      boolean onlyFields =
          clause.anyOf().stream().allMatch(term -> readsOnlyFields(term.condition()));
      (onlyFields ? fieldChecks : otherChecks).add(check);
    }
    List<TextPattern> searches = new ArrayList<>();
    for (TextPattern text : texts) {
      if (!text.isDecidedByPrefilter()) {
        searches.add(text);
      }
    }
    // Longer texts first: they fail more often, and a failed search ends the test.
    searches.sort((a, b) -> b.folded().length() - a.folded().length());
    TextPattern.Prefilter prefilter = texts.isEmpty() ? null : TextPattern.Prefilter.all(texts);
    return new RowMatcher(fieldChecks, prefilter, searches, otherChecks);
  }

  private static boolean readsOnlyFields(Condition condition) {
    return condition instanceof Condition.Site
        || condition instanceof Condition.ScoreRange
        || condition instanceof Condition.DateBound
        || condition instanceof Condition.FlagIs flag && !flag.flag().ofSession();
  }

  private static Check clause(Clause clause, QueryContext context) {
    Term single = clause.single();
    if (single != null) {
      return term(single, context);
    }
    Check[] terms = clause.anyOf().stream().map(term -> term(term, context)).toArray(Check[]::new);
    return row -> {
      for (Check term : terms) {
        if (term.test(row)) {
          return true;
        }
      }
      return false;
    };
  }

  private static Check term(Term term, QueryContext context) {
    Check check = condition(term.condition(), context);
    return term.negated() ? row -> !check.test(row) : check;
  }

  private static Check condition(Condition condition, QueryContext context) {
    if (condition instanceof Condition.Text text) {
      TextPattern pattern = text.pattern();
      return row -> row.searchText().matches(pattern);
    }
    if (condition instanceof Condition.Site site) {
      return site::test;
    }
    if (condition instanceof Condition.ScoreRange range) {
      return range::test;
    }
    if (condition instanceof Condition.DateBound bound) {
      if (bound.since()) {
        Instant start = bound.value().start(context.clock());
        return row -> row.published() != null && !row.published().isBefore(start);
      }
      Instant end = bound.value().end(context.clock());
      return row -> row.published() != null && row.published().isBefore(end);
    }
    Condition.FlagIs flag = (Condition.FlagIs) condition;
    return switch (flag.flag()) {
      case MARKED -> context.marked()::test;
      case LINKED -> context.linked()::test;
      case UNREAD -> context.unread()::test;
      case READ -> row -> !context.unread().test(row);
      case NEW -> context.isNew()::test;
      case RELATED -> TimelineEntry::hasRelated;
      case UNDATED -> row -> row.dateSource().undated();
      case REPAIRED -> TimelineEntry::repaired;
    };
  }

  @Override
  public boolean test(TimelineEntry row) {
    for (Check check : fieldChecks) {
      if (!check.test(row)) {
        return false;
      }
    }
    if (prefilter != null) {
      SearchText text = row.searchText();
      if (!text.mayMatch(prefilter)) {
        return false;
      }
      for (TextPattern search : searches) {
        if (!text.find(search)) {
          return false;
        }
      }
    }
    for (Check check : otherChecks) {
      if (!check.test(row)) {
        return false;
      }
    }
    return true;
  }
}
