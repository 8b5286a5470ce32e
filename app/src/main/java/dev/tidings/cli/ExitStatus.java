package dev.tidings.cli;

/** tidings' exit statuses, after fzf's conventions. */
public final class ExitStatus {

  /** URLs were written. */
  public static final int WRITTEN = 0;

  /** The user accepted with nothing to write: an empty corpus or filter, or no URL. */
  public static final int NOTHING = 1;

  /**
   * An error: bad option, unreadable argument, no terminal, internal error (an exception on any
   * thread, reported on stderr after the terminal is given back).
   */
  public static final int ERROR = 2;

  /** {@code tidings check}: every file is an article. */
  public static final int CLEAN = 0;

  /** {@code tidings check}: some files or directories have problems. */
  public static final int PROBLEMS = 1;

  /** {@code tidings list}: some article matched. */
  public static final int LISTED = 0;

  /** {@code tidings list}: no article matched. */
  public static final int NOTHING_LISTED = 1;

  /**
   * {@code tidings list}: stdout was closed before everything was written, as by {@code | head}
   * (128 + SIGPIPE, the status of a program killed by writing to a closed pipe).
   */
  public static final int BROKEN_PIPE = 141;

  /** The user quit, or the process was interrupted (128 + SIGINT). */
  public static final int QUIT = 130;

  /** The terminal hung up (128 + SIGHUP); the JVM's status, after the terminal is given back. */
  public static final int HANGUP = 129;

  /** The process was terminated (128 + SIGTERM); the JVM's status, as {@link #HANGUP}. */
  public static final int TERMINATED = 143;

  private ExitStatus() {}
}
