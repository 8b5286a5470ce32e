package dev.tidings.ui.external;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One command of {@code $BROWSER}, split into words, as the BROWSER convention has it
 * (http://www.catb.org/~esr/BROWSER/): the variable is a colon-separated list of commands, tried
 * in order; in each, {@code %s} is where the URL goes and {@code %%} is a literal {@code %}; a
 * command without {@code %s} gets the URL appended as its last argument. Words are split on white
 * space only, with no quoting: the command is never given to a shell, and the URL is always one
 * argument of its own making, whatever it holds.
 *
 * @param words the program and its arguments, as written; never empty
 */
public record BrowserCommand(List<String> words) {

  /** The programs known to draw in the terminal rather than open a window. */
  static final Set<String> TERMINAL_BROWSERS = Set.of("w3m", "lynx", "elinks", "links");

  /**
   * @throws IllegalArgumentException if {@code words} is empty
   */
  public BrowserCommand {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a browser command needs a program");
    }
  }

  /**
   * @param variable the value of {@code $BROWSER}; null when unset
   * @return its commands in order, blank ones left out; empty when unset or blank
   */
  public static List<BrowserCommand> parseList(String variable) {
    List<BrowserCommand> commands = new ArrayList<>();
    if (variable == null) {
      return commands;
    }
    for (String command : variable.split(":", -1)) {
      if (!command.isBlank()) {
        commands.add(parse(command));
      }
    }
    return commands;
  }

  /**
   * @param command one command, such as {@code firefox --new-tab %s}; not blank
   * @return it split on white space
   * @throws IllegalArgumentException if it is blank
   */
  public static BrowserCommand parse(String command) {
    return new BrowserCommand(List.of(command.strip().split("\\s+")));
  }

  /**
   * @param url the URL to open; never null
   * @return the program and its arguments with {@code %s} replaced by the URL and {@code %%} by
   *     {@code %} in each word (any other {@code %} kept), or the URL appended as one more word
   *     when no word holds {@code %s}
   */
  public List<String> argv(String url) {
    Objects.requireNonNull(url, "url");
    List<String> argv = new ArrayList<>(words.size() + 1);
    boolean placed = false;
    for (String word : words) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
        if (c == '%' && next == 's') {
          out.append(url);
          placed = true;
          i++;
        } else if (c == '%' && next == '%') {
          out.append('%');
          i++;
        } else {
          out.append(c);
        }
      }
      argv.add(out.toString());
    }
    if (!placed) {
      argv.add(url);
    }
    return argv;
  }

  /** @return the program's file name, such as {@code w3m} for {@code /usr/bin/w3m} */
  public String name() {
    Path program = Path.of(words.get(0)).getFileName();
    return program == null ? words.get(0) : program.toString();
  }

  /** @return whether the program is a known terminal browser: w3m, lynx, elinks, links */
  public boolean isTerminalBrowser() {
    return TERMINAL_BROWSERS.contains(name());
  }
}
