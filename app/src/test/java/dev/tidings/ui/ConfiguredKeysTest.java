package dev.tidings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import dev.tidings.browse.Outcome;
import dev.tidings.cli.config.ConfigError;
import dev.tidings.cli.config.ConfigReader;
import dev.tidings.ui.view.HelpSection;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keys bound by a configuration file's {@code keys:}, in the browser: they do their action, the
 * key they took no longer does its own there, and the help lists them.
 */
class ConfiguredKeysTest {

  private static final String CONFIG =
      """
      keys:
        timeline:
          toggle-mark: [j]
          accept: [enter, x]
      """;

  private static KeyMap configured() throws ConfigError {
    return ConfigReader.read(Path.of("/tmp/config.yml"), CONFIG, "/home/ann")
        .keys()
        .applyTo(KeyMap.standard());
  }

  @Test
  void aReboundKeyDoesTheNewActionAndNoLongerTheOld() throws ConfigError {
    ScreenHarness rebound = new ScreenHarness(TestCorpora.seeds(), 100, 30, configured());
    ScreenHarness standard = new ScreenHarness(TestCorpora.seeds(), 100, 30);
    rebound.keys("j");
    standard.keys(" ");
    // j marks and goes down, as Space does with the standard keys.
    assertThat(rebound.screen()).isEqualTo(standard.screen());
    standard.keys("k", " ");
    assertThat(rebound.screen()).isNotEqualTo(standard.screen());
    // x accepts with the mark, as Enter does.
    assertThat(rebound.keys("x")).isEqualTo(Outcome.ACCEPT);
    assertThat(rebound.session.acceptedRows()).hasSize(1);
  }

  @Test
  void theHelpListsTheKeysInForce() throws ConfigError {
    List<HelpSection> sections = KeyHelp.sections(configured());
    assertThat(entries(sections, "Timeline and related stories"))
        .contains("Space  mark/unmark, go down");
    assertThat(entries(sections, "Timeline"))
        .contains("Enter, x  accept: print URLs", "j  mark/unmark, go down", "Down  down");
    assertThat(entries(sections, "Moving in a list")).doesNotContain("j, Down  down");

    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 100, 40, configured());
    harness.keys("?");
    assertThat(harness.screen()).contains("Enter, x", "accept: print URLs");
  }

  private static List<String> entries(List<HelpSection> sections, String title) {
    return sections.stream()
        .filter(section -> section.title().equals(title))
        .flatMap(section -> section.entries().stream())
        .map(entry -> entry.keys() + "  " + entry.description())
        .toList();
  }
}
