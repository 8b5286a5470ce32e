package dev.tidings.ui.view;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * The look of each {@link Style} for a {@link ColorDepth}. The colours are chosen to read on dark
 * and light backgrounds alike: no white or black text on the terminal's own background, no
 * yellow; the dim shade is a middle grey; the status line sets both its colours. Without colour,
 * looks use only bold, reverse and underline, which every terminal tidings targets can show.
 */
final class Theme {

  /**
   * The look of a cell.
   *
   * @param foreground the text's colour; {@link TextColor.ANSI#DEFAULT} for the terminal's own
   * @param background the cell's colour; {@link TextColor.ANSI#DEFAULT} for the terminal's own
   * @param modifiers bold, reverse, underline; never null
   */
  record Look(TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {}

  private static final TextColor DEFAULT = TextColor.ANSI.DEFAULT;

  private final Map<Style, Look> looks = new EnumMap<>(Style.class);

  private Theme(ColorDepth depth) {
    for (Style style : Style.values()) {
      looks.put(style, look(style, depth));
    }
  }

  /** @return the theme for {@code depth}; never null */
  static Theme of(ColorDepth depth) {
    return new Theme(depth);
  }

  /** @return the look of {@code style}; never null */
  Look look(Style style) {
    return looks.get(style);
  }

  private static Look look(Style style, ColorDepth depth) {
    EnumSet<SGR> modifiers = modifiers(style, depth);
    if (depth == ColorDepth.NONE) {
      return new Look(DEFAULT, DEFAULT, modifiers);
    }
    Palette p = Palette.of(depth);
    return switch (style) {
      case DATE, DIM, BORDER -> new Look(p.dim, DEFAULT, modifiers);
      case PROVIDER -> new Look(p.provider, DEFAULT, modifiers);
      case MARKED -> new Look(p.marked, DEFAULT, modifiers);
      case LINKED -> new Look(p.linked, DEFAULT, modifiers);
      case URL -> new Look(p.url, DEFAULT, modifiers);
      case MATCH -> new Look(p.match, DEFAULT, modifiers);
      case KEY -> new Look(p.provider, DEFAULT, modifiers);
      case PROBLEM -> new Look(p.problem, DEFAULT, modifiers);
      case STATUS, STATUS_MESSAGE -> new Look(p.statusText, p.statusBackground, modifiers);
      default -> new Look(DEFAULT, DEFAULT, modifiers);
    };
  }

  /** Without colour the status line is reversed; with colour it has colours of its own. */
  private static EnumSet<SGR> modifiers(Style style, ColorDepth depth) {
    boolean colour = depth != ColorDepth.NONE;
    return switch (style) {
      case TITLE, MARKED, UNREAD, HEADING, KEY, PROBLEM -> EnumSet.of(SGR.BOLD);
      case CURSOR -> EnumSet.of(SGR.REVERSE);
      case CURSOR_MARKED, HEADING_FOCUSED -> EnumSet.of(SGR.BOLD, SGR.REVERSE);
      case CURSOR_UNFOCUSED, URL -> EnumSet.of(SGR.UNDERLINE);
      case MATCH -> EnumSet.of(SGR.BOLD, SGR.UNDERLINE);
      case CURSOR_MATCH -> EnumSet.of(SGR.BOLD, SGR.UNDERLINE, SGR.REVERSE);
      case STATUS -> colour ? EnumSet.noneOf(SGR.class) : EnumSet.of(SGR.REVERSE);
      case STATUS_MESSAGE -> colour ? EnumSet.of(SGR.BOLD) : EnumSet.of(SGR.BOLD, SGR.REVERSE);
      default -> EnumSet.noneOf(SGR.class);
    };
  }

  /** The colours of one depth; the status line is light text on a dark band. */
  private record Palette(
      TextColor dim,
      TextColor provider,
      TextColor marked,
      TextColor linked,
      TextColor url,
      TextColor problem,
      TextColor match,
      TextColor statusText,
      TextColor statusBackground) {

    static Palette of(ColorDepth depth) {
      return switch (depth) {
        case ANSI256 ->
            new Palette(
                new TextColor.Indexed(244),
                new TextColor.Indexed(30),
                new TextColor.Indexed(34),
                new TextColor.Indexed(133),
                new TextColor.Indexed(33),
                new TextColor.Indexed(160),
                new TextColor.Indexed(166),
                new TextColor.Indexed(255),
                new TextColor.Indexed(24));
        case TRUE_COLOR ->
            new Palette(
                new TextColor.RGB(128, 128, 128),
                new TextColor.RGB(0, 135, 135),
                new TextColor.RGB(0, 160, 60),
                new TextColor.RGB(175, 95, 175),
                new TextColor.RGB(0, 135, 255),
                new TextColor.RGB(215, 0, 0),
                new TextColor.RGB(215, 95, 0),
                new TextColor.RGB(238, 238, 238),
                new TextColor.RGB(0, 95, 135));
        default ->
            new Palette(
                TextColor.ANSI.BLACK_BRIGHT,
                TextColor.ANSI.CYAN,
                TextColor.ANSI.GREEN,
                TextColor.ANSI.MAGENTA,
                TextColor.ANSI.BLUE_BRIGHT,
                TextColor.ANSI.RED,
                TextColor.ANSI.RED,
                TextColor.ANSI.WHITE_BRIGHT,
                TextColor.ANSI.BLUE);
      };
    }
  }
}
