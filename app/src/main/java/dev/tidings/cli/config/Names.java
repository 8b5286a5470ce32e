package dev.tidings.cli.config;

import dev.tidings.browse.Action;
import dev.tidings.browse.Context;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names a configuration file gives actions and contexts: each {@link Action} by its constant
 * in kebab case ({@code MOVE_DOWN} is {@code move-down}), each {@link Context} in lower case, and
 * {@code lists} for the timeline and the related stories together.
 */
public final class Names {

  /** The contexts by name, in the order {@code tidings config} writes them. */
  private static final Map<String, Set<Context>> CONTEXTS = new LinkedHashMap<>();

  static {
    CONTEXTS.put("lists", Set.copyOf(EnumSet.of(Context.TIMELINE, Context.RELATED)));
    for (Context context : Context.values()) {
      CONTEXTS.put(name(context), Set.of(context));
    }
  }

  private Names() {}

  /** @return the action's name, such as {@code move-down}; never null */
  public static String name(Action action) {
    return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** @return the context's name, such as {@code timeline}; never null */
  public static String name(Context context) {
    return context.name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param name an action's name, such as {@code toggle-mark}; never null
   * @return the action; empty when no action has that name
   */
  public static Optional<Action> action(String name) {
    for (Action action : Action.values()) {
      if (name(action).equals(name)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }

  /**
   * @param name a context's name, such as {@code timeline} or {@code lists}; never null
   * @return the contexts it names; empty when none has that name
   */
  public static Optional<Set<Context>> contexts(String name) {
    return Optional.ofNullable(CONTEXTS.get(name));
  }

  /** @return the names of contexts, {@code lists} first; immutable */
  public static Set<String> contextNames() {
    return Collections.unmodifiableSet(CONTEXTS.keySet());
  }
}
