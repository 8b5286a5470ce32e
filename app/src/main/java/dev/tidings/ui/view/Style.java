package dev.tidings.ui.view;

import com.googlecode.lanterna.SGR;
import java.util.EnumSet;

/**
 * The few looks a cell can have. Colours are left to the terminal's theme: styles use only bold,
 * reverse and underline, which every terminal tidings targets can show.
 */
enum Style {
  NORMAL(EnumSet.noneOf(SGR.class)),
  BOLD(EnumSet.of(SGR.BOLD)),
  /** The cursor row of the list that has the focus. */
  CURSOR(EnumSet.of(SGR.REVERSE)),
  /** The cursor row of the list that has not. */
  CURSOR_UNFOCUSED(EnumSet.of(SGR.UNDERLINE)),
  /** A pane's heading. */
  HEADING(EnumSet.of(SGR.BOLD)),
  /** The heading of the pane that has the focus. */
  HEADING_FOCUSED(EnumSet.of(SGR.BOLD, SGR.REVERSE));

  private final EnumSet<SGR> modifiers;

  Style(EnumSet<SGR> modifiers) {
    this.modifiers = modifiers;
  }

  /** @return the SGR modifiers of the style; a copy */
  EnumSet<SGR> modifiers() {
    return EnumSet.copyOf(modifiers);
  }
}
