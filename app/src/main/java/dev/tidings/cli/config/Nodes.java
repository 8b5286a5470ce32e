package dev.tidings.cli.config;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reading SnakeYAML's nodes of one configuration file: their lines, their shapes, and the errors
 * that name the file and the line.
 */
final class Nodes {

  private static final Set<Tag> PLAIN = Set.of(Tag.STR, Tag.SEQ, Tag.MAP);

  private final Path file;

  Nodes(Path file) {
    this.file = file;
  }

  /** @return the node's line, from 1 */
  int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  /** @return an error on the node's line */
  ConfigError error(Node node, String reason) {
    return new ConfigError(file, line(node), reason);
  }

  /**
   * Refuses every tag but those of plain strings, lists and mappings ({@code !!str} is allowed),
   * and every alias: a configuration file needs neither.
   */
  void checkTagsAndAliases(Node root) throws ConfigError {
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (!seen.add(node)) {
        throw error(node, "aliases (*name) are not allowed in the configuration");
      }
      if (!PLAIN.contains(node.getTag())) {
        throw error(node, "tags such as " + node.getTag() + " are not allowed");
      }
      if (node instanceof MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
          todo.push(tuple.getValueNode());
          todo.push(tuple.getKeyNode());
        }
      } else if (node instanceof SequenceNode sequence) {
        sequence.getValue().forEach(todo::push);
      }
    }
  }

  /** @return the node as a mapping; refused when it is another shape */
  MappingNode mapping(Node node, String what) throws ConfigError {
    if (node instanceof MappingNode mapping) {
      return mapping;
    }
    throw error(node, "expected " + what + " (a mapping of names to values)");
  }

  /** @return the text of a mapping's key; refused when it is not a plain value */
  String key(NodeTuple tuple) throws ConfigError {
    return scalar(tuple.getKeyNode(), "a name");
  }

  /** @return the text of a single value; refused when the node is a list or a mapping */
  String scalar(Node node, String name) throws ConfigError {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    String shape = node instanceof SequenceNode ? "a list" : "a mapping";
    throw error(node, name + ": expected one value, not " + shape);
  }

  /** Refuses a mapping that gives one name twice, on the line of the second. */
  void checkDuplicates(MappingNode mapping, String what) throws ConfigError {
    Map<String, Integer> lines = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String name = key(tuple);
      Integer first = lines.putIfAbsent(name, line(tuple.getKeyNode()));
      if (first != null) {
        throw error(
            tuple.getKeyNode(),
            "duplicate " + what + " '" + name + "' (first on line " + first + ")");
      }
    }
  }
}
