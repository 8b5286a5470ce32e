package dev.tidings.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.browse.Action;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Configuration section stays true: the default file and every action's name. */
class ConfigReadmeTest {

  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"));
  }

  @Test
  void theReadmeShowsTheDefaultFile() throws IOException {
    assertThat(readme()).contains("```yaml\n" + ConfigFile.defaultText() + "```\n");
  }

  @Test
  void theReadmeNamesEveryActionWithWhatTheHelpSays() throws IOException {
    String readme = readme();
    for (Action action : Action.values()) {
      assertThat(readme)
          .as("row of %s", action)
          .contains("| `" + Names.name(action) + "` | " + action.description() + " | ");
    }
  }
}
