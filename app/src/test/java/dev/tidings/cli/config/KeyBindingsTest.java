package dev.tidings.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.tidings.browse.Action;
import dev.tidings.browse.Context;
import dev.tidings.ui.KeyMap;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link KeyBindings}: added keys, keys taken from other actions, and the written bindings. */
class KeyBindingsTest {

  private static final Path FILE = Path.of("/tmp/config.yml");

  private static KeyMap keys(String text) throws ConfigError {
    return ConfigReader.read(FILE, text, "/home/ann").keys().applyTo(KeyMap.standard());
  }

  private static Optional<Action> action(KeyMap keyMap, Context context, char c) {
    return keyMap.binding(context, new KeyStroke(c, false, false));
  }

  @Test
  void keysGivenAreAddedBesideTheActionsOwn() throws ConfigError {
    KeyMap keyMap = keys("keys:\n  timeline:\n    accept: [enter, x]\n");
    assertThat(action(keyMap, Context.TIMELINE, 'x')).contains(Action.ACCEPT);
    assertThat(keyMap.binding(Context.TIMELINE, new KeyStroke(KeyType.Enter)))
        .contains(Action.ACCEPT);
    assertThat(action(keyMap, Context.RELATED, 'x')).isEmpty();
    // One binding, so one line of help: "Enter, x".
    assertThat(keyMap.bindings())
        .filteredOn(binding -> binding.action() == Action.ACCEPT)
        .extracting(KeyMap.Binding::keyLabels)
        .containsExactly("Enter, x");
  }

  @Test
  void aKeyOfAnotherActionIsTakenFromItInThatContextOnly() throws ConfigError {
    KeyMap keyMap = keys("keys:\n  timeline:\n    toggle-mark: [j]\n");
    assertThat(action(keyMap, Context.TIMELINE, 'j')).contains(Action.TOGGLE_MARK);
    assertThat(action(keyMap, Context.TIMELINE, ' ')).contains(Action.TOGGLE_MARK);
    assertThat(action(keyMap, Context.RELATED, 'j')).contains(Action.MOVE_DOWN);
    assertThat(action(keyMap, Context.MARKS, 'j')).contains(Action.MOVE_DOWN);
    assertThat(keyMap.binding(Context.TIMELINE, new KeyStroke(KeyType.ArrowDown)))
        .contains(Action.MOVE_DOWN);
  }

  @Test
  void listsBindsInTheTimelineAndTheRelatedStories() throws ConfigError {
    KeyMap keyMap = keys("keys:\n  lists:\n    quit: [Q]\n");
    assertThat(action(keyMap, Context.TIMELINE, 'Q')).contains(Action.QUIT);
    assertThat(action(keyMap, Context.RELATED, 'Q')).contains(Action.QUIT);
    assertThat(action(keyMap, Context.TIMELINE, 'q')).contains(Action.QUIT);
    assertThat(action(keyMap, Context.MARKS, 'Q')).isEmpty();
  }

  @Test
  void noBindingsLeaveTheKeyMapAsItIs() {
    assertThat(KeyBindings.NONE.applyTo(KeyMap.standard()).bindings())
        .isEqualTo(KeyMap.standard().bindings());
  }

  @Test
  void theWrittenConfigurationReadsBackToTheSameKeys() throws ConfigError {
    Config config =
        ConfigReader.read(
            FILE,
            "sort: heat\ndirectories: [/srv/news]\nkeys:\n  timeline:\n    toggle-mark: [j, '*']\n",
            "/home/ann");
    KeyMap keyMap = config.keys().applyTo(KeyMap.standard());
    String written = ConfigWriter.write(config, keyMap);
    assertThat(written)
        .contains("sort: heat\n", "directories:\n- /srv/news\n", "query: ''\n", "utc: false\n")
        .contains("  timeline:\n    move-down:\n    - down\n")
        .contains("    toggle-mark:\n    - space\n    - j\n    - '*'\n");
    Config again = ConfigReader.read(FILE, written, "/home/ann");
    assertThat(again.sort()).isEqualTo(config.sort());
    assertThat(again.directories()).isEqualTo(config.directories());
    KeyMap reread = again.keys().applyTo(KeyMap.standard());
    for (Context context : Context.values()) {
      for (char c : "jk *qxQ?/".toCharArray()) {
        assertThat(action(reread, context, c))
            .as("%s in %s", c, context)
            .isEqualTo(action(keyMap, context, c));
      }
    }
    assertThat(ConfigWriter.write(again, reread)).isEqualTo(written);
  }
}
