package dev.tidings.cli;

import dev.tidings.cli.config.Config;
import dev.tidings.cli.config.ConfigError;
import dev.tidings.cli.config.ConfigFile;
import dev.tidings.cli.config.ConfigWriter;
import dev.tidings.cli.output.Escapes;
import dev.tidings.ui.KeyMap;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tidings config [--default | --check [FILE]]}: prints the configuration in force as YAML,
 * the commented default file, or checks a file.
 */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Print the configuration in force as YAML: the defaults, changed by the configuration "
          + "file, with every key binding of every context.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:printed, or the file is good",
      "2:error: the file cannot be used (the message names the file, the line and why), bad "
          + "option"
    })
final class ConfigCommand implements Callable<Integer> {

  @Mixin private ConfigOption configOption;

  @Option(
      names = "--default",
      description = "Print the default configuration file, with comments, to start one from.")
  private boolean defaults;

  @Option(
      names = "--check",
      arity = "0..1",
      fallbackValue = "",
      paramLabel = "FILE",
      description =
          "Check FILE (else the configuration file in force) and print nothing on stdout: exit "
              + "status 0 when it can be used, else 2 and why on stderr.")
  private String check;

  @Spec private CommandSpec spec;

  private final OutputStream stdout;
  private final PrintStream stderr;
  private final Map<String, String> env;

  /**
   * @param stdout where the configuration goes; never null
   * @param stderr where mistakes go; never null
   * @param env the environment ({@code TIDINGS_CONFIG}, {@code XDG_CONFIG_HOME}); never null
   */
  ConfigCommand(OutputStream stdout, PrintStream stderr, Map<String, String> env) {
    this.stdout = stdout;
    this.stderr = stderr;
    this.env = env;
  }

  @Override
  public Integer call() {
    if (defaults && check != null) {
      throw new ParameterException(spec.commandLine(), "--default and --check go alone");
    }
    if (defaults) {
      return print(ConfigFile.defaultText());
    }
    ConfigFile file =
        check == null || check.isEmpty()
            ? configOption.locate(env)
            : new ConfigFile(Path.of(check), true);
    Config config;
    try {
      config = file.load(ConfigOption.home());
    } catch (ConfigError e) {
      stderr.println("tidings: " + e.getMessage());
      return ExitStatus.ERROR;
    }
    if (check != null) {
      stderr.println(
          "tidings: " + file.path() + (file.exists() ? ": good" : ": not there; the defaults"));
      return ExitStatus.CLEAN;
    }
    String source =
        file.exists()
            ? "the defaults changed by " + Escapes.printable(file.path().toString())
            : "the defaults";
    return print(
        "# The configuration in force: "
            + source
            + ".\n"
            + ConfigWriter.write(config, config.keys().applyTo(KeyMap.standard())));
  }

  private int print(String text) {
    PrintWriter out = new PrintWriter(stdout, false, StandardCharsets.UTF_8);
    out.print(text);
    out.flush();
    return ExitStatus.CLEAN;
  }
}
