package dev.tidings.browse;

/**
 * Writes the qualifier that finds the rows of a topic or a provider, for the topic and provider
 * lists' Enter, and adds it to a filter's text. The value is always quoted. The query language has
 * no escape inside a phrase (a phrase ends at the next {@code "}: see {@code
 * browse/query/QueryParser}), so a {@code "} in a name is written as {@code ”} (U+201D), which the
 * query folds to {@code "} as it folds the rows' names ({@link dev.tidings.model.Folding}): the
 * qualifier matches the name exactly as folded. White space and control characters are written as
 * a space, which folding makes of them too.
 */
final class FacetQualifier {

  private FacetQualifier() {}

  /**
   * @param kind topics or providers; never null
   * @param name the topic's or provider's name, not blank; never null
   * @return {@code topic:"NAME"} for a topic (the topic's whole name); {@code provider:^"NAME"$}
   *     for a provider: the provider's whole name, not any provider whose name holds it, so that
   *     the rows it finds are the rows the list counted
   */
  static String of(FacetList.Kind kind, String name) {
    String value = quoted(name);
    return kind == FacetList.Kind.TOPICS ? "topic:" + value : "provider:^" + value + "$";
  }

  /**
   * @param filter the filter's text in force; never null
   * @param qualifier a qualifier; never null
   * @return the qualifier alone when the filter is blank, else the filter's text (without trailing
   *     white space), a space and the qualifier
   */
  static String appended(String filter, String qualifier) {
    String kept = filter.stripTrailing();
    return kept.isEmpty() ? qualifier : kept + " " + qualifier;
  }

  private static String quoted(String name) {
    StringBuilder text = new StringBuilder(name.length() + 2).append('"');
    name.codePoints()
        .forEach(
            c -> {
              if (c == '"') {
                text.append('\u201D');
              } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                text.append(' ');
              } else {
                text.appendCodePoint(c);
              }
            });
    return text.append('"').toString();
  }
}
