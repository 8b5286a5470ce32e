package dev.tidings.ui.view;

import dev.tidings.browse.query.Highlight;
import dev.tidings.browse.query.Query;
import dev.tidings.model.SearchText.Field;
import java.util.List;

/**
 * Text with what the query in force matches drawn as {@link Style#MATCH}: a title, a provider's
 * name or a line of an excerpt, as the query's {@linkplain Query#highlights highlights} for that
 * field say. Each line is matched on its own, so a phrase broken across two wrapped lines is not
 * highlighted.
 */
final class Matches {

  private Matches() {}

  /**
   * Appends sanitized text to a row, the matched ranges as {@link Style#MATCH} and the rest in
   * {@code style}.
   *
   * @param line the row to append to; changed
   * @param sanitized the text as drawn (sanitized, one line); never null
   * @param style the look of the text that is not matched; never null
   * @param query the query in force; never null ({@link Query#ALL} highlights nothing)
   * @param field the field the text is shown for
   * @return {@code line}
   */
  static StyledText add(
      StyledText line, String sanitized, Style style, Query query, Field field) {
    if (query.isEmpty()) {
      return line.add(sanitized, style);
    }
    List<Highlight> ranges = query.highlights(field, sanitized);
    int at = 0;
    for (Highlight range : ranges) {
      line.add(sanitized.substring(at, range.start()), style);
      line.add(sanitized.substring(range.start(), range.end()), Style.MATCH);
      at = range.end();
    }
    return line.add(sanitized.substring(at), style);
  }

  /**
   * @param sanitized the text as drawn (sanitized, one line); never null
   * @param style the look of the text that is not matched; never null
   * @param query the query in force; never null
   * @param field the field the text is shown for
   * @return a row of the text, its matches as {@link Style#MATCH}; never null
   */
  static StyledText of(String sanitized, Style style, Query query, Field field) {
    return add(StyledText.empty(), sanitized, style, query, field);
  }
}
