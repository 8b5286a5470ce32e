package dev.tidings.ui.view;

/**
 * How many colours the terminal can show, as detected from the environment and the options
 * ({@code COLORTERM}, terminfo, {@code NO_COLOR}, {@code --color}). The views draw the same roles
 * at every depth; {@link Theme} gives each role its look for the depth.
 */
public enum ColorDepth {
  /** No colour: bold, reverse and underline only (monochrome, {@code NO_COLOR}). */
  NONE,
  /** The 16 ANSI colours, whose shades the terminal's theme sets. */
  ANSI16,
  /** The xterm palette of 256 colours. */
  ANSI256,
  /** 24-bit colour. */
  TRUE_COLOR
}
