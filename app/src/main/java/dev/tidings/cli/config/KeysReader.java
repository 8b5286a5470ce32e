package dev.tidings.cli.config;

import dev.tidings.browse.Action;
import dev.tidings.browse.Context;
import dev.tidings.ui.Key;
import dev.tidings.ui.KeyNames;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code keys:} setting: contexts ({@link Names#contexts}) to action names ({@link
 * Names#action}) to key names ({@link KeyNames}), a list or one name. Refuses an unknown context,
 * action or key name, and a key given to two actions in one context.
 */
final class KeysReader {

  /** An action a key was given to, and where. */
  private record Given(Action action, int line) {}

  private KeysReader() {}

  static KeyBindings read(Node value, Nodes nodes) throws ConfigError {
    MappingNode contexts = nodes.mapping(value, "keys: contexts to actions to keys");
    nodes.checkDuplicates(contexts, "context");
    Map<Context, Map<Key, Given>> given = new EnumMap<>(Context.class);
    List<KeyBindings.Rebinding> rebindings = new ArrayList<>();
    for (NodeTuple byContext : contexts.getValue()) {
      String contextName = nodes.key(byContext);
      Set<Context> where =
          Names.contexts(contextName)
              .orElseThrow(
                  () ->
                      nodes.error(
                          byContext.getKeyNode(),
                          "keys: unknown context '" + contextName + "' (contexts: "
                              + String.join(", ", Names.contextNames()) + ")"));
      String path = "keys." + contextName;
      MappingNode actions = nodes.mapping(byContext.getValueNode(), path + ": actions to keys");
      nodes.checkDuplicates(actions, "action");
      for (NodeTuple byAction : actions.getValue()) {
        String actionName = nodes.key(byAction);
        Action action =
            Names.action(actionName)
                .orElseThrow(
                    () ->
                        nodes.error(
                            byAction.getKeyNode(),
                            path + ": unknown action '" + actionName
                                + "' (the README lists the actions)"));
        List<Key> keys = keys(byAction.getValueNode(), nodes, path + "." + actionName);
        Given now = new Given(action, nodes.line(byAction.getKeyNode()));
        for (Key key : keys) {
          check(given, where, key, now, path, nodes, byAction.getValueNode());
        }
        if (!keys.isEmpty()) {
          rebindings.add(new KeyBindings.Rebinding(where, action, keys));
        }
      }
    }
    return new KeyBindings(rebindings);
  }

  /** @return the keys a list (or one name) names, each once, in order */
  private static List<Key> keys(Node value, Nodes nodes, String path) throws ConfigError {
    List<Node> items = value instanceof SequenceNode list ? list.getValue() : List.of(value);
    List<Key> keys = new ArrayList<>();
    for (Node item : items) {
      String name = nodes.scalar(item, path);
      Key key;
      try {
        key = KeyNames.parse(name).key();
      } catch (IllegalArgumentException e) {
        throw nodes.error(item, path + ": " + e.getMessage());
      }
      if (!keys.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** Refuses a key given to two actions in one context. */
  private static void check(
      Map<Context, Map<Key, Given>> given,
      Set<Context> where,
      Key key,
      Given now,
      String path,
      Nodes nodes,
      Node node)
      throws ConfigError {
    for (Context context : where) {
      Given before = given.computeIfAbsent(context, c -> new HashMap<>()).putIfAbsent(key, now);
      if (before != null && before.action() != now.action()) {
        throw nodes.error(
            node,
            path + ": " + KeyNames.name(key) + " is given to two actions in the "
                + Names.name(context) + " context: " + Names.name(before.action())
                + " (line " + before.line() + ") and " + Names.name(now.action()));
      }
    }
  }
}
