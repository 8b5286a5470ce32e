package dev.tidings.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** The entry point, and the only place that exits the JVM. */
public final class Main {

  private Main() {}

  /**
   * Runs tidings and exits with its status: 0 URLs written, 1 nothing to write, 2 error
   * (including an internal error, reported on stderr after the terminal is given back), 130 quit.
   * On SIGHUP, SIGINT and SIGTERM the JVM exits with 129, 130 and 143 after its shutdown hooks
   * have given the terminal back.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream stderr = System.err;
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    Diagnostics.install(stderr);
    int status;
    try {
      status = run(args, stdout, stderr);
    } catch (Throwable e) {
      // An Error (out of memory, stack overflow), which picocli lets through; the terminal has
      // been given back by the time it gets here.
      stderr.println("tidings: internal error: " + e);
      e.printStackTrace(stderr);
      status = ExitStatus.ERROR;
    }
    System.exit(status);
  }

  /**
   * Parses the command line and runs the command.
   *
   * @param args the command line
   * @param stdout where chosen URLs, help and the version go
   * @param stderr where errors and diagnostics go
   * @return the exit status
   */
  static int run(String[] args, OutputStream stdout, PrintStream stderr) {
    return run(args, stdout, stderr, System.getenv());
  }

  /**
   * As {@link #run(String[], OutputStream, PrintStream)}, in the environment given.
   *
   * @param args the command line
   * @param stdout where chosen URLs, help and the version go
   * @param stderr where errors and diagnostics go
   * @param env the environment variables; never null
   * @return the exit status
   */
  static int run(String[] args, OutputStream stdout, PrintStream stderr, Map<String, String> env) {
    return commandLine(stdout, stderr, env).execute(args);
  }

  /**
   * The command line of tidings and its subcommands, with its handlers, ready to execute; also the
   * model that the shell completion scripts and the man page are generated from at build time.
   *
   * @param stdout where chosen URLs, help and the version go
   * @param stderr where errors and diagnostics go
   * @param env the environment variables; never null
   * @return a new command line; never null
   */
  static CommandLine commandLine(OutputStream stdout, PrintStream stderr, Map<String, String> env) {
    CommandLine commandLine =
        new CommandLine(new TidingsCommand(stdout, stderr, env, FailOnPurpose.hook()));
    // --color=never as well as --color=NEVER.
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.addSubcommand("check", new CheckCommand(stdout, stderr));
    commandLine.addSubcommand("list", new ListCommand(stdout, stderr, env, RowQuery::compile));
    commandLine.addSubcommand("config", new ConfigCommand(stdout, stderr, env));
    commandLine.setOut(new PrintWriter(stdout, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(stderr, true, StandardCharsets.UTF_8));
    commandLine.setParameterExceptionHandler(
        (exception, unused) -> {
          String command = exception.getCommandLine().getCommandSpec().qualifiedName();
          stderr.println("tidings: " + exception.getMessage());
          stderr.println("Try '" + command + " --help' for more information.");
          return ExitStatus.ERROR;
        });
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          stderr.println("tidings: internal error: " + exception);
          exception.printStackTrace(stderr);
          return ExitStatus.ERROR;
        });
    return commandLine;
  }
}
