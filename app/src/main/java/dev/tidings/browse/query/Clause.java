package dev.tidings.browse.query;

import java.util.List;

/**
 * Terms joined by {@code |}: a row matches the clause when it matches any of them. A query is a
 * list of clauses a row must all match.
 *
 * @param anyOf the terms, at least one; never null, immutable
 */
record Clause(List<Term> anyOf) {

  Clause {
    anyOf = List.copyOf(anyOf);
    if (anyOf.isEmpty()) {
      throw new IllegalArgumentException("a clause has at least one term");
    }
  }

  /** @return the only term, or null when there are several */
  Term single() {
    return anyOf.size() == 1 ? anyOf.get(0) : null;
  }
}
