package dev.tidings.cli.share;

import java.util.List;

/**
 * The man page's sections that no model holds: FILES, ENVIRONMENT and SEE ALSO, as roff lines.
 * They say what the README's "Read state", "Opening and copying", "Colours" and "Large
 * directories" sections say at length.
 */
final class FixedSections {

  private FixedSections() {}

  /** @return the roff lines of ENVIRONMENT and FILES; never null */
  static List<String> environmentAndFiles() {
    return List.of(
        ".SH ENVIRONMENT",
        ".TP",
        ".B BROWSER",
        "Commands separated by colons that open a URL (o); %s stands for the URL. Without it,"
            + " xdg\\-open (on macOS, open).",
        ".TP",
        ".B TIDINGS_TERMINAL_BROWSER",
        "When 1, the $BROWSER command runs in the terminal, which tidings gives back to it until"
            + " it exits (as it always does for w3m, lynx, elinks and links).",
        ".TP",
        ".B NO_COLOR",
        "When set and not empty, no colours (unless \\fB\\-\\-color always\\fR).",
        ".TP",
        ".B COLORTERM",
        "truecolor or 24bit: 24\\-bit colours.",
        ".TP",
        ".B TERM",
        "The terminal's type, for its number of colours and keys; unset or dumb is an error"
            + " (status 2).",
        ".TP",
        ".B TIDINGS_CONFIG",
        "The configuration file to read instead of the default one (\\fB\\-\\-config\\fR wins).",
        ".TP",
        ".BR XDG_CACHE_HOME \", \" XDG_STATE_HOME \", \" XDG_CONFIG_HOME",
        "Where the persistent index, the state and the configuration go (see FILES); only"
            + " absolute paths count.",
        ".PP",
        "A command bound to a key in the configuration gets the article's fields as"
            + " TIDINGS_URL, TIDINGS_TITLE, TIDINGS_PATH, TIDINGS_PROVIDER, TIDINGS_DATE and"
            + " TIDINGS_URLS (one URL a line), as well as in its arguments.",
        ".SH FILES",
        ".TP",
        "\\fI$XDG_CONFIG_HOME/tidings/config.yml\\fR (else \\fI~/.config/tidings/config.yml\\fR)",
        "The configuration: directories, sort, query, colours and theme, keys, commands, mouse;"
            + " \\fBtidings config \\-\\-default\\fR prints a commented default file.",
        ".TP",
        "\\fI$XDG_CACHE_HOME/tidings\\fR (else \\fI~/.cache/tidings\\fR)",
        "The persistent index of parsed articles (index\\-N.mv.db), a cache: it may be deleted at"
            + " any time; \\fB\\-\\-no\\-cache\\fR neither reads nor writes it.",
        ".TP",
        "\\fI$XDG_STATE_HOME/tidings/read.log\\fR (else"
            + " \\fI~/.local/state/tidings/read.log\\fR)",
        "The read state: one line per change, + read, \\- unread, by normalised URL.",
        ".TP",
        "\\fI$XDG_STATE_HOME/tidings/queries\\fR (else \\fI~/.local/state/tidings/queries\\fR)",
        "The query history of the filter prompt (Ctrl\\-R, Up), newest last, one query per line."
            + " \\fB\\-\\-no\\-state\\fR neither reads nor writes the state directory.");
  }

  /** @return the roff lines of SEE ALSO; never null */
  static List<String> seeAlso() {
    return List.of(
        ".SH SEE ALSO",
        ".BR xdg\\-open (1),",
        ".BR xargs (1),",
        ".BR fzf (1)",
        ".PP",
        "The README of tidings, for the file format, the layout of the screen and more examples.");
  }
}
