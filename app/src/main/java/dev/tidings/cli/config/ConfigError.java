package dev.tidings.cli.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A configuration file that cannot be used: which file, on which line, and what is wrong. Its
 * message reads {@code FILE:LINE: REASON} ({@code FILE: REASON} when the line is not known).
 */
public final class ConfigError extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final String reason;

  /**
   * @param file the configuration file; never null
   * @param line the line, from 1; 0 when not known
   * @param reason what is wrong, such as {@code unknown setting 'sortt'}; never null
   */
  public ConfigError(Path file, int line, String reason) {
    super(
        Objects.requireNonNull(file, "file")
            + (line > 0 ? ":" + line : "")
            + ": "
            + Objects.requireNonNull(reason, "reason"));
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /** @return the configuration file; never null */
  public Path file() {
    return file;
  }

  /** @return the line, from 1; 0 when not known */
  public int line() {
    return line;
  }

  /** @return what is wrong, without the file and line; never null */
  public String reason() {
    return reason;
  }
}
