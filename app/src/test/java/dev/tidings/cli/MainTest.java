package dev.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.ui.view.ThemeName;
import dev.tidings.ui.view.ThemeSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line without a terminal: help, version and the errors found before the UI. */
class MainTest {

  /**
   * An environment with the given variables and a configuration directory that holds no file, so
   * that a configuration of the machine's user cannot reach the test.
   */
  private static Map<String, String> env(String... namesAndValues) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      env.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    env.put("XDG_CONFIG_HOME", "/nonexistent/tidings-test-config");
    return env;
  }

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Runs in this process's environment, but with no configuration file (see {@link #env}). */
  private int run(String... args) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.putAll(env());
    return Main.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8), env);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpGoesToStdoutWithTheExitStatusesAndExitsZero() {
    assertThat(run("--help")).isZero();
    assertThat(out())
        .startsWith(
            "Usage: tidings [-hV] [--append] [--mouse] [--no-cache] [--no-state] [--print0]\n")
        .contains(" [DIR|FILE...]")
        .contains("--format=FORMAT", "markdown", "-o, --output=FILE", "--expect=KEYS")
        .contains("ssh -t host tidings -o picks.txt", "--expect=ctrl-o")
        .contains("--print0", "--utc", "--no-cache", "129", "130", "143", "xargs")
        .contains("--color=WHEN", "auto", "always", "never", "NO_COLOR")
        .contains("--theme=NAME", "high-contrast", "monochrome");
    assertThat(err()).isEmpty();
  }

  @Test
  void versionPrintsTheVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out()).matches("tidings \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void aBadOptionIsAUsageErrorWithNothingOnStdout() {
    assertThat(run("--bogus")).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err())
        .isEqualTo(
            "tidings: Unknown option: '--bogus'\nTry 'tidings --help' for more information.\n");
  }

  @Test
  void anUnreadableArgumentIsAnErrorNamingIt() {
    assertThat(run("/no/such/news")).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).isEqualTo("tidings: cannot read /no/such/news: no such file or directory\n");
  }

  @Test
  void aDumbOrUnsetTermIsAnErrorOfOneLineBeforeAnyTerminalIsOpened() {
    String seeds = dev.tidings.TestCorpora.seeds().toString();
    PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);

    assertThat(Main.run(new String[] {seeds}, out, stderr, env("TERM", "dumb"))).isEqualTo(2);
    assertThat(err())
        .isEqualTo("tidings: TERM=dumb: the browser needs a terminal that can move the cursor\n");
    err.reset();
    assertThat(Main.run(new String[] {seeds}, out, stderr, env("TERM", ""))).isEqualTo(2);
    assertThat(Main.run(new String[] {seeds}, out, stderr, env())).isEqualTo(2);
    assertThat(err().lines())
        .containsOnly("tidings: TERM is not set: the browser needs a terminal that can move the cursor");
    assertThat(out()).isEmpty();
  }

  @Test
  void badAcceptOptionsAreUsageErrorsWithNothingOnStdout() {
    assertThat(run("--format=html", "/no/such/news")).isEqualTo(2);
    assertThat(err())
        .startsWith(
            "tidings: Invalid value for option '--format': expected url, markdown, json, tsv or "
                + "path, not 'html'\n");
    err.reset();
    assertThat(run("--expect=ctrl-o,ctrl-c")).isEqualTo(2);
    assertThat(err())
        .startsWith(
            "tidings: Invalid value for option '--expect': ctrl-c is bound in the timeline "
                + "(Ctrl-C: quit, even if marked)\n");
    err.reset();
    assertThat(run("--expect=hyper-x")).isEqualTo(2);
    assertThat(err()).startsWith("tidings: Invalid value for option '--expect': unknown key name");
    err.reset();
    assertThat(run("--append", "/no/such/news")).isEqualTo(2);
    assertThat(err())
        .isEqualTo("tidings: --append needs -o FILE\nTry 'tidings --help' for more information.\n");
    err.reset();
    assertThat(run("-o")).isEqualTo(2);
    assertThat(err()).startsWith("tidings: Missing required parameter for option '--output'");
    assertThat(out()).isEmpty();
  }

  @Test
  void anOutputFileThatIsADirectoryIsAnErrorBeforeAnyTerminalIsOpened() {
    String seeds = dev.tidings.TestCorpora.seeds().toString();
    String tmp = System.getProperty("java.io.tmpdir");
    PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(Main.run(new String[] {"-o", tmp, seeds}, out, stderr, env("TERM", "xterm")))
        .isEqualTo(2);
    assertThat(err()).isEqualTo("tidings: cannot write " + tmp + ": is a directory\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void colorTakesAutoAlwaysOrNeverInAnyCase() {
    assertThat(run("--color=sometimes", "/no/such/news")).isEqualTo(2);
    assertThat(err()).startsWith("tidings: Invalid value for option '--color'");
    err.reset();
    assertThat(run("--color=NEVER", "/no/such/news")).isEqualTo(2);
    assertThat(run("--color", "always", "/no/such/news")).isEqualTo(2);
    assertThat(err().lines()).containsOnly("tidings: cannot read /no/such/news: no such file or directory");
  }

  @Test
  void themeTakesABuiltInThemesNameInAnyCase() {
    assertThat(run("--theme=solarized", "/no/such/news")).isEqualTo(2);
    assertThat(err())
        .startsWith("tidings: Invalid value for option '--theme': expected default, light, "
            + "high-contrast or monochrome, not 'solarized'");
    err.reset();
    assertThat(run("--theme=High-Contrast", "/no/such/news")).isEqualTo(2);
    assertThat(run("--theme", "light", "/no/such/news")).isEqualTo(2);
    assertThat(err().lines())
        .containsOnly("tidings: cannot read /no/such/news: no such file or directory");
    TidingsCommand command = new TidingsCommand(out, System.err, Map.of(), () -> {});
    new picocli.CommandLine(command).parseArgs("--theme", "MONOCHROME");
    assertThat(command.theme()).isEqualTo(ThemeSpec.of(ThemeName.MONOCHROME));
    command = new TidingsCommand(out, System.err, Map.of(), () -> {});
    new picocli.CommandLine(command).parseArgs();
    assertThat(command.theme()).isEqualTo(ThemeSpec.DEFAULT);
  }
}
