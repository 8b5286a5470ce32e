package dev.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line without a terminal: help, version and the errors found before the UI. */
class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
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
        .startsWith("Usage: tidings [-hV] [--no-cache] [--no-state] [--print0] [--utc]")
        .contains(" [DIR|FILE...]")
        .contains("--print0", "--utc", "--no-cache", "129", "130", "143", "xargs")
        .contains("--color=WHEN", "auto", "always", "never", "NO_COLOR");
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

    assertThat(Main.run(new String[] {seeds}, out, stderr, Map.of("TERM", "dumb"))).isEqualTo(2);
    assertThat(err())
        .isEqualTo("tidings: TERM=dumb: the browser needs a terminal that can move the cursor\n");
    err.reset();
    assertThat(Main.run(new String[] {seeds}, out, stderr, Map.of("TERM", ""))).isEqualTo(2);
    assertThat(Main.run(new String[] {seeds}, out, stderr, Map.of())).isEqualTo(2);
    assertThat(err().lines())
        .containsOnly("tidings: TERM is not set: the browser needs a terminal that can move the cursor");
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
}
