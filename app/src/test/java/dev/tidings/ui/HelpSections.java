package dev.tidings.ui;

import dev.tidings.ui.view.HelpSection;
import java.util.List;

/**
 * The help overlay's sections for tools outside the ui package (the man page generator): the same
 * sections the overlay shows, from {@link KeyHelp} and {@link QueryHelp}.
 */
public final class HelpSections {

  private HelpSections() {}

  /** @return the sections of the keys of {@link KeyMap#standard()}, in help order; never null */
  public static List<HelpSection> keys() {
    return KeyHelp.sections(KeyMap.standard());
  }

  /** @return the help overlay's short section on the query language; never null */
  public static HelpSection queries() {
    return QueryHelp.section();
  }
}
