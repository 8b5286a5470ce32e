package dev.tidings.cli.config;

import dev.tidings.browse.Action;
import dev.tidings.browse.Context;
import dev.tidings.ui.Key;
import dev.tidings.ui.KeyMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code keys:} of a configuration file, applied to a {@link KeyMap}. Keys given for an action
 * are added to those it has; a key that another action has in the same context is taken from it
 * there (the user's binding wins, the default one of that key in that context is gone).
 *
 * @param rebindings the bindings, in file order; never null
 */
public record KeyBindings(List<Rebinding> rebindings) {

  /** No bindings: the key map as it is. */
  public static final KeyBindings NONE = new KeyBindings(List.of());

  /**
   * Keys that do an action in some contexts, as one line of {@code keys:} gives them.
   *
   * @param contexts where; never empty
   * @param action what the keys do; never null
   * @param keys the keys; never empty
   */
  public record Rebinding(Set<Context> contexts, Action action, List<Key> keys) {
    /**
     * Copies the collections.
     *
     * @throws NullPointerException if a part is null
     */
    public Rebinding {
      contexts = Set.copyOf(contexts);
      Objects.requireNonNull(action, "action");
      keys = List.copyOf(keys);
    }
  }

  /** Copies the list. */
  public KeyBindings {
    rebindings = List.copyOf(rebindings);
  }

  /**
   * @param base the key map to change, such as {@link KeyMap#standard()}; never null
   * @return {@code base} with these bindings; its help lists an added key beside the action's
   *     other keys when they apply in the same contexts
   */
  public KeyMap applyTo(KeyMap base) {
    List<KeyMap.Binding> bindings = new ArrayList<>(base.bindings());
    for (Rebinding rebinding : rebindings) {
      bindings = withoutKeys(bindings, rebinding);
      add(bindings, rebinding);
    }
    return new KeyMap(bindings);
  }

  /** @return the bindings with the rebinding's keys taken from other actions in its contexts */
  private static List<KeyMap.Binding> withoutKeys(
      List<KeyMap.Binding> bindings, Rebinding rebinding) {
    List<KeyMap.Binding> kept = new ArrayList<>();
    for (KeyMap.Binding binding : bindings) {
      Set<Context> overlap = EnumSet.copyOf(binding.contexts());
      overlap.retainAll(rebinding.contexts());
      List<Key> keys = new ArrayList<>(binding.keys());
      keys.removeAll(rebinding.keys());
      if (binding.action() == rebinding.action()
          || overlap.isEmpty()
          || keys.size() == binding.keys().size()) {
        kept.add(binding);
        continue;
      }
      Set<Context> elsewhere = EnumSet.copyOf(binding.contexts());
      elsewhere.removeAll(rebinding.contexts());
      if (!elsewhere.isEmpty()) {
        kept.add(new KeyMap.Binding(elsewhere, binding.keys(), binding.action()));
      }
      if (!keys.isEmpty()) {
        kept.add(new KeyMap.Binding(overlap, keys, binding.action()));
      }
    }
    return kept;
  }

  /**
   * Binds the rebinding's keys where they do not do its action yet, beside the action's keys of
   * the same contexts when there are such.
   */
  private static void add(List<KeyMap.Binding> bindings, Rebinding rebinding) {
    Map<Set<Context>, List<Key>> missing = new LinkedHashMap<>();
    for (Key key : rebinding.keys()) {
      Set<Context> where = EnumSet.noneOf(Context.class);
      for (Context context : rebinding.contexts()) {
        if (!bound(bindings, context, key, rebinding.action())) {
          where.add(context);
        }
      }
      if (!where.isEmpty()) {
        missing.computeIfAbsent(Set.copyOf(where), unused -> new ArrayList<>()).add(key);
      }
    }
    for (Map.Entry<Set<Context>, List<Key>> entry : missing.entrySet()) {
      int same = -1;
      for (int i = 0; i < bindings.size(); i++) {
        KeyMap.Binding binding = bindings.get(i);
        if (binding.action() == rebinding.action() && binding.contexts().equals(entry.getKey())) {
          same = i;
        }
      }
      if (same < 0) {
        bindings.add(new KeyMap.Binding(entry.getKey(), entry.getValue(), rebinding.action()));
      } else {
        List<Key> keys = new ArrayList<>(bindings.get(same).keys());
        keys.addAll(entry.getValue());
        bindings.set(same, new KeyMap.Binding(entry.getKey(), keys, rebinding.action()));
      }
    }
  }

  private static boolean bound(
      List<KeyMap.Binding> bindings, Context context, Key key, Action action) {
    for (KeyMap.Binding binding : bindings) {
      if (binding.action() == action
          && binding.contexts().contains(context)
          && binding.keys().contains(key)) {
        return true;
      }
    }
    return false;
  }
}
