package dev.tidings.ui.external;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which browsers {@code o} tries, from the environment, in order:
 *
 * <ul>
 *   <li>the commands of {@code $BROWSER} ({@link BrowserCommand#parseList}), each a terminal
 *       browser when it is a known one (w3m, lynx, elinks, links) or when {@code
 *       TIDINGS_TERMINAL_BROWSER=1} declares them all so;
 *   <li>over SSH ({@code SSH_CONNECTION} or {@code SSH_TTY} set) with no display ({@code DISPLAY}
 *       and {@code WAYLAND_DISPLAY} unset or empty), only the terminal ones: a window would open
 *       on no screen the user sees, or not at all; with none, the answer is {@link #NO_DISPLAY};
 *   <li>without {@code $BROWSER}: {@code open} on macOS, else {@code xdg-open}, when found on
 *       {@code PATH}; with neither, {@link #NOT_FOUND}.
 * </ul>
 */
public final class BrowserChoice {

  /** What {@code o} says over SSH without a display and without a terminal browser. */
  public static final String NO_DISPLAY =
      "no browser here (SSH without a display): y copies the URL";

  /** What {@code o} says when there is no {@code $BROWSER} and no opener on {@code PATH}. */
  public static final String NOT_FOUND = "no browser found: set $BROWSER (y copies the URL)";

  /**
   * A browser to try.
   *
   * @param command its command; never null
   * @param terminal whether it draws in the terminal (it gets the terminal and is waited for)
   */
  public record Candidate(BrowserCommand command, boolean terminal) {
    /** @throws NullPointerException if {@code command} is null */
    public Candidate {
      Objects.requireNonNull(command, "command");
    }
  }

  /**
   * The browsers to try, or why there are none.
   *
   * @param candidates in the order to try them; empty when refused
   * @param refusal what to tell the user when there are none; null otherwise
   */
  public record Choice(List<Candidate> candidates, String refusal) {
    /** Copies the candidates. */
    public Choice {
      candidates = List.copyOf(candidates);
    }
  }

  private BrowserChoice() {}

  /**
   * @param env the environment; never null
   * @param osName the {@code os.name} system property; never null
   * @param onPath whether a program of that name is on {@code PATH}; never null
   * @return the browsers to try; never null
   */
  public static Choice choose(Map<String, String> env, String osName, Predicate<String> onPath) {
    boolean allTerminal = "1".equals(env.get("TIDINGS_TERMINAL_BROWSER"));
    List<Candidate> configured =
        BrowserCommand.parseList(env.get("BROWSER")).stream()
            .map(command -> new Candidate(command, allTerminal || command.isTerminalBrowser()))
            .toList();
    boolean ssh = set(env, "SSH_CONNECTION") || set(env, "SSH_TTY");
    boolean display = set(env, "DISPLAY") || set(env, "WAYLAND_DISPLAY");
    if (ssh && !display) {
      List<Candidate> terminal = configured.stream().filter(Candidate::terminal).toList();
      return terminal.isEmpty() ? new Choice(List.of(), NO_DISPLAY) : new Choice(terminal, null);
    }
    if (!configured.isEmpty()) {
      return new Choice(configured, null);
    }
    String opener = osName.toLowerCase(Locale.ROOT).startsWith("mac") ? "open" : "xdg-open";
    if (onPath.test(opener)) {
      return new Choice(List.of(new Candidate(BrowserCommand.parse(opener), false)), null);
    }
    return new Choice(List.of(), NOT_FOUND);
  }

  /**
   * @param env the environment, for its {@code PATH}; never null
   * @return whether a program is an executable file in a directory of {@code PATH}
   */
  public static Predicate<String> onPath(Map<String, String> env) {
    String path = env.getOrDefault("PATH", "");
    return program -> {
      for (String directory : path.split(File.pathSeparator)) {
        if (directory.isEmpty()) {
          continue;
        }
        try {
          if (Files.isExecutable(Path.of(directory, program))) {
            return true;
          }
        } catch (InvalidPathException ignored) {
          // A directory of PATH that is no path holds no program.
        }
      }
      return false;
    };
  }

  private static boolean set(Map<String, String> env, String name) {
    String value = env.get(name);
    return value != null && !value.isEmpty();
  }
}
