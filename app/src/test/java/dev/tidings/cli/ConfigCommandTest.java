package dev.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import dev.tidings.browse.SortOrder;
import dev.tidings.cli.config.ConfigFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The configuration file on the command line: {@code tidings config}, its {@code --default} and
 * {@code --check}, and the settings {@code tidings} and {@code tidings list} take from it.
 */
class ConfigCommandTest {

  @TempDir Path xdg;
  @TempDir Path cache;
  private Path file;
  private final Map<String, String> env = new HashMap<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void environment() throws IOException {
    env.put("XDG_CONFIG_HOME", xdg.toString());
    env.put("XDG_CACHE_HOME", cache.toString());
    file = xdg.resolve("tidings").resolve("config.yml");
    Files.createDirectories(file.getParent());
  }

  private int run(String... args) {
    return Main.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8), env);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void configPrintsTheSettingsInForceAndEveryBinding() throws IOException {
    Files.writeString(
        file,
        "sort: heat\ncolors: {match: '#FF8700'}\nkeys:\n  timeline:\n    accept: [enter, x]\n");
    assertThat(run("config")).isZero();
    assertThat(out())
        .startsWith(
            "# The configuration in force: the defaults changed by " + file + ".\n"
                + "directories: []\nsort: heat\nquery: ''\nutc: false\ncolor: auto\n"
                + "theme: default\ncolors:\n  match: '#ff8700'\n"
                + "state: true\ncache: true\nformat: url\npreview: true\nmouse: false\nkeys:\n"
                + "  timeline:\n    move-down:\n    - j\n    - down\n")
        .contains("    accept:\n    - enter\n    - x\n")
        .contains("  help:\n", "  facets:\n", "    quit-now:\n    - ctrl-c\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void withNoFileConfigPrintsTheDefaults() {
    assertThat(run("config")).isZero();
    assertThat(out()).startsWith("# The configuration in force: the defaults.\ndirectories: []\n");
  }

  @Test
  void theDefaultFileIsTheResource() {
    assertThat(run("config", "--default")).isZero();
    assertThat(out()).isEqualTo(ConfigFile.defaultText()).contains("keys: {}\n");
  }

  @Test
  void checkExitsZeroForAGoodFileAndTwoWithTheReasonForABadOne() throws IOException {
    Path good = xdg.resolve("good.yml");
    Files.writeString(good, "utc: true\n");
    assertThat(run("config", "--check", good.toString())).isZero();
    assertThat(out()).isEmpty();
    assertThat(err()).isEqualTo("tidings: " + good + ": good\n");

    err.reset();
    Files.writeString(file, "sort: date\nutc: maybe\n");
    assertThat(run("config", "--check")).isEqualTo(2);
    assertThat(err())
        .isEqualTo("tidings: " + file + ":2: utc: expected true or false, not 'maybe'\n");
    assertThat(out()).isEmpty();

    err.reset();
    assertThat(run("config", "--check", xdg.resolve("none.yml").toString())).isEqualTo(2);
    assertThat(err()).isEqualTo("tidings: " + xdg.resolve("none.yml") + ": no such file\n");
  }

  @Test
  void aBadConfigurationNeverStartsTheBrowser() throws IOException {
    Files.writeString(file, "keys:\n  timeline:\n    accept: [hyper-x]\n");
    env.put("TERM", "xterm");
    assertThat(run(TestCorpora.seeds().toString())).isEqualTo(2);
    assertThat(err())
        .startsWith("tidings: " + file + ":3: keys.timeline.accept: unknown key name 'hyper-x'")
        .hasLineCount(1);
    assertThat(out()).isEmpty();
  }

  @Test
  void anExpectedKeyTheFileBindsIsAnError() throws IOException {
    Files.writeString(file, "keys:\n  related:\n    quit: [ctrl-o]\n");
    env.put("TERM", "xterm");
    assertThat(run("--expect=ctrl-o", TestCorpora.seeds().toString())).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "tidings: --expect: ctrl-o is bound in the related stories (Ctrl-O: quit, print "
                + "nothing) by the configuration file\n");
  }

  @Test
  void aBadConfigurationStopsListToo() throws IOException {
    Files.writeString(file, "sort: date\nsort: heat\n");
    assertThat(run("list", TestCorpora.seeds().toString())).isEqualTo(2);
    assertThat(err())
        .isEqualTo("tidings: " + file + ":2: duplicate setting 'sort' (first on line 1)\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void theConfigOptionWinsOverTheVariableWhichWinsOverTheDefault() throws IOException {
    Path option = xdg.resolve("option.yml");
    Path variable = xdg.resolve("variable.yml");
    Files.writeString(file, "sort: heat\n");
    Files.writeString(option, "sort: oldest\n");
    Files.writeString(variable, "sort: provider\n");
    assertThat(run("config")).isZero();
    assertThat(out()).contains("sort: heat\n");
    env.put(ConfigFile.VARIABLE, variable.toString());
    out.reset();
    assertThat(run("config")).isZero();
    assertThat(out()).contains("sort: provider\n");
    out.reset();
    assertThat(run("config", "--config", option.toString())).isZero();
    assertThat(out()).contains("sort: oldest\n");
    env.put(ConfigFile.VARIABLE, xdg.resolve("gone.yml").toString());
    assertThat(run("config")).isEqualTo(2);
    assertThat(err()).isEqualTo("tidings: " + xdg.resolve("gone.yml") + ": no such file\n");
  }

  @Test
  void plainListReadsTheConfiguredDirectoriesInTheConfiguredOrder() throws IOException {
    Files.writeString(
        file,
        "directories: [" + TestCorpora.seeds() + "]\nsort: oldest\nquery: blacklist\n");
    assertThat(run("list")).isZero();
    assertThat(out().lines())
        .containsExactly(
            "https://www.ft.com/content/8ee73509-e364-494e-b4c8-ff9a4f675078",
            "https://techcrunch.com/2021/12/12/"
                + "chinas-ai-giant-sensetime-postpones-ipo-after-us-blacklisting/",
            "https://www.forbes.com/sites/ywang/2021/12/13/"
                + "chinese-ai-giant-sensetime-remains-committed-to-ipo-despite-us-blacklist/");
    out.reset();
    // Options win over the file.
    assertThat(run("list", "--sort", "date", "--query", "")).isZero();
    assertThat(out().lines()).hasSize(5);
    assertThat(out().lines().findFirst())
        .contains(
            "https://www.marketing-interactive.com/"
                + "chinese-ai-company-sensetime-postpones-hk-ipo-after-us-ban");
  }

  @Test
  void theBrowserTakesTheFilesSettingsUnlessAnOptionIsGiven() throws IOException {
    Files.writeString(file, "sort: quality\nquery: topic:AI\n");
    TidingsCommand configured = command();
    // No TERM: the command stops before the terminal, after taking the configuration.
    assertThat(new CommandLine(configured).execute("/no/such/news")).isEqualTo(2);
    assertThat(configured.sortOrder()).isEqualTo(SortOrder.QUALITY);
    assertThat(configured.query()).isEqualTo("topic:AI");

    TidingsCommand given = command();
    assertThat(new CommandLine(given).execute("--sort=heat", "--query=ipo", "/no/such/news"))
        .isEqualTo(2);
    assertThat(given.sortOrder()).isEqualTo(SortOrder.HEAT);
    assertThat(given.query()).isEqualTo("ipo");
  }

  private TidingsCommand command() {
    return new TidingsCommand(
        out, new PrintStream(err, true, StandardCharsets.UTF_8), env, () -> {});
  }
}
