package dev.tidings.cli;

import dev.tidings.cli.config.Config;
import dev.tidings.cli.config.ConfigError;
import dev.tidings.cli.config.ConfigFile;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code --config FILE} option (a picocli mixin of {@code tidings}, {@code tidings list} and
 * {@code tidings config}) and loading the configuration file it chooses ({@link ConfigFile}).
 */
final class ConfigOption {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Read the settings from FILE, not from $TIDINGS_CONFIG or "
              + "$XDG_CONFIG_HOME/tidings/config.yml (else ~/.config/tidings/config.yml). "
              + "Options given win over the file.")
  private Path file;

  /**
   * @param env the environment ({@code TIDINGS_CONFIG}, {@code XDG_CONFIG_HOME}); never null
   * @return the configuration file in force
   */
  ConfigFile locate(Map<String, String> env) {
    return ConfigFile.locate(file, env, home());
  }

  /**
   * Loads the configuration in force; a mistake is said on stderr as {@code tidings: FILE:LINE:
   * REASON}.
   *
   * @param env the environment; never null
   * @param stderr where a mistake is said; never null
   * @return the settings; null when the file cannot be used (exit status 2)
   */
  Config load(Map<String, String> env, PrintStream stderr) {
    try {
      return locate(env).load(home());
    } catch (ConfigError e) {
      stderr.println("tidings: " + e.getMessage());
      return null;
    }
  }

  /** @return the user's home directory, which {@code ~} stands for */
  static String home() {
    return System.getProperty("user.home");
  }
}
