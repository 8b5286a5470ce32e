package dev.tidings.ui.view;

import java.util.Locale;
import java.util.Objects;

/**
 * A colour as a person writes it for a theme element: an ANSI colour's name ({@code red}, {@code
 * bright-blue}, {@code default} for the terminal's own), a number of the xterm 256-colour palette
 * ({@code 0}..{@code 255}) or {@code #rrggbb}. {@link ColourFit} brings it down to what the
 * terminal can show. Values are immutable; {@link #toString()} gives the text {@link #parse}
 * reads back.
 */
public sealed interface ColourValue {

  /**
   * One of the 16 ANSI colours, or the terminal's own.
   *
   * @param index 0..15 (0 black .. 7 white, 8..15 their bright shades), or -1 for {@code default}
   */
  record Named(int index) implements ColourValue {
    /** @throws IllegalArgumentException if {@code index} is not -1..15 */
    public Named {
      if (index < -1 || index > 15) {
        throw new IllegalArgumentException("not an ANSI colour: " + index);
      }
    }

    @Override
    public String toString() {
      return index < 0 ? "default" : (index > 7 ? "bright-" : "") + baseName(index % 8);
    }
  }

  /**
   * A colour of the xterm 256-colour palette.
   *
   * @param index 0..255
   */
  record Indexed(int index) implements ColourValue {
    /** @throws IllegalArgumentException if {@code index} is not 0..255 */
    public Indexed {
      if (index < 0 || index > 255) {
        throw new IllegalArgumentException("not a colour of the 256: " + index);
      }
    }

    @Override
    public String toString() {
      return Integer.toString(index);
    }
  }

  /**
   * A 24-bit colour.
   *
   * @param red 0..255
   * @param green 0..255
   * @param blue 0..255
   */
  record Rgb(int red, int green, int blue) implements ColourValue {
    /** @throws IllegalArgumentException if a component is not 0..255 */
    public Rgb {
      if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
        throw new IllegalArgumentException("not an RGB colour: " + red + "," + green + "," + blue);
      }
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
  }

  /** The terminal's own colour. */
  ColourValue DEFAULT = new Named(-1);

  /**
   * Reads a colour: a name ({@code default}, {@code black} .. {@code white}, {@code
   * bright-black} .. {@code bright-white}, {@code grey}/{@code gray} for bright black), a decimal
   * number 0..255, or {@code #rrggbb} in hexadecimal. Case and surrounding blanks do not matter.
   *
   * @param text the value as written; never null
   * @return the colour; never null
   * @throws IllegalArgumentException if {@code text} is none of these, with the message {@code not
   *     a colour: "TEXT" (use a name, 0-255 or #rrggbb)}
   */
  public static ColourValue parse(String text) {
    Objects.requireNonNull(text, "text");
    String value = text.strip().toLowerCase(Locale.ROOT);
    Integer named = nameIndex(value);
    if (named != null) {
      return new Named(named);
    }
    if (value.matches("[0-9]{1,3}") && Integer.parseInt(value) <= 255) {
      return new Indexed(Integer.parseInt(value));
    }
    if (value.matches("#[0-9a-f]{6}")) {
      int rgb = Integer.parseInt(value.substring(1), 16);
      return new Rgb(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff);
    }
    throw new IllegalArgumentException(
        "not a colour: \"" + text + "\" (use a name, 0-255 or #rrggbb)");
  }

  /** @return the index of a colour's name, -1 for {@code default}; null when not a name */
  private static Integer nameIndex(String name) {
    if (name.equals("default")) {
      return -1;
    }
    if (name.equals("grey") || name.equals("gray")) {
      return 8;
    }
    boolean bright = name.startsWith("bright-");
    String base = bright ? name.substring("bright-".length()) : name;
    for (int i = 0; i < 8; i++) {
      if (baseName(i).equals(base)) {
        return bright ? i + 8 : i;
      }
    }
    return null;
  }

  /** @return the name of basic ANSI colour {@code i} (0..7), in the order of the SGR numbers */
  private static String baseName(int i) {
    return switch (i) {
      case 0 -> "black";
      case 1 -> "red";
      case 2 -> "green";
      case 3 -> "yellow";
      case 4 -> "blue";
      case 5 -> "magenta";
      case 6 -> "cyan";
      default -> "white";
    };
  }
}
