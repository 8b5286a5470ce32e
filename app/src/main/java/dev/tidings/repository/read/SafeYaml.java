package dev.tidings.repository.read;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one home of the safety rules for SnakeYAML, shared by front matter ({@link YamlLoader}) and
 * the configuration file: the limits of {@link Limits} on aliases, nesting and size, no recursive
 * keys, no global tags, and a resolver that keeps every plain scalar a string.
 */
public final class SafeYaml {

  private SafeYaml() {}

  /**
   * @return new loader options with the limits of {@link Limits} (aliases, nesting depth, code
   *     points) and every global tag refused; duplicate keys are left to the caller to decide
   */
  public static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(Limits.MAX_ALIASES);
    options.setNestingDepthLimit(Limits.MAX_NESTING);
    options.setCodePointLimit(Limits.MAX_BYTES);
    options.setAllowRecursiveKeys(false);
    // No global tags: a tag naming a Java class is refused, whatever the constructor.
    options.setTagInspector(tag -> false);
    return options;
  }

  /** @return a resolver with no implicit types: every plain scalar stays a string */
  public static Resolver stringScalars() {
    return new StringScalars();
  }

  private static final class StringScalars extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      // Deliberately none: dates, numbers and booleans are parsed by their readers, not by YAML.
    }
  }
}
