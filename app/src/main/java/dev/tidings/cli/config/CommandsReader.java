package dev.tidings.cli.config;

import dev.tidings.browse.Context;
import dev.tidings.ui.Commands;
import dev.tidings.ui.Key;
import dev.tidings.ui.KeyMap;
import dev.tidings.ui.KeyNames;
import dev.tidings.ui.external.ExternalCommand;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code commands:} setting: a list of {@code {key, run, interactive, context}}, each a
 * key ({@link KeyNames}) that runs a program ({@link ExternalCommand}) in the timeline (the
 * default) or the related stories. Refuses an unknown field, placeholder or context, a value of
 * the wrong type, and a key that an action or another command has in the same context.
 */
final class CommandsReader {

  /** The fields of a command. */
  private static final List<String> FIELDS = List.of("key", "run", "interactive", "context");

  /** A command read, and the line of its key. */
  private record Read(Commands.Binding binding, Node keyNode) {}

  private CommandsReader() {}

  /**
   * @param value the setting's value; null when the file has none
   * @param nodes the file's nodes; never null
   * @param keyMap the keys in force, which no command's key may be bound to; never null
   * @return the commands; {@link Commands#NONE} when {@code value} is null
   * @throws ConfigError if a command is malformed or its key is taken
   */
  static Commands read(Node value, Nodes nodes, KeyMap keyMap) throws ConfigError {
    if (value == null) {
      return Commands.NONE;
    }
    if (!(value instanceof SequenceNode list)) {
      throw nodes.error(value, "commands: expected a list of {key, run, interactive, context}");
    }
    List<Read> read = new ArrayList<>();
    for (Node item : list.getValue()) {
      Read command = command(item, nodes);
      check(command, read, keyMap, nodes);
      read.add(command);
    }
    List<Commands.Binding> bindings = new ArrayList<>();
    read.forEach(command -> bindings.add(command.binding()));
    return new Commands(bindings);
  }

  private static Read command(Node item, Nodes nodes) throws ConfigError {
    MappingNode fields =
        nodes.mapping(item, "commands: a command {key, run, interactive, context}");
    nodes.checkDuplicates(fields, "field");
    Node keyNode = null;
    Node runNode = null;
    boolean interactive = false;
    Context context = Context.TIMELINE;
    for (NodeTuple tuple : fields.getValue()) {
      String name = nodes.key(tuple);
      Node node = tuple.getValueNode();
      switch (name) {
        case "key" -> keyNode = node;
        case "run" -> runNode = node;
        case "interactive" -> interactive = ConfigReader.bool(node, nodes, "commands: interactive");
        case "context" -> context = context(node, nodes);
        default ->
            throw nodes.error(
                tuple.getKeyNode(),
                "commands: unknown field '" + name + "' (fields: " + String.join(", ", FIELDS)
                    + ")");
      }
    }
    if (keyNode == null || runNode == null) {
      throw nodes.error(item, "commands: a command needs a key and a run list");
    }
    Key key = key(keyNode, nodes);
    ExternalCommand command;
    try {
      command = new ExternalCommand(run(runNode, nodes), interactive);
    } catch (IllegalArgumentException e) {
      throw nodes.error(runNode, "commands: run: " + e.getMessage());
    }
    return new Read(new Commands.Binding(key, context, command), keyNode);
  }

  private static Key key(Node node, Nodes nodes) throws ConfigError {
    String name = nodes.scalar(node, "commands: key");
    try {
      return KeyNames.parse(name).key();
    } catch (IllegalArgumentException e) {
      throw nodes.error(node, "commands: key: " + e.getMessage());
    }
  }

  private static List<String> run(Node node, Nodes nodes) throws ConfigError {
    if (!(node instanceof SequenceNode list)) {
      throw nodes.error(
          node, "commands: run: expected a list of words, the program first, such as [open, "
              + "\"{url}\"]");
    }
    List<String> words = new ArrayList<>();
    for (Node word : list.getValue()) {
      words.add(nodes.scalar(word, "commands: run"));
    }
    return words;
  }

  private static Context context(Node node, Nodes nodes) throws ConfigError {
    String name = nodes.scalar(node, "commands: context");
    return switch (name) {
      case "timeline" -> Context.TIMELINE;
      case "related" -> Context.RELATED;
      default ->
          throw nodes.error(
              node, "commands: context: expected timeline or related, not '" + name + "'");
    };
  }

  /** Refuses a key an action or an earlier command has in the command's context. */
  private static void check(Read command, List<Read> before, KeyMap keyMap, Nodes nodes)
      throws ConfigError {
    Commands.Binding binding = command.binding();
    String key = KeyNames.name(binding.key());
    String where = " in the " + Names.name(binding.context()) + " context";
    for (KeyMap.Binding bound : keyMap.bindings()) {
      if (bound.contexts().contains(binding.context()) && bound.keys().contains(binding.key())) {
        throw nodes.error(
            command.keyNode(),
            "commands: " + key + " is bound to " + Names.name(bound.action()) + where
                + " (rebind that under keys: or choose another key)");
      }
    }
    for (Read earlier : before) {
      if (earlier.binding().key().equals(binding.key())
          && earlier.binding().context() == binding.context()) {
        throw nodes.error(
            command.keyNode(),
            "commands: " + key + " is given to two commands" + where + " (first on line "
                + nodes.line(earlier.keyNode()) + ")");
      }
    }
  }
}
