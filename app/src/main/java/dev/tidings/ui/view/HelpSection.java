package dev.tidings.ui.view;

import java.util.List;
import java.util.Objects;

/**
 * A section of the help overlay: keys that work in the same places, under a title. Plain data, so
 * that the views need not know the key map: the UI derives the sections from its bindings.
 *
 * @param title the section's title, such as {@code Timeline}; never null
 * @param entries its keys, in the order to show them; never null, copied
 */
public record HelpSection(String title, List<HelpSection.Entry> entries) {

  /** @throws NullPointerException if {@code title} or {@code entries} is null */
  public HelpSection {
    Objects.requireNonNull(title, "title");
    entries = List.copyOf(entries);
  }

  /**
   * One line of a section: keys and what they do.
   *
   * @param keys the keys' labels, such as {@code j, Down}; cut to 14 columns; never null
   * @param description what they do; cut to 20 columns; never null
   */
  public record Entry(String keys, String description) {
    /** @throws NullPointerException if either part is null */
    public Entry {
      Objects.requireNonNull(keys, "keys");
      Objects.requireNonNull(description, "description");
    }
  }
}
