package dev.tidings.browse;

import dev.tidings.browse.query.Query;
import dev.tidings.browse.query.QueryException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The queries the user kept earlier, and the place of the one recalled into the filter prompt, as
 * readline's history has them: {@link #older} and {@link #newer} step through them, {@link
 * #search} finds the next older one holding a text. At most {@link #MAX_QUERIES}, each at most
 * once (a query used again moves to the newest place). Plain Java, no I/O: each query {@link
 * #remember remembered} is handed to a sink, which keeps it (in a file, between runs). Not
 * thread-safe: the UI thread owns it.
 *
 * <p>Places are counted back from the newest query: place 1 is the newest, place {@link #size()}
 * the oldest; 0 is no place (nothing recalled).
 */
public final class QueryHistory {

  /** The most queries kept; remembering one more forgets the oldest. */
  public static final int MAX_QUERIES = 1_000;

  /** Oldest first. */
  private final List<String> queries = new ArrayList<>();
  private final Consumer<String> sink;
  /** The place of the query recalled, counted back from the newest; 0 when none is. */
  private int place;

  /**
   * @param earlier the queries of earlier runs, oldest first: blank ones and repeats are dropped
   *     (a repeat in the place of its last use), and only the newest {@link #MAX_QUERIES} kept;
   *     never null
   * @param sink takes each query {@link #remember remembered} from now on, to keep it; never null
   */
  public QueryHistory(List<String> earlier, Consumer<String> sink) {
    this.sink = Objects.requireNonNull(sink, "sink");
    Set<String> newestFirst = new LinkedHashSet<>();
    for (int i = earlier.size() - 1; i >= 0 && newestFirst.size() < MAX_QUERIES; i--) {
      String query = earlier.get(i);
      if (isKeepable(query)) {
        newestFirst.add(query);
      }
    }
    queries.addAll(newestFirst);
    Collections.reverse(queries);
  }

  /** @return an empty history that keeps its queries for this run only */
  public static QueryHistory inMemory() {
    return new QueryHistory(List.of(), query -> {});
  }

  /** @return the queries, oldest first; a copy, never null */
  public List<String> queries() {
    return List.copyOf(queries);
  }

  /** @return how many queries there are */
  public int size() {
    return queries.size();
  }

  /**
   * Remembers a query as the newest, when it is not blank, is one line and parses ({@link
   * Query#parse}); a query remembered before moves to the newest place. Hands it to the sink
   * unless it already was the newest. Ends any recall.
   *
   * @param query the query as typed; never null
   * @return whether it was remembered
   */
  public boolean remember(String query) {
    place = 0;
    if (!isKeepable(query) || !parses(query)) {
      return false;
    }
    if (!queries.isEmpty() && queries.get(queries.size() - 1).equals(query)) {
      return true;
    }
    queries.remove(query);
    queries.add(query);
    if (queries.size() > MAX_QUERIES) {
      queries.remove(0);
    }
    sink.accept(query);
    return true;
  }

  /** @return the place of the query recalled (1 is the newest); 0 when none is */
  public int place() {
    return place;
  }

  /**
   * @param text the prompt's text; never null
   * @return whether the prompt shows the query recalled, unedited
   */
  boolean isShowing(String text) {
    return place > 0 && query(place).equals(text);
  }

  /**
   * Steps to the query older than the one recalled, or to the newest when none is.
   *
   * @return that query; empty (and the place unchanged) when there is none older
   */
  Optional<String> older() {
    if (place >= queries.size()) {
      return Optional.empty();
    }
    place++;
    return Optional.of(query(place));
  }

  /**
   * Steps to the query newer than the one recalled; from the newest, to no place.
   *
   * @return that query, or "" past the newest (the empty prompt); empty when none is recalled
   */
  Optional<String> newer() {
    if (place == 0) {
      return Optional.empty();
    }
    place--;
    return Optional.of(place == 0 ? "" : query(place));
  }

  /** Forgets which query is recalled: the prompt was edited or closed. */
  void endRecall() {
    place = 0;
  }

  /**
   * Finds the next query older than the one recalled (from the newest when none is) that holds
   * {@code text}, ignoring case, and is not {@code text} itself: readline's reverse search.
   *
   * @param text what the query must hold; never null ("" finds the next older query)
   * @return that query, now recalled; empty (and the place unchanged) when no older one holds it
   */
  Optional<String> search(String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    for (int at = place + 1; at <= queries.size(); at++) {
      String query = query(at);
      if (!query.equals(text) && query.toLowerCase(Locale.ROOT).contains(wanted)) {
        place = at;
        return Optional.of(query);
      }
    }
    return Optional.empty();
  }

  /** @return the query at a place counted back from the newest (1 is the newest) */
  private String query(int at) {
    return queries.get(queries.size() - at);
  }

  private static boolean isKeepable(String query) {
    return !query.isBlank() && query.indexOf('\n') < 0 && query.indexOf('\r') < 0;
  }

  private static boolean parses(String query) {
    try {
      Query.parse(query);
      return true;
    } catch (QueryException notAQuery) {
      return false;
    }
  }
}
