package dev.tidings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/** {@link KeyNames#name}: every key of the standard map has a name that reads back to it. */
class KeyNamesTest {

  @Test
  void everyStandardKeyIsNamedAsItReadsBack() {
    for (KeyMap.Binding binding : KeyMap.standard().bindings()) {
      for (Key key : binding.keys()) {
        String name = KeyNames.name(key);
        assertThat(KeyNames.parse(name).key()).as(name).isEqualTo(key);
      }
    }
  }

  @Test
  void namesAreFzfsFirstNames() {
    assertThat(KeyNames.name(Key.of(KeyType.Enter))).isEqualTo("enter");
    assertThat(KeyNames.name(Key.of(KeyType.ReverseTab))).isEqualTo("btab");
    assertThat(KeyNames.name(Key.of(KeyType.PageDown))).isEqualTo("pgdn");
    assertThat(KeyNames.name(Key.of(KeyType.Backspace))).isEqualTo("bspace");
    assertThat(KeyNames.name(Key.of(' '))).isEqualTo("space");
    assertThat(KeyNames.name(Key.ctrl('d'))).isEqualTo("ctrl-d");
    assertThat(KeyNames.name(Key.alt('B'))).isEqualTo("alt-B");
    assertThat(KeyNames.name(new Key(KeyType.Character, 'x', true, true))).isEqualTo("ctrl-alt-x");
    assertThat(KeyNames.name(Key.of('G'))).isEqualTo("G");
  }
}
