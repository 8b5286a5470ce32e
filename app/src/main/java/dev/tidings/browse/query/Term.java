package dev.tidings.browse.query;

import java.util.Objects;

/**
 * One term of a query: a condition, or its negation ({@code -word}, {@code -topic:AI}).
 *
 * @param negated whether the term matches the rows the condition does not
 * @param condition the condition; never null
 */
record Term(boolean negated, Condition condition) {

  Term {
    Objects.requireNonNull(condition, "condition");
  }
}
