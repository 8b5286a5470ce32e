package dev.tidings.ui;

import com.googlecode.lanterna.input.KeyType;
import dev.tidings.browse.Action;
import dev.tidings.browse.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The keys of the topic and provider lists ({@link Context#FACETS}), part of {@link
 * KeyMap#standard()}. Names are typed to narrow the list, so letters are text there: only the
 * special keys (and Ctrl-N, Ctrl-P as in the filter prompt) move, not {@code j}, {@code k}, {@code
 * g} or {@code G}.
 */
final class FacetKeys {

  private FacetKeys() {}

  /** Adds the lists' bindings to {@code bindings}, in the order the help shows them. */
  static void add(List<KeyMap.Binding> bindings) {
    Set<Context> facets = EnumSet.of(Context.FACETS);
    bindings.add(binding(facets, Action.MOVE_DOWN, Key.of(KeyType.ArrowDown), Key.ctrl('n')));
    bindings.add(binding(facets, Action.MOVE_UP, Key.of(KeyType.ArrowUp), Key.ctrl('p')));
    bindings.add(binding(facets, Action.PAGE_DOWN, Key.of(KeyType.PageDown)));
    bindings.add(binding(facets, Action.PAGE_UP, Key.of(KeyType.PageUp)));
    bindings.add(binding(facets, Action.FIRST, Key.of(KeyType.Home)));
    bindings.add(binding(facets, Action.LAST, Key.of(KeyType.End)));
    bindings.add(binding(facets, Action.FILTER_BY_FACET, Key.of(KeyType.Enter)));
    bindings.add(
        binding(
            facets, Action.SWITCH_FACETS, Key.of(KeyType.Tab), Key.of(KeyType.ReverseTab)));
    bindings.add(binding(facets, Action.DELETE_FACET_CHAR, Key.of(KeyType.Backspace)));
    bindings.add(binding(facets, Action.FACETS_BACK, Key.of(KeyType.Escape)));
  }

  private static KeyMap.Binding binding(Set<Context> contexts, Action action, Key... keys) {
    return new KeyMap.Binding(contexts, List.of(keys), action);
  }
}
