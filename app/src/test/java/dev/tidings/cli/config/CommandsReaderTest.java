package dev.tidings.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.browse.Context;
import dev.tidings.ui.Commands;
import dev.tidings.ui.Key;
import dev.tidings.ui.KeyMap;
import dev.tidings.ui.external.ExternalCommand;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code commands:} setting: commands read, and every mistake named with its line. */
class CommandsReaderTest {

  private static final Path FILE = Path.of("/home/ann/.config/tidings/config.yml");

  private static Config read(String text) throws ConfigError {
    return ConfigReader.read(FILE, text, "/home/ann");
  }

  private static String error(String text) {
    try {
      read(text);
    } catch (ConfigError e) {
      return e.getMessage();
    }
    throw new AssertionError("no error for:\n" + text);
  }

  @Test
  void commandsAreReadWithTheirDefaults() throws ConfigError {
    Config config =
        read(
            """
            commands:
              - key: x
                run: [sh, -c, 'printf "%s\\n" "$1" >> ~/read-later.txt', sh, "{url}"]
              - {key: ctrl-e, run: [vi, "{path}"], interactive: true, context: related}
            """);

    assertThat(config.commands().bindings())
        .containsExactly(
            new Commands.Binding(
                Key.of('x'),
                Context.TIMELINE,
                new ExternalCommand(
                    List.of("sh", "-c", "printf \"%s\\n\" \"$1\" >> ~/read-later.txt", "sh",
                        "{url}"),
                    false)),
            new Commands.Binding(
                Key.ctrl('e'),
                Context.RELATED,
                new ExternalCommand(List.of("vi", "{path}"), true)));
  }

  @Test
  void anUnknownPlaceholderIsAnErrorOnItsLine() {
    assertThat(error("commands:\n  - key: x\n    run: [echo, \"{foo}\"]\n"))
        .startsWith(FILE + ":3: commands: run: unknown placeholder {foo}");
    assertThat(error("commands:\n  - key: x\n    run: [echo, \"--u={urls}\"]\n"))
        .startsWith(FILE + ":3: commands: run: {urls} must be a word of its own");
  }

  @Test
  void aKeyBoundToAnActionInTheCommandsContextIsAnErrorNamingTheLine() {
    assertThat(error("commands:\n  - key: j\n    run: [echo]\n"))
        .startsWith(FILE + ":2: commands: j is bound to move-down in the timeline context");
    // Bound by keys: after the commands, in the related stories only.
    String text =
        """
        commands:
          - {key: x, run: [echo], context: related}
        keys:
          related:
            accept: [x]
        """;
    assertThat(error(text))
        .startsWith(FILE + ":2: commands: x is bound to accept in the related context");
    // Taken from its action by keys:, the key is free for a command.
    assertThat(
            error("commands:\n  - key: x\n    run: [echo]\n  - key: x\n    run: [date]\n"))
        .isEqualTo(FILE + ":4: commands: x is given to two commands in the timeline context"
            + " (first on line 2)");
  }

  @Test
  void theSameKeyInTwoContextsIsTwoCommands() throws ConfigError {
    Config config =
        read(
            """
            commands:
              - {key: x, run: [echo]}
              - {key: x, run: [date], context: related}
            """);
    assertThat(config.commands().bindings()).hasSize(2);
  }

  @Test
  void valuesOfTheWrongTypeAreErrors() {
    assertThat(error("commands: {key: x}\n"))
        .startsWith(FILE + ":1: commands: expected a list");
    assertThat(error("commands:\n  - key: x\n    run: echo {url}\n"))
        .startsWith(FILE + ":3: commands: run: expected a list of words");
    assertThat(error("commands:\n  - key: x\n    run: [echo]\n    interactive: yes\n"))
        .isEqualTo(FILE + ":4: commands: interactive: expected true or false, not 'yes'");
    assertThat(error("commands:\n  - key: x\n    run: [echo]\n    context: filter\n"))
        .isEqualTo(
            FILE + ":4: commands: context: expected timeline or related, not 'filter'");
    assertThat(error("commands:\n  - key: nope\n    run: [echo]\n"))
        .startsWith(FILE + ":2: commands: key: ");
    assertThat(error("commands:\n  - key: x\n    run: [echo]\n    shell: true\n"))
        .startsWith(FILE + ":4: commands: unknown field 'shell'");
    assertThat(error("commands:\n  - key: x\n"))
        .isEqualTo(FILE + ":2: commands: a command needs a key and a run list");
    assertThat(error("commands:\n  - key: x\n    run: []\n"))
        .isEqualTo(FILE + ":3: commands: run: no program to run");
    assertThat(error("commands:\n  - key: x\n    run: [[echo]]\n"))
        .startsWith(FILE + ":3: commands: run: expected one value, not a list");
  }

  @Test
  void theWriterWritesTheCommandsBackAsTheyWereRead() throws ConfigError {
    Config config =
        read(
            """
            commands:
              - {key: x, run: [curl, -fsS, -d, "url={url}", https://example.com/save]}
              - {key: E, run: [sh, -c, 'exec "${EDITOR:-vi}" "$1"', sh, "{path}"],
                 interactive: true, context: related}
            """);
    String written = ConfigWriter.write(config, config.keys().applyTo(KeyMap.standard()));

    assertThat(written).contains("commands:\n- key: x\n");
    assertThat(read(written).commands()).isEqualTo(config.commands());
  }
}
