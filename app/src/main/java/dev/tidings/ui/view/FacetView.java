package dev.tidings.ui.view;

import dev.tidings.browse.FacetList;
import dev.tidings.browse.ListCursor;
import java.util.List;
import java.util.Locale;

/**
 * Draws the topic or provider list over the panes: a heading with the list's name, the text typed
 * to narrow it and how many names it shows, then one name a row, its count first, right-aligned
 * ({@code   412  AI}), with a cursor. The text typed is shown in the heading as typed, sanitized.
 */
final class FacetView {

  private static final String SEPARATOR = " " + Glyphs.SEPARATOR + " ";

  private FacetView() {}

  /**
   * @param canvas where to draw
   * @param area where the view goes: over the panes, heading included
   * @param list the list, read only
   */
  static void draw(Canvas canvas, Rect area, FacetList list) {
    List<FacetList.Entry> entries = list.entries();
    ListCursor cursor = list.cursor();
    PaneHeading.draw(canvas, area, heading(list), true);
    Rect body = area.below(1);
    // The longest count is the first: the list is by count, most first.
    int countWidth = entries.isEmpty() ? 0 : count(entries.get(0).count()).length();
    for (int i = 0; i < body.height(); i++) {
      int row = body.row() + i;
      int index = cursor.top() + i;
      if (entries.isEmpty() && i == 0) {
        canvas.text(body.column(), row, body.width(), "  " + empty(list), Style.NORMAL);
      } else if (index < entries.size()) {
        FacetList.Entry entry = entries.get(index);
        boolean current = index == cursor.cursor();
        String count = count(entry.count());
        StyledText text =
            StyledText.of(current ? "> " : "  ", Style.NORMAL)
                .add(" ".repeat(countWidth - count.length()) + count + "  ", Style.DATE)
                .add(TerminalText.singleLine(entry.name()), Style.NORMAL);
        if (current) {
          text.drawAll(canvas, body.column(), row, body.width(), Style.CURSOR);
        } else {
          text.draw(canvas, body.column(), row, body.width(), Style.NORMAL);
        }
      } else {
        canvas.text(body.column(), row, body.width(), "", Style.NORMAL);
      }
    }
  }

  /**
   * {@code Topics (12) · type to narrow, Enter filters, Tab: providers, Esc closes}, or with text
   * typed {@code Topics with "ai" (3 of 12) · Enter filters, Tab: providers, Esc clears}.
   */
  private static String heading(FacetList list) {
    String other = list.kind().other().title().toLowerCase(Locale.ROOT);
    String title = list.kind().title();
    if (list.typed().isEmpty()) {
      return title + " (" + count(list.total()) + ")" + SEPARATOR
          + "type to narrow, Enter filters, Tab: " + other + ", Esc closes";
    }
    return title + " with \"" + TerminalText.singleLine(list.typed()) + "\" ("
        + count(list.entries().size()) + " of " + count(list.total()) + ")" + SEPARATOR
        + "Enter filters, Tab: " + other + ", Esc clears";
  }

  private static String empty(FacetList list) {
    boolean topics = list.kind() == FacetList.Kind.TOPICS;
    if (list.total() == 0) {
      return topics ? "No topics in the articles shown." : "No providers in the articles shown.";
    }
    return (topics ? "No topic" : "No provider") + " holds \""
        + TerminalText.singleLine(list.typed()) + "\".";
  }

  private static String count(int count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
