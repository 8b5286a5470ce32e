package dev.tidings.cli.config;

import dev.tidings.repository.read.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the configuration file is and reading it: the file of {@code --config}, else of the
 * {@code TIDINGS_CONFIG} environment variable, else {@code $XDG_CONFIG_HOME/tidings/config.yml}
 * ({@code XDG_CONFIG_HOME} only when absolute, as the XDG Base Directory Specification says),
 * else {@code ~/.config/tidings/config.yml}. Only the default file may be missing.
 *
 * @param path the file; never null
 * @param named whether the user named it ({@code --config} or {@code TIDINGS_CONFIG}): then it
 *     must exist
 */
public record ConfigFile(Path path, boolean named) {

  /** The environment variable that names the configuration file. */
  public static final String VARIABLE = "TIDINGS_CONFIG";

  /** @throws NullPointerException if {@code path} is null */
  public ConfigFile {
    Objects.requireNonNull(path, "path");
  }

  /**
   * @param option the file of {@code --config}; null when not given
   * @param env the environment; never null
   * @param userHome the user's home directory; never null
   * @return the configuration file in force
   * @throws java.nio.file.InvalidPathException if {@code TIDINGS_CONFIG} is not a path
   */
  public static ConfigFile locate(Path option, Map<String, String> env, String userHome) {
    if (option != null) {
      return new ConfigFile(option, true);
    }
    String variable = env.get(VARIABLE);
    if (variable != null && !variable.isEmpty()) {
      return new ConfigFile(Path.of(variable), true);
    }
    return new ConfigFile(defaultPath(env, userHome), false);
  }

  /**
   * @param env the environment ({@code XDG_CONFIG_HOME}); never null
   * @param userHome the user's home directory; never null
   * @return the default file, {@code $XDG_CONFIG_HOME/tidings/config.yml} when that variable is
   *     an absolute path, else {@code ~/.config/tidings/config.yml}
   */
  public static Path defaultPath(Map<String, String> env, String userHome) {
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isEmpty()) {
      try {
        Path base = Path.of(xdg);
        if (base.isAbsolute()) {
          return base.resolve("tidings").resolve("config.yml");
        }
      } catch (InvalidPathException e) {
        // Ignored like a relative value: the variable does not name a usable directory.
      }
    }
    return Path.of(userHome, ".config", "tidings", "config.yml");
  }

  /**
   * @return the commented default file ({@code tidings config --default}), a resource whose
   *     settings are those of {@link Config#DEFAULTS}; never null
   * @throws java.io.UncheckedIOException if the resource cannot be read (a broken build)
   */
  public static String defaultText() {
    try (InputStream in = ConfigFile.class.getResourceAsStream("default-config.yml")) {
      if (in == null) {
        throw new java.io.UncheckedIOException(new IOException("default-config.yml is missing"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** @return whether the file is there to read; a named file must be */
  public boolean exists() {
    return Files.exists(path);
  }

  /**
   * @param userHome the home directory {@code ~} stands for in {@code directories}; never null
   * @return the settings; the defaults when the default file does not exist
   * @throws ConfigError if a named file does not exist, the file cannot be read, is not UTF-8 or
   *     is larger than {@link Limits#MAX_BYTES}, or its text is refused by {@link ConfigReader}
   */
  public Config load(String userHome) throws ConfigError {
    if (!named && !Files.exists(path)) {
      return Config.DEFAULTS;
    }
    return ConfigReader.read(path, text(), userHome);
  }

  private String text() throws ConfigError {
    if (Files.isDirectory(path)) {
      throw new ConfigError(path, 0, "is a directory, not a configuration file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(Limits.MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new ConfigError(path, 0, "no such file");
    } catch (AccessDeniedException e) {
      throw new ConfigError(path, 0, "permission denied");
    } catch (IOException e) {
      throw new ConfigError(path, 0, "cannot read: " + e.getMessage());
    }
    if (bytes.length > Limits.MAX_BYTES) {
      throw new ConfigError(path, 0, "larger than " + Limits.MAX_BYTES + " bytes");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ConfigError(path, 0, "not UTF-8 text");
    }
  }
}
