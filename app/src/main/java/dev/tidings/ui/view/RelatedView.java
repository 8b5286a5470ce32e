package dev.tidings.ui.view;

import dev.tidings.browse.BrowseState;
import dev.tidings.browse.Focus;
import dev.tidings.browse.ListCursor;
import dev.tidings.browse.Preview;
import dev.tidings.browse.RelatedItem;
import dev.tidings.model.RelatedStory;
import java.time.ZoneId;
import java.util.List;

/**
 * Draws the related stories pane: two rows per story, first the cursor, mark and link columns and
 * the title, then its provider and date. A story whose URL is an article of the corpus is marked
 * with {@link #LINKED}; after the related stories come the articles of the corpus that name the
 * current one as related, marked with {@link #REFERRER}.
 */
final class RelatedView {

  /** Rows each related story takes. */
  static final int ROWS_PER_STORY = 2;

  /** Marks a related story that is also an article of the corpus. */
  static final char LINKED = '\u2192';

  /** Marks an article of the corpus that names the current one among its related stories. */
  static final char REFERRER = '\u2190';

  private RelatedView() {}

  /**
   * @param canvas where to draw
   * @param pane the related stories pane, heading included
   * @param state the session, read only
   * @param zone the zone dates are shown in
   */
  static void draw(Canvas canvas, Rect pane, BrowseState state, ZoneId zone) {
    boolean focused = state.focus() == Focus.RELATED;
    List<RelatedItem> items = state.preview().map(Preview::related).orElse(List.of());
    PaneHeading.draw(canvas, pane, heading(items), focused);
    Rect body = pane.below(1);
    ListCursor cursor = state.relatedCursor();
    boolean loaded = state.preview().map(p -> p.article() != null).orElse(false);
    for (int i = 0; i < body.height(); i++) {
      int row = body.row() + i;
      int index = cursor.top() + i / ROWS_PER_STORY;
      if (items.isEmpty() || index >= items.size()) {
        String text = i == 0 && loaded && items.isEmpty() ? "  No related stories." : "";
        canvas.text(body.column(), row, body.width(), text, Style.NORMAL);
        continue;
      }
      RelatedItem item = items.get(index);
      boolean current = focused && index == cursor.cursor();
      Style style = current ? Style.CURSOR : Style.NORMAL;
      String text = i % ROWS_PER_STORY == 0 ? first(item, current, state) : second(item, zone);
      SanitizedText.draw(canvas, body.column(), row, body.width(), text, style);
    }
  }

  private static String heading(List<RelatedItem> items) {
    long referrers = items.stream().filter(RelatedItem::referrer).count();
    long linked = items.stream().filter(item -> !item.referrer() && item.linked() != null).count();
    String heading = "Related stories (" + (items.size() - referrers);
    if (linked > 0) {
      heading += ", " + LINKED + " " + linked + " in timeline";
    }
    if (referrers > 0) {
      heading += ", " + REFERRER + " " + referrers + " referring";
    }
    return heading + ")";
  }

  private static String first(RelatedItem item, boolean current, BrowseState state) {
    RelatedStory story = item.story();
    return (current ? ">" : " ")
        + (state.isMarked(story.webUrl()) ? "*" : " ")
        + (item.referrer() ? REFERRER : item.linked() != null ? LINKED : ' ')
        + " "
        + TerminalText.singleLine(story.title());
  }

  private static String second(RelatedItem item, ZoneId zone) {
    RelatedStory story = item.story();
    String provider = TerminalText.singleLine(story.provider().displayName());
    String date = DateFormats.dateTime(story.publishedDateTime(), zone).strip();
    return "    " + (provider.isEmpty() ? date : provider + " \u00B7 " + date);
  }
}
