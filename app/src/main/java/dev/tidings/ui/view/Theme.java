package dev.tidings.ui.view;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The look of each {@link Style} for a {@link ColorDepth} and a {@link ThemeSpec}: the built-in
 * theme's {@link Palette} for the depth, then the person's colours for some elements brought down
 * to the depth by {@link ColourFit}. The default theme's colours read on dark and light
 * backgrounds alike: no white or black text on the terminal's own background, no yellow; the dim
 * shade is a middle grey; the status line sets both its colours. Without colour ({@link
 * ColorDepth#NONE} or {@link ThemeName#MONOCHROME}), looks use only bold, reverse and underline,
 * which every terminal tidings targets can show.
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

  /** What the high-contrast theme makes bold besides the roles bold everywhere. */
  private static final Set<Style> BOLDER =
      EnumSet.of(Style.PROVIDER, Style.LINKED, Style.URL, Style.STATUS, Style.BORDER);

  private final Map<Style, Look> looks = new EnumMap<>(Style.class);

  private Theme(ColorDepth depth, ThemeSpec spec) {
    ColorDepth shown = spec.name() == ThemeName.MONOCHROME ? ColorDepth.NONE : depth;
    for (Style style : Style.values()) {
      EnumSet<SGR> modifiers = modifiers(style, shown);
      boolean bolder = spec.name() == ThemeName.HIGH_CONTRAST && BOLDER.contains(style);
      if (bolder && shown != ColorDepth.NONE) {
        modifiers.add(SGR.BOLD);
      }
      looks.put(style, look(style, shown, spec.name(), modifiers));
    }
    if (shown != ColorDepth.NONE) {
      spec.overrides().forEach((element, colour) -> override(element, colour, shown));
    }
  }

  /** @return the default theme for {@code depth}; never null */
  static Theme of(ColorDepth depth) {
    return new Theme(depth, ThemeSpec.DEFAULT);
  }

  /**
   * @param depth what the terminal can show; never null
   * @param spec the theme and the person's colours; never null
   * @return the theme; never null
   */
  static Theme of(ColorDepth depth, ThemeSpec spec) {
    return new Theme(depth, spec);
  }

  /** @return the look of {@code style}; never null */
  Look look(Style style) {
    return looks.get(style);
  }

  /**
   * The cursor is reversed, so its colour, set as the foreground, is the bar's; the status line's
   * colour is its band's, with black or white text, whichever contrasts more.
   */
  private void override(ThemeElement element, ColourValue colour, ColorDepth depth) {
    TextColor fitted = ColourFit.fit(colour, depth);
    for (Style style : element.styles()) {
      Look old = looks.get(style);
      Look look =
          element == ThemeElement.STATUS
              ? new Look(textOn(colour), fitted, old.modifiers())
              : new Look(fitted, old.background(), old.modifiers());
      looks.put(style, look);
    }
  }

  /** @return black on a light colour, bright white on a dark one (ITU-R BT.709 luma) */
  private static TextColor textOn(ColourValue background) {
    int[] rgb = ColourFit.rgb(background);
    double luma = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    return luma >= 128 ? TextColor.ANSI.BLACK : TextColor.ANSI.WHITE_BRIGHT;
  }

  private static Look look(
      Style style, ColorDepth depth, ThemeName name, EnumSet<SGR> modifiers) {
    if (depth == ColorDepth.NONE) {
      return new Look(DEFAULT, DEFAULT, modifiers);
    }
    Palette p = Palette.of(name, depth);
    return switch (style) {
      case DATE, DIM, BORDER -> new Look(p.dim(), DEFAULT, modifiers);
      case PROVIDER -> new Look(p.provider(), DEFAULT, modifiers);
      case MARKED -> new Look(p.marked(), DEFAULT, modifiers);
      case LINKED -> new Look(p.linked(), DEFAULT, modifiers);
      case URL -> new Look(p.url(), DEFAULT, modifiers);
      case MATCH -> new Look(p.match(), DEFAULT, modifiers);
      case KEY -> new Look(p.provider(), DEFAULT, modifiers);
      case PROBLEM -> new Look(p.problem(), DEFAULT, modifiers);
      case STATUS, STATUS_MESSAGE -> new Look(p.statusText(), p.statusBackground(), modifiers);
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
}
