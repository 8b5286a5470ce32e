package dev.tidings.cli.config;

import dev.tidings.browse.Action;
import dev.tidings.browse.Context;
import dev.tidings.ui.Commands;
import dev.tidings.ui.Key;
import dev.tidings.ui.KeyMap;
import dev.tidings.ui.KeyNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes the configuration in force as YAML in block style, as {@code tidings config} prints it:
 * every setting, and under {@code keys:} every binding of every context ({@code lists} is not
 * used: each context is written whole). {@link ConfigReader} reads it back to the same settings.
 */
public final class ConfigWriter {

  private ConfigWriter() {}

  /**
   * @param config the settings; never null
   * @param keyMap the keys in force, such as {@code config.keys().applyTo(KeyMap.standard())};
   *     never null
   * @return the YAML text, lines ending in {@code \n}; never null
   */
  public static String write(Config config, KeyMap keyMap) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<String> directories = new ArrayList<>();
    for (Path directory : config.directories()) {
      directories.add(directory.toString());
    }
    root.put("directories", directories);
    root.put("sort", config.sort().label());
    root.put("query", config.query());
    root.put("utc", config.utc());
    root.put("color", config.color().name().toLowerCase(Locale.ROOT));
    root.put("theme", config.theme().name().label());
    Map<String, String> colours = new LinkedHashMap<>();
    config
        .theme()
        .overrides()
        .forEach((element, colour) -> colours.put(element.label(), colour.toString()));
    root.put("colors", colours);
    root.put("state", config.state());
    root.put("cache", config.cache());
    root.put("format", config.format().label());
    root.put("preview", config.preview());
    root.put("mouse", config.mouse());
    root.put("keys", keys(keyMap));
    root.put("commands", commands(config.commands()));
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    options.setWidth(100);
    return new Yaml(options).dump(root);
  }

  /** @return for each context, each action bound there and its keys, in the key map's order */
  private static Map<String, Map<String, List<String>>> keys(KeyMap keyMap) {
    Map<String, Map<String, List<String>>> keys = new LinkedHashMap<>();
    for (Context context : Context.values()) {
      Map<String, List<String>> actions = new LinkedHashMap<>();
      for (KeyMap.Binding binding : keyMap.bindings()) {
        if (binding.contexts().contains(context)) {
          List<String> names =
              actions.computeIfAbsent(name(binding.action()), unused -> new ArrayList<>());
          for (Key key : binding.keys()) {
            names.add(KeyNames.name(key));
          }
        }
      }
      keys.put(Names.name(context), actions);
    }
    return keys;
  }

  /** @return each command as a mapping of its fields */
  private static List<Map<String, Object>> commands(Commands commands) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Commands.Binding binding : commands.bindings()) {
      Map<String, Object> command = new LinkedHashMap<>();
      command.put("key", KeyNames.name(binding.key()));
      command.put("run", binding.command().run());
      command.put("interactive", binding.command().interactive());
      command.put("context", Names.name(binding.context()));
      list.add(command);
    }
    return list;
  }

  private static String name(Action action) {
    return Names.name(action);
  }
}
