package dev.tidings.ui.view;

import dev.tidings.browse.BrowseState;
import dev.tidings.browse.Focus;
import dev.tidings.browse.ListCursor;
import dev.tidings.browse.Preview;
import dev.tidings.browse.RelatedItem;
import dev.tidings.model.RelatedStory;
import java.util.List;

/**
 * Draws the related stories pane: two rows per story, first the cursor, mark and link columns and
 * the title, then its provider and date; the provider is cut so that the date always shows. A
 * story whose URL is an article of the corpus is marked with {@link #LINKED}; after the related
 * stories come the articles of the corpus that name the current one as related, marked with
 * {@link #REFERRER}; both are coloured. With no stories the pane is its heading alone.
 */
final class RelatedView {

  /** Rows each related story takes. */
  static final int ROWS_PER_STORY = 2;

  /** Marks a related story that is also an article of the corpus. */
  static final char LINKED = Glyphs.RIGHT_ARROW;

  /** Marks an article of the corpus that names the current one among its related stories. */
  static final char REFERRER = Glyphs.LEFT_ARROW;

  private static final String SEPARATOR = " " + Glyphs.SEPARATOR + " ";

  private RelatedView() {}

  /**
   * @param canvas where to draw
   * @param pane the related stories pane, heading included
   * @param state the session, read only
   * @param dates how dates are written
   */
  static void draw(Canvas canvas, Rect pane, BrowseState state, DateFormats dates) {
    boolean focused = state.focus() == Focus.RELATED;
    List<RelatedItem> items = state.preview().map(Preview::related).orElse(List.of());
    boolean loaded = state.preview().map(p -> p.article() != null).orElse(false);
    PaneHeading.draw(canvas, pane, heading(items, loaded), focused);
    Rect body = pane.below(1);
    ListCursor cursor = state.relatedCursor();
    for (int i = 0; i < body.height(); i++) {
      int row = body.row() + i;
      int index = cursor.top() + i / ROWS_PER_STORY;
      if (index >= items.size()) {
        canvas.text(body.column(), row, body.width(), "", Style.NORMAL);
        continue;
      }
      RelatedItem item = items.get(index);
      boolean current = focused && index == cursor.cursor();
      boolean marked = state.isMarked(item.story().webUrl());
      StyledText text =
          i % ROWS_PER_STORY == 0
              ? first(item, current, marked)
              : second(item.story(), body.width(), dates);
      if (current) {
        text.drawAll(canvas, body.column(), row, body.width(),
            marked ? Style.CURSOR_MARKED : Style.CURSOR);
      } else {
        text.draw(canvas, body.column(), row, body.width(), Style.NORMAL);
      }
    }
  }

  private static String heading(List<RelatedItem> items, boolean loaded) {
    if (items.isEmpty()) {
      return loaded ? "No related stories" : "Related stories";
    }
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

  private static StyledText first(RelatedItem item, boolean current, boolean marked) {
    boolean linked = item.referrer() || item.linked() != null;
    Style title = marked ? Style.MARKED : linked ? Style.LINKED : Style.NORMAL;
    return StyledText.of(current ? ">" : " ", Style.NORMAL)
        .add(marked ? "*" : " ", Style.MARKED)
        .add(String.valueOf(item.referrer() ? REFERRER : linked ? LINKED : ' '), Style.LINKED)
        .add(" ", Style.NORMAL)
        .add(TerminalText.singleLine(item.story().title()), title);
  }

  /** {@code provider · date}, the provider cut to leave the date its room. */
  private static StyledText second(RelatedStory story, int width, DateFormats dates) {
    String provider = TerminalText.singleLine(story.provider().displayName());
    String date = dates.compact(story.publishedDateTime(), null).strip();
    StyledText text = StyledText.of("    ", Style.NORMAL);
    int room = width - 4 - TerminalText.width(SEPARATOR) - TerminalText.width(date);
    if (!provider.isEmpty() && room >= 2) {
      text.add(TerminalText.truncate(provider, room), Style.PROVIDER).add(SEPARATOR, Style.DIM);
    }
    return text.add(date, Style.DATE);
  }
}
