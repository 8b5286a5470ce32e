package dev.tidings.browse;

import dev.tidings.model.Folding;
import dev.tidings.model.TimelineEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The topic and provider lists (newsboat's tags, a facet list) over the screen: the topics or the
 * providers of the rows shown when the list opened, each with how many of those rows have it,
 * most first (see {@link FacetCounts}), narrowed to the names that hold the text typed (ignoring
 * case and accents, {@link Folding}), with a cursor over them. A list is counted in one pass over
 * the rows when it is first shown (the other on its first Tab, over the same rows); typing
 * narrows the counted names only. The session reads it; views read it
 * through {@link BrowseState#facets()}. Not thread-safe.
 */
public final class FacetList {

  /** Which list is shown. */
  public enum Kind {
    /** The rows' topics. */
    TOPICS("Topics"),
    /** The rows' providers, by name. */
    PROVIDERS("Providers");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    /** @return the list's title, such as {@code Topics}; never null */
    public String title() {
      return title;
    }

    /** @return the other list */
    public Kind other() {
      return this == TOPICS ? PROVIDERS : TOPICS;
    }
  }

  /**
   * One name of the list.
   *
   * @param name the topic's or provider's name as read (untrusted: sanitize before drawing); never
   *     null, not blank
   * @param count how many of the rows counted have it, at least 1
   */
  public record Entry(String name, int count) {}

  private final ListCursor cursor = new ListCursor();
  /** The rows counted: those shown when the view opened. */
  private List<TimelineEntry> rows = List.of();
  private final EnumMap<Kind, List<FacetCounts.Counted>> counted = new EnumMap<>(Kind.class);
  private Kind kind = Kind.TOPICS;
  private boolean visible;
  private String typed = "";
  private List<Entry> shown = List.of();

  /** @return whether the view is shown */
  public boolean isVisible() {
    return visible;
  }

  /** @return which list is shown (the last one shown when the view is closed); never null */
  public Kind kind() {
    return kind;
  }

  /** @return the text typed to narrow the list, as typed; empty when none; never null */
  public String typed() {
    return typed;
  }

  /** @return the names that hold the typed text, in the list's order; immutable */
  public List<Entry> entries() {
    return shown;
  }

  /** @return how many names the list has, before the typed text narrows it */
  public int total() {
    return all().size();
  }

  /** @return the cursor over {@link #entries()} */
  public ListCursor cursor() {
    return cursor;
  }

  /** Opens the view on {@code kind}, counting {@code rows}, with nothing typed. */
  void open(Kind kind, List<TimelineEntry> rows) {
    this.rows = List.copyOf(rows);
    counted.clear();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.typed = "";
    this.visible = true;
    narrow();
  }

  /** Shows the other list, counted when the view opened, narrowed by the same text. */
  void switchKind() {
    kind = kind.other();
    narrow();
  }

  /** Types text at the end of the typed text, narrowing the list. */
  void type(String text) {
    typed += text;
    narrow();
  }

  /** Deletes the last character typed (a whole code point); nothing when none is typed. */
  void deleteChar() {
    if (!typed.isEmpty()) {
      typed = typed.substring(0, typed.offsetByCodePoints(typed.length(), -1));
      narrow();
    }
  }

  /** Clears the typed text when there is some, else closes the view. */
  void back() {
    if (typed.isEmpty()) {
      close();
    } else {
      typed = "";
      narrow();
    }
  }

  /** Closes the view and lets go of the counts. */
  void close() {
    visible = false;
    typed = "";
    rows = List.of();
    counted.clear();
    shown = List.of();
    cursor.resize(0);
  }

  /**
   * @return the qualifier that finds the rows of the name under the cursor, such as {@code
   *     topic:"AI Ethics"} (see {@link FacetQualifier}); empty when the list shows no name
   */
  Optional<String> qualifier() {
    if (shown.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(FacetQualifier.of(kind, shown.get(cursor.cursor()).name()));
  }

  private List<FacetCounts.Counted> all() {
    return counted.computeIfAbsent(
        kind,
        k -> k == Kind.TOPICS ? FacetCounts.topics(rows) : FacetCounts.providers(rows));
  }

  private void narrow() {
    String folded = Folding.fold(typed);
    List<Entry> entries = new ArrayList<>();
    for (FacetCounts.Counted counted : all()) {
      if (counted.folded().contains(folded)) {
        entries.add(new Entry(counted.name(), counted.count()));
      }
    }
    shown = List.copyOf(entries);
    cursor.resize(shown.size());
    cursor.moveTo(0);
  }
}
