package dev.tidings.repository.state;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** Where tidings keeps its state between runs, after the XDG Base Directory Specification. */
public final class StateDirectory {

  private StateDirectory() {}

  /**
   * The state directory: {@code $XDG_STATE_HOME/tidings} when {@code XDG_STATE_HOME} is set to an
   * absolute path, else {@code ~/.local/state/tidings}. The specification says a relative value is
   * invalid and to be ignored, as is an empty one (the same rule as the cache directory's).
   *
   * @param env the environment, as from {@link System#getenv()}; never null
   * @param userHome the user's home directory, as from the {@code user.home} property; never null
   * @return the directory, which may not exist yet; never null
   * @throws NullPointerException if an argument is null
   */
  public static Path of(Map<String, String> env, String userHome) {
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(userHome, "userHome");
    String xdg = env.get("XDG_STATE_HOME");
    if (xdg != null && !xdg.isEmpty()) {
      try {
        Path base = Path.of(xdg);
        if (base.isAbsolute()) {
          return base.resolve("tidings");
        }
      } catch (InvalidPathException e) {
        // Ignored like a relative value: the variable does not name a usable directory.
      }
    }
    return Path.of(userHome, ".local", "state", "tidings");
  }
}
