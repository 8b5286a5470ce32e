package dev.tidings.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.tidings.browse.Action;
import dev.tidings.browse.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The extra accept keys of {@code --expect} (fzf's option): each accepts as Enter does in the
 * timeline and the related stories, and its name is written on the first line of the output (an
 * empty line when Enter accepted), so that a script can act on which key accepted. Immutable.
 */
public final class ExpectKeys {

  private static final ExpectKeys NONE = new ExpectKeys(new LinkedHashMap<>());

  private final Map<Key, String> names;

  private ExpectKeys(Map<Key, String> names) {
    this.names = names;
  }

  /** @return no extra keys: output has no key line */
  public static ExpectKeys none() {
    return NONE;
  }

  /**
   * Reads {@code --expect}'s list.
   *
   * @param list key names ({@link KeyNames}) separated by commas, such as {@code ctrl-o,alt-x};
   *     never null
   * @param keyMap the keys already bound; an expected key may not be bound in the timeline or
   *     the related stories; never null
   * @return the keys, in the order given
   * @throws IllegalArgumentException if a name is empty or unknown, names a key already bound
   *     there, or two names are one key; the message says which
   */
  public static ExpectKeys parse(String list, KeyMap keyMap) {
    Map<Key, String> names = new LinkedHashMap<>();
    for (String name : list.split(",", -1)) {
      if (name.isEmpty()) {
        throw new IllegalArgumentException("an empty key name in '" + list + "'");
      }
      KeyNames.Named named = KeyNames.parse(name);
      for (Context context : List.of(Context.TIMELINE, Context.RELATED)) {
        Optional<Action> bound = keyMap.binding(context, stroke(named.key()));
        if (bound.isPresent()) {
          throw new IllegalArgumentException(
              name
                  + " is bound in the "
                  + (context == Context.TIMELINE ? "timeline" : "related stories")
                  + " ("
                  + named.key().label()
                  + ": "
                  + bound.get().description()
                  + ")");
        }
      }
      String before = names.putIfAbsent(named.key(), named.name());
      if (before != null) {
        throw new IllegalArgumentException(before + " and " + name + " are the same key");
      }
    }
    return new ExpectKeys(names);
  }

  /** @return whether there are no extra keys (no {@code --expect}) */
  public boolean isEmpty() {
    return names.isEmpty();
  }

  /** @return the keys' names, in the order given; immutable */
  public List<String> names() {
    return List.copyOf(names.values());
  }

  /**
   * @param keyMap a key map; never null
   * @return the key map with these keys bound to {@link Action#ACCEPT} in the timeline and the
   *     related stories (the help lists them); {@code keyMap} itself when there are none
   */
  public KeyMap bind(KeyMap keyMap) {
    if (names.isEmpty()) {
      return keyMap;
    }
    List<KeyMap.Binding> bindings = new ArrayList<>(keyMap.bindings());
    bindings.add(new KeyMap.Binding(KeyMap.LISTS, List.copyOf(names.keySet()), Action.ACCEPT));
    return new KeyMap(bindings);
  }

  /**
   * @param key the key that accepted; null when not known
   * @return its name for the first line of output; empty for Enter or any key not given
   */
  public String name(Key key) {
    String name = key == null ? null : names.get(key);
    return name == null ? "" : name;
  }

  private static KeyStroke stroke(Key key) {
    if (key.type() == KeyType.Character) {
      return new KeyStroke(key.character(), key.ctrl(), key.alt());
    }
    return new KeyStroke(key.type(), false, false);
  }
}
