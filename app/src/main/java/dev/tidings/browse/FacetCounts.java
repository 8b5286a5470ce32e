package dev.tidings.browse;

import dev.tidings.model.Folding;
import dev.tidings.model.TimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Counts the topics or the providers of some rows in one pass, for the topic and provider lists
 * ({@link FacetList}). Names are counted as the query matches them: spellings that fold alike
 * ({@link Folding}: {@code AI} and {@code ai}) are one name, shown in its most frequent spelling,
 * so that a name's count is the number of rows its qualifier matches. A row counts once per
 * spelling of a name: a row with {@code AI} twice counts once. Blank names, and names that fold to
 * nothing, are not counted: no qualifier could find them. Rows with no provider are not counted
 * among the providers.
 */
final class FacetCounts {

  /** A counted name: how the list shows it, its folding (to narrow by) and its rows. */
  record Counted(String name, String folded, int count) {}

  /** By count, most first, then by name ignoring case, then by name, so that the order is total. */
  static final Comparator<Counted> ORDER =
      Comparator.comparingInt(Counted::count)
          .reversed()
          .thenComparing(Counted::folded)
          .thenComparing(Counted::name);

  /** Rows with more topics than this have theirs made distinct by a set. */
  private static final int FEW = 8;

  private FacetCounts() {}

  /**
   * Counts the topics in one pass over {@code rows}.
   *
   * @param rows the rows; never null, nor any row
   * @return the topics in {@link #ORDER}; immutable
   */
  static List<Counted> topics(List<TimelineEntry> rows) {
    Map<String, int[]> topics = new HashMap<>();
    for (TimelineEntry row : rows) {
      List<String> names = row.topics();
      if (names.size() > FEW) {
        for (String topic : new HashSet<>(names)) {
          topics.computeIfAbsent(topic, t -> new int[1])[0]++;
        }
      } else {
        for (int i = 0; i < names.size(); i++) {
          // Most rows have a few topics: looking back is cheaper than a set.
          if (names.indexOf(names.get(i)) == i) {
            topics.computeIfAbsent(names.get(i), t -> new int[1])[0]++;
          }
        }
      }
    }
    return merged(topics);
  }

  /**
   * Counts the providers' names in one pass over {@code rows}.
   *
   * @param rows the rows; never null, nor any row
   * @return the providers in {@link #ORDER}; immutable
   */
  static List<Counted> providers(List<TimelineEntry> rows) {
    Map<String, int[]> providers = new HashMap<>();
    for (TimelineEntry row : rows) {
      providers.computeIfAbsent(row.provider(), p -> new int[1])[0]++;
    }
    return merged(providers);
  }

  /** Joins the spellings that fold alike; the most frequent spelling names them. */
  private static List<Counted> merged(Map<String, int[]> bySpelling) {
    Map<String, Counted> byFolding = new HashMap<>();
    for (Map.Entry<String, int[]> spelling : bySpelling.entrySet()) {
      String name = spelling.getKey();
      int count = spelling.getValue()[0];
      String folded = name.isBlank() ? "" : Folding.fold(name);
      if (folded.isEmpty()) {
        continue;
      }
      byFolding.merge(
          folded,
          new Counted(name, folded, count),
          (known, other) -> {
            boolean otherNames =
                other.count() > known.count()
                    || other.count() == known.count() && other.name().compareTo(known.name()) < 0;
            return new Counted(
                otherNames ? other.name() : known.name(), folded, known.count() + other.count());
          });
    }
    List<Counted> list = new ArrayList<>(byFolding.values());
    list.sort(ORDER);
    return List.copyOf(list);
  }
}
