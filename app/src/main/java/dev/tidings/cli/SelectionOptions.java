package dev.tidings.cli;

import dev.tidings.browse.SortOrder;
import dev.tidings.cli.config.Config;
import picocli.CommandLine.Option;

/**
 * The options that choose articles and their order, shared by {@code tidings} and {@code tidings
 * list} (a picocli mixin): {@code --query} and {@code --sort}.
 */
final class SelectionOptions {

  @Option(
      names = "--query",
      paramLabel = "QUERY",
      description =
          "Only the articles that match QUERY (the browser starts with it as its filter): "
              + "today, every word of QUERY in the title, provider or topics, ignoring case.")
  private String query;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      converter = Choices.Sort.class,
      completionCandidates = Choices.SortNames.class,
      description =
          "The order: date (newest first, the default), oldest, quality, heat, provider "
              + "(A-Z, then newest). Articles without a quality or heat go last; ties newest "
              + "first.")
  private SortOrder sort;

  /**
   * Takes the order and the query of the configuration file where the options were not given.
   *
   * @param config the configuration in force; never null
   */
  void useConfig(Config config) {
    if (sort == null) {
      sort = config.sort();
    }
    if (query == null && !config.query().isEmpty()) {
      query = config.query();
    }
  }

  /** @return the text of {@code --query}, or null when it was not given */
  String query() {
    return query;
  }

  /** @return the order of {@code --sort}; {@link SortOrder#DATE} when it was not given */
  SortOrder sort() {
    return sort == null ? SortOrder.DATE : sort;
  }
}
