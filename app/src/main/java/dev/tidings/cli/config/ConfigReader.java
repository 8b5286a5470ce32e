package dev.tidings.cli.config;

import dev.tidings.browse.SortOrder;
import dev.tidings.browse.query.Query;
import dev.tidings.browse.query.QueryException;
import dev.tidings.cli.output.AcceptFormat;
import dev.tidings.repository.read.SafeYaml;
import dev.tidings.ui.Commands;
import dev.tidings.ui.KeyMap;
import dev.tidings.ui.view.ColourValue;
import dev.tidings.ui.view.ThemeElement;
import dev.tidings.ui.view.ThemeName;
import dev.tidings.ui.view.ThemeSpec;
import java.io.StringReader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads the text of a configuration file into a {@link Config}: SnakeYAML under the rules of
 * {@link SafeYaml} (limits, no tags, every scalar a string) composes its nodes, whose marks give
 * the line of every mistake; nothing is constructed but strings. Unknown settings are errors; the
 * names kept for later ({@link #NOT_YET}) are errors that say so.
 */
public final class ConfigReader {

  /** The settings, in the order {@code tidings config} writes them. */
  public static final List<String> SETTINGS =
      List.of(
          "directories", "sort", "query", "utc", "color", "theme", "colors", "state", "cache",
          "format", "preview", "mouse", "keys", "commands");

  /** Names kept for settings to come: refused as not supported yet rather than unknown. */
  public static final List<String> NOT_YET =
      List.of(
          "browser", "clipboard", "layout", "date-format", "escape-delay");

  private static final String SORTS = "date, oldest, quality, heat or provider";
  private static final String COLORS = "auto, always or never";
  private static final String FORMATS = "url, markdown, json, tsv or path";
  private static final String THEMES = "default, light, high-contrast or monochrome";

  private final Path file;
  private final String userHome;

  private ConfigReader(Path file, String userHome) {
    this.file = file;
    this.userHome = userHome;
  }

  /**
   * @param file the file the text is from, for messages; never null
   * @param text the file's text; never null
   * @param userHome the home directory {@code ~} stands for; never null
   * @return the settings, those not given as in {@link Config#DEFAULTS}
   * @throws ConfigError if the text is not YAML, breaks a limit, has a tag or an alias, or a
   *     setting is unknown, given twice or of the wrong type
   */
  public static Config read(Path file, String text, String userHome) throws ConfigError {
    return new ConfigReader(file, userHome).read(text);
  }

  private Config read(String text) throws ConfigError {
    Node root = compose(text);
    if (root == null) {
      return Config.DEFAULTS;
    }
    Nodes nodes = new Nodes(file);
    nodes.checkTagsAndAliases(root);
    MappingNode settings = nodes.mapping(root, "settings");
    nodes.checkDuplicates(settings, "setting");
    Config d = Config.DEFAULTS;
    List<Path> directories = d.directories();
    SortOrder sort = d.sort();
    String query = d.query();
    boolean utc = d.utc();
    Config.Color color = d.color();
    boolean state = d.state();
    boolean cache = d.cache();
    AcceptFormat format = d.format();
    boolean preview = d.preview();
    boolean mouse = d.mouse();
    KeyBindings keys = d.keys();
    ThemeName theme = d.theme().name();
    Map<ThemeElement, ColourValue> colours = d.theme().overrides();
    Node commands = null;
    for (NodeTuple tuple : settings.getValue()) {
      String name = nodes.key(tuple);
      Node value = tuple.getValueNode();
      switch (name) {
        case "directories" -> directories = directories(value, nodes);
        case "sort" -> sort = choice(value, nodes, name, SortOrder::ofLabel, SORTS);
        case "query" -> query = query(value, nodes);
        case "utc" -> utc = bool(value, nodes, name);
        case "color" -> color = choice(value, nodes, name, ConfigReader::color, COLORS);
        case "state" -> state = bool(value, nodes, name);
        case "cache" -> cache = bool(value, nodes, name);
        case "format" -> format = choice(value, nodes, name, AcceptFormat::ofLabel, FORMATS);
        case "preview" -> preview = bool(value, nodes, name);
        case "mouse" -> mouse = bool(value, nodes, name);
        case "keys" -> keys = KeysReader.read(value, nodes);
        case "theme" -> theme = choice(value, nodes, name, ThemeName::ofLabel, THEMES);
        case "colors" -> colours = colours(value, nodes);
        case "commands" -> commands = value;
        default -> throw unknown(name, tuple.getKeyNode(), nodes);
      }
    }
    // Read last: a command's key is checked against the keys in force, whatever the order.
    Commands bound = CommandsReader.read(commands, nodes, keys.applyTo(KeyMap.standard()));
    return new Config(
        directories, sort, query, utc, color, state, cache, format, preview, mouse, keys,
        new ThemeSpec(theme, colours), bound);
  }

  private Node compose(String text) throws ConfigError {
    LoaderOptions options = SafeYaml.loaderOptions();
    options.setAllowDuplicateKeys(false);
    DumperOptions dumper = new DumperOptions();
    Yaml yaml =
        new Yaml(
            new SafeConstructor(options),
            new Representer(dumper),
            dumper,
            options,
            SafeYaml.stringScalars());
    try {
      return yaml.compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new ConfigError(file, line, "not YAML: " + firstLine(e.getProblem()));
    } catch (YAMLException e) {
      throw new ConfigError(file, 0, "not YAML: " + firstLine(e.getMessage()));
    }
  }

  private ConfigError unknown(String name, Node key, Nodes nodes) {
    int line = nodes.line(key);
    if (NOT_YET.contains(name)) {
      return new ConfigError(file, line, "setting '" + name + "' is not supported yet");
    }
    return new ConfigError(
        file, line, "unknown setting '" + name + "' (settings: " + String.join(", ", SETTINGS)
            + ")");
  }

  private List<Path> directories(Node value, Nodes nodes) throws ConfigError {
    if (!(value instanceof SequenceNode sequence)) {
      throw nodes.error(value, "directories: expected a list of directories, such as [~/news]");
    }
    List<Path> directories = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      String text = nodes.scalar(item, "directories");
      directories.add(directory(text, item, nodes));
    }
    return directories;
  }

  /** @return the directory, {@code ~} expanded; refused when empty or relative */
  private Path directory(String text, Node item, Nodes nodes) throws ConfigError {
    String expanded = text;
    if (text.equals("~")) {
      expanded = userHome;
    } else if (text.startsWith("~/")) {
      expanded = userHome + text.substring(1);
    }
    try {
      Path path = Path.of(expanded);
      if (!expanded.isEmpty() && path.isAbsolute()) {
        return path.normalize();
      }
    } catch (InvalidPathException e) {
      throw nodes.error(item, "directories: '" + text + "' is not a path");
    }
    throw nodes.error(
        item, "directories: '" + text + "' is not absolute; start it with / or ~/");
  }

  /** @return the colours by element of a {@code colors:} mapping, such as {@code date: "#808080"} */
  private static Map<ThemeElement, ColourValue> colours(Node value, Nodes nodes)
      throws ConfigError {
    MappingNode mapping = nodes.mapping(value, "colors");
    nodes.checkDuplicates(mapping, "element");
    Map<ThemeElement, ColourValue> colours = new EnumMap<>(ThemeElement.class);
    for (NodeTuple tuple : mapping.getValue()) {
      String label = nodes.key(tuple);
      ThemeElement element =
          ThemeElement.ofLabel(label)
              .orElseThrow(
                  () ->
                      nodes.error(
                          tuple.getKeyNode(),
                          "colors: unknown element '" + label + "' (elements: "
                              + String.join(", ", elementLabels()) + ")"));
      String text = nodes.scalar(tuple.getValueNode(), "colors: " + label);
      try {
        colours.put(element, ColourValue.parse(text));
      } catch (IllegalArgumentException e) {
        throw nodes.error(tuple.getValueNode(), "colors: " + label + ": " + e.getMessage());
      }
    }
    return colours;
  }

  private static List<String> elementLabels() {
    List<String> labels = new ArrayList<>();
    for (ThemeElement element : ThemeElement.values()) {
      labels.add(element.label());
    }
    return labels;
  }

  private String query(Node value, Nodes nodes) throws ConfigError {
    String text = nodes.scalar(value, "query");
    try {
      Query.parse(text);
    } catch (QueryException e) {
      throw nodes.error(
          value, "query: bad query at character " + (e.position() + 1) + ": " + e.getMessage());
    }
    return text;
  }

  /** @return the value {@code true} or {@code false}; refused when it is another */
  static boolean bool(Node value, Nodes nodes, String name) throws ConfigError {
    String text = nodes.scalar(value, name);
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw nodes.error(value, name + ": expected true or false, not '" + text + "'");
    };
  }

  private static <T> T choice(
      Node value, Nodes nodes, String name, Function<String, Optional<T>> of, String names)
      throws ConfigError {
    String text = nodes.scalar(value, name);
    return of.apply(text)
        .orElseThrow(
            () -> nodes.error(value, name + ": expected " + names + ", not '" + text + "'"));
  }

  private static Optional<Config.Color> color(String text) {
    for (Config.Color color : Config.Color.values()) {
      if (color.name().toLowerCase(Locale.ROOT).equals(text)) {
        return Optional.of(color);
      }
    }
    return Optional.empty();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
