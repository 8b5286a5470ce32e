package dev.tidings.cli.config;

import dev.tidings.browse.SortOrder;
import dev.tidings.cli.output.AcceptFormat;
import dev.tidings.ui.Commands;
import dev.tidings.ui.view.ThemeSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The settings of a configuration file, each as its command-line option would set it; a setting
 * the file leaves out has the value of {@link #DEFAULTS}. The command line wins over all of them.
 *
 * @param directories what plain {@code tidings} and {@code tidings list} read when no DIR is
 *     given, absolute; empty for the bundled seeds; never null
 * @param sort the order, as {@code --sort}; never null
 * @param query the query to start with, as {@code --query}; empty for none; never null
 * @param utc dates in UTC, as {@code --utc}
 * @param color when to colour, as {@code --color}; never null
 * @param state whether to read and write the state directory (false as {@code --no-state})
 * @param cache whether to use the persistent index (false as {@code --no-cache})
 * @param format what accept writes, as {@code --format}; never null
 * @param preview whether the preview is shown at start ({@code p} toggles it)
 * @param mouse whether the mouse is used, as {@code --mouse}
 * @param keys the key bindings added to the standard ones; never null
 * @param theme the colour theme and the colours of elements ({@code theme}, {@code colors}); a
 *     {@code --theme} option replaces the theme's name only; never null
 * @param commands the keys that run external commands; never null
 */
public record Config(
    List<Path> directories,
    SortOrder sort,
    String query,
    boolean utc,
    Color color,
    boolean state,
    boolean cache,
    AcceptFormat format,
    boolean preview,
    boolean mouse,
    KeyBindings keys,
    ThemeSpec theme,
    Commands commands) {

  /** When to colour: the values of {@code color} and {@code --color}. */
  public enum Color {
    /** As many colours as the terminal says it has, none when {@code NO_COLOR} is set. */
    AUTO,
    /** Colour even when {@code NO_COLOR} is set. */
    ALWAYS,
    /** No colour. */
    NEVER
  }

  /** The settings with no configuration file: those of tidings with no options. */
  public static final Config DEFAULTS =
      new Config(
          List.of(),
          SortOrder.DATE,
          "",
          false,
          Color.AUTO,
          true,
          true,
          AcceptFormat.URL,
          true,
          false,
          KeyBindings.NONE,
          ThemeSpec.DEFAULT,
          Commands.NONE);

  /**
   * Copies the list.
   *
   * @throws NullPointerException if a part that may not be null is
   */
  public Config {
    directories = List.copyOf(directories);
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(color, "color");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(commands, "commands");
  }
}
