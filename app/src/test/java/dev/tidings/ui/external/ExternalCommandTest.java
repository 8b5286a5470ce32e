package dev.tidings.ui.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Placeholders of external commands: each word one argument whatever the fields hold, {@code
 * {urls}} one argument per URL, the fields in {@code TIDINGS_*} variables; and real programs
 * getting hostile fields byte for byte, without a shell ever reading them.
 */
class ExternalCommandTest {

  /** Quotes, a command substitution, backquotes, a comment and a line break. */
  private static final String HOSTILE =
      "a\"; rm -rf /nonexistent-tidings-test #$(touch pwned) `touch pwned` '\nnext";

  private static final CommandFields FIELDS =
      new CommandFields(
          "https://example.com/a?x=1&y=2",
          HOSTILE,
          "/news/a.md",
          "Example News",
          "2021-12-01T10:00:00Z",
          List.of("https://example.com/a", "https://example.com/b"));

  @Test
  void placeholdersAreReplacedInsideWordsAndEachWordStaysOneArgument() {
    ExternalCommand command =
        new ExternalCommand(
            List.of("curl", "-d", "url={url}", "--", "{title}", "{provider} on {date}", "{path}"),
            false);

    assertThat(command.argv(FIELDS))
        .containsExactly(
            "curl", "-d", "url=https://example.com/a?x=1&y=2", "--", HOSTILE,
            "Example News on 2021-12-01T10:00:00Z", "/news/a.md");
    assertThat(command.name()).isEqualTo("curl");
  }

  @Test
  void urlsIsOneArgumentPerUrl() {
    ExternalCommand command = new ExternalCommand(List.of("/usr/bin/open", "{urls}", "x"), true);

    assertThat(command.argv(FIELDS))
        .containsExactly(
            "/usr/bin/open", "https://example.com/a", "https://example.com/b", "x");
    assertThat(command.name()).isEqualTo("open");
  }

  @Test
  void aReplacementIsNotReadAgainForPlaceholdersOrGroupReferences() {
    CommandFields fields =
        new CommandFields("$1 {title} \\", "T", "", "", "", List.of("u"));

    assertThat(new ExternalCommand(List.of("p", "<{url}>"), false).argv(fields))
        .containsExactly("p", "<$1 {title} \\>");
  }

  @Test
  void unknownPlaceholdersAndUrlsInsideAWordAreRefused() {
    assertThatThrownBy(() -> new ExternalCommand(List.of("p", "{foo}"), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown placeholder {foo}");
    assertThatThrownBy(() -> new ExternalCommand(List.of("p", "--urls={urls}"), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{urls} must be a word of its own");
    assertThatThrownBy(() -> new ExternalCommand(List.of(), false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFieldsAreInTheEnvironmentToo() {
    assertThat(FIELDS.environment())
        .containsExactly(
            Map.entry("TIDINGS_URL", "https://example.com/a?x=1&y=2"),
            Map.entry("TIDINGS_TITLE", HOSTILE),
            Map.entry("TIDINGS_PATH", "/news/a.md"),
            Map.entry("TIDINGS_PROVIDER", "Example News"),
            Map.entry("TIDINGS_DATE", "2021-12-01T10:00:00Z"),
            Map.entry("TIDINGS_URLS", "https://example.com/a\nhttps://example.com/b"));
  }

  @Test
  void aHostileTitleReachesARealProgramByteForByteAndRunsNothing(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("out");
    Path env = dir.resolve("env");
    // The script is fixed; the fields come in as its arguments ("$@") and its environment.
    ExternalCommand command =
        new ExternalCommand(
            List.of(
                "/bin/sh", "-c",
                "cd \"$1\" && printf '%s\\n' \"$3\" \"$4\" > \"$2\""
                    + " && printf '%s' \"$TIDINGS_TITLE\" > env",
                "sh", dir.toString(), out.toString(), "{title}", "{url}"),
            false);
    BlockingQueue<String> reports = new ArrayBlockingQueue<>(1);

    CommandRunner.Started started =
        new CommandRunner(CommandProcesses.SYSTEM, Handover.NONE)
            .run(command, FIELDS, reports::add);

    assertThat(started).isEqualTo(new CommandRunner.Started("running sh", false));
    assertThat(reports.poll(20, TimeUnit.SECONDS)).isEqualTo("sh done");
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .isEqualTo(HOSTILE + "\n" + FIELDS.url() + "\n");
    assertThat(Files.readString(env, StandardCharsets.UTF_8)).isEqualTo(HOSTILE);
    assertThat(dir.resolve("pwned")).doesNotExist();
    assertThat(Path.of("pwned")).doesNotExist();
  }

  @Test
  void aBackgroundCommandReportsItsFirstLineOrItsExitStatus() throws Exception {
    BlockingQueue<String> reports = new ArrayBlockingQueue<>(2);
    CommandRunner runner = new CommandRunner(CommandProcesses.SYSTEM, Handover.NONE);

    runner.run(
        new ExternalCommand(List.of("/bin/sh", "-c", "printf 'saved %s\\nmore\\n' \"$1\"",
            "sh", "{provider}"), false),
        FIELDS,
        reports::add);
    assertThat(reports.poll(20, TimeUnit.SECONDS)).isEqualTo("sh: saved Example News");

    runner.run(new ExternalCommand(List.of("/bin/sh", "-c", "exit 3"), false), FIELDS,
        reports::add);
    assertThat(reports.poll(20, TimeUnit.SECONDS)).isEqualTo("sh exited 3");

    runner.run(new ExternalCommand(List.of("/nonexistent/tidings-cmd"), false), FIELDS,
        reports::add);
    assertThat(reports.poll(20, TimeUnit.SECONDS))
        .startsWith("could not start tidings-cmd");
  }

  @Test
  void withoutProcessesEveryCommandIsRefused() throws IOException {
    assertThat(CommandRunner.NONE.run(new ExternalCommand(List.of("x"), false), FIELDS, m -> {}))
        .isEqualTo(new CommandRunner.Started("no terminal to run x from", false));
  }
}
