package dev.tidings.repository.read;

import dev.tidings.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * One thread's SnakeYAML for front matter: {@link SafeConstructor} only, limits on aliases,
 * nesting and size, no global tags, every scalar kept as a string, and the keys the top-level
 * mapping gives twice noted rather than logged. Not thread-safe: {@link ArticleReader} keeps one
 * per thread.
 */
final class YamlLoader {

  /** A top-level key given again, on {@code line}, first given on {@code firstLine}. */
  record Duplicate(String key, int line, int firstLine) {}

  private final DuplicateKeys constructor;
  private final Yaml yaml;

  YamlLoader() {
    LoaderOptions options = SafeYaml.loaderOptions();
    // Duplicate keys are kept (the last value wins) and noted by DuplicateKeys, not logged.
    options.setAllowDuplicateKeys(true);
    options.setWarnOnDuplicateKeys(false);
    DumperOptions dumperOptions = new DumperOptions();
    constructor = new DuplicateKeys(options);
    yaml =
        new Yaml(
            constructor,
            new Representer(dumperOptions),
            dumperOptions,
            options,
            SafeYaml.stringScalars());
  }

  /**
   * @param frontMatter the YAML text of a front matter block, which starts on line 2 of its file
   * @return the document, with every scalar a string; null for an empty one
   * @throws ArticleFormatException ({@link Problem.Kind#INVALID_YAML}) if it is not YAML or
   *     breaks a limit
   */
  Object load(String frontMatter) throws ArticleFormatException {
    constructor.reset();
    try {
      return yaml.load(frontMatter);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 2;
      throw new ArticleFormatException(
          Problem.Kind.INVALID_YAML, "invalid YAML: " + firstLine(e.getProblem()), line);
    } catch (YAMLException e) {
      throw new ArticleFormatException(
          Problem.Kind.INVALID_YAML, "invalid YAML: " + firstLine(e.getMessage()), 0);
    }
  }

  /** @return the top-level keys the last {@link #load} found given twice, in file order */
  List<Duplicate> duplicates() {
    return constructor.duplicates;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  /**
   * A {@link SafeConstructor} that notes the keys the top-level mapping gives twice. (SnakeYAML
   * can only refuse duplicate keys or log them; a file is not refused for one.)
   */
  private static final class DuplicateKeys extends SafeConstructor {
    final List<Duplicate> duplicates = new ArrayList<>(0);
    private int depth;

    DuplicateKeys(LoaderOptions options) {
      super(options);
    }

    void reset() {
      duplicates.clear();
      depth = 0;
    }

    @Override
    protected void constructMapping2ndStep(MappingNode node, Map<Object, Object> mapping) {
      if (depth == 0) {
        Map<String, Integer> lines = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
          if (tuple.getKeyNode() instanceof ScalarNode key) {
            int line = key.getStartMark().getLine() + 2;
            Integer first = lines.putIfAbsent(key.getValue(), line);
            if (first != null) {
              duplicates.add(new Duplicate(key.getValue(), line, first));
            }
          }
        }
      }
      depth++;
      try {
        super.constructMapping2ndStep(node, mapping);
      } finally {
        depth--;
      }
    }
  }
}
