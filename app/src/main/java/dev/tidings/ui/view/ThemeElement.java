package dev.tidings.ui.view;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a person can colour, by the names the config uses, and the {@link Style} roles each one
 * colours. The mapping: {@code date} the dates; {@code provider} providers' names; {@code title}
 * titles and help sections' titles; {@code unread} an unread article's title and its marker;
 * {@code marked} a marked row; {@code cursor} the cursor's bar (drawn reversed, so the colour is
 * the bar's and the text keeps the terminal's background colour); {@code match} what the query
 * matches; {@code link} related stories that are articles of the timeline too, and URLs; {@code
 * border} the lines between panes and round the help; {@code status} the status line's band (its
 * text is black or white, whichever reads better on it).
 */
public enum ThemeElement {
  /** Dates. */
  DATE(Set.of(Style.DATE)),
  /** Providers' names. */
  PROVIDER(Set.of(Style.PROVIDER)),
  /** Titles. */
  TITLE(Set.of(Style.TITLE)),
  /** Unread articles' titles and markers. */
  UNREAD(Set.of(Style.UNREAD)),
  /** Marked rows. */
  MARKED(Set.of(Style.MARKED)),
  /** The cursor's bar, in the list with the focus. */
  CURSOR(Set.of(Style.CURSOR, Style.CURSOR_MARKED, Style.CURSOR_MATCH)),
  /** What the query matches. */
  MATCH(Set.of(Style.MATCH)),
  /** Related stories linked to the timeline, and URLs. */
  LINK(Set.of(Style.LINKED, Style.URL)),
  /** Lines that part the panes and frame the help. */
  BORDER(Set.of(Style.BORDER)),
  /** The status line's band. */
  STATUS(Set.of(Style.STATUS, Style.STATUS_MESSAGE));

  private final Set<Style> styles;

  ThemeElement(Set<Style> styles) {
    this.styles = styles;
  }

  /** @return the roles this element colours; never null nor empty */
  Set<Style> styles() {
    return styles;
  }

  /** @return the name as written in the config: {@code date}, {@code provider}... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param label an element's {@link #label()}, in any case; never null
   * @return the element, or empty when no element has that name
   */
  public static Optional<ThemeElement> ofLabel(String label) {
    for (ThemeElement element : values()) {
      if (element.label().equalsIgnoreCase(label.strip())) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return label();
  }
}
