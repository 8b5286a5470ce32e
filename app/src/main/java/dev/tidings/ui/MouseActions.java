package dev.tidings.ui;

import com.googlecode.lanterna.input.MouseAction;
import dev.tidings.browse.Action;
import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Context;
import dev.tidings.browse.Focus;
import dev.tidings.browse.ListCursor;
import dev.tidings.ui.view.PaneHit;
import dev.tidings.ui.view.ScreenLayout;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What a mouse event does to the session, from where it is on the screen as last drawn ({@code
 * --mouse}): the wheel moves the timeline's or the related stories' cursor by {@link #WHEEL_ROWS}
 * items, or scrolls the preview by as many lines, whichever pane is under the pointer; a left
 * press on a timeline row or a related story selects it (its list takes the focus), and a second
 * press on the same screen row within {@link #DOUBLE_CLICK_MILLIS} opens what the first selected:
 * the article in the browser ({@link Action#OPEN}), the related story's article in the timeline
 * ({@link Action#OPEN_LINKED}). Anything else (other buttons, releases, drags, headings, the status line,
 * the mouse while the filter prompt, the help or another view is open) is ignored. UI thread only.
 */
final class MouseActions {

  /** Items or lines one step of the wheel moves. */
  static final int WHEEL_ROWS = 3;

  /** The longest time between the two presses of a double click, in milliseconds. */
  static final long DOUBLE_CLICK_MILLIS = 400;

  /** The left button, as Lanterna numbers it. */
  private static final int LEFT = 1;

  private final LongSupplier millis;
  /** The last press that selected an item; null when none may start a double click. */
  private Press last;

  /** A press that selected an item, on a screen row (0-based), at a time in milliseconds. */
  private record Press(Focus list, int row, long at) {}

  /** @param millis the clock presses are timed with, in milliseconds; never null */
  MouseActions(LongSupplier millis) {
    this.millis = Objects.requireNonNull(millis, "millis");
  }

  /**
   * Changes the session for a mouse event.
   *
   * @param mouse the event; never null
   * @param layout the layout of the frame on the screen; null before the first (then ignored)
   * @param session the session; never null
   * @return the action the session is still to apply (a double click's), if any
   */
  Optional<Action> handle(MouseAction mouse, ScreenLayout layout, BrowseSession session) {
    Context context = session.context();
    if (layout == null || (context != Context.TIMELINE && context != Context.RELATED)) {
      return Optional.empty();
    }
    int column = mouse.getPosition().getColumn();
    int row = mouse.getPosition().getRow();
    Optional<PaneHit> hit = layout.at(column, row);
    if (hit.isEmpty()) {
      return Optional.empty();
    }
    PaneHit.Pane pane = hit.get().pane();
    switch (mouse.getActionType()) {
      case SCROLL_UP -> wheel(pane, -WHEEL_ROWS, session);
      case SCROLL_DOWN -> wheel(pane, WHEEL_ROWS, session);
      case CLICK_DOWN -> {
        if (mouse.getButton() == LEFT) {
          return press(pane, hit.get().line(), row, session);
        }
      }
      default -> {
        // Releases, drags and moves do nothing.
      }
    }
    return Optional.empty();
  }

  private void wheel(PaneHit.Pane pane, int delta, BrowseSession session) {
    last = null;
    switch (pane) {
      case TIMELINE -> session.move(Focus.TIMELINE, delta);
      case RELATED -> session.move(Focus.RELATED, delta);
      case PREVIEW -> {
        Action scroll = delta > 0 ? Action.SCROLL_PREVIEW_DOWN : Action.SCROLL_PREVIEW_UP;
        for (int i = 0; i < Math.abs(delta); i++) {
          session.apply(scroll);
        }
      }
    }
  }

  /**
   * Selects the item pressed on, or opens the one the last press selected when this one is on the
   * same screen row of the same pane soon enough: the first press may change the layout (the
   * related stories pane grows when it takes the focus), and the second is meant for the item
   * that was under the pointer.
   */
  private Optional<Action> press(
      PaneHit.Pane pane, int line, int row, BrowseSession session) {
    Focus list;
    int index;
    ListCursor cursor;
    if (pane == PaneHit.Pane.TIMELINE) {
      list = Focus.TIMELINE;
      cursor = session.timelineCursor();
      index = cursor.top() + line;
    } else if (pane == PaneHit.Pane.RELATED) {
      list = Focus.RELATED;
      cursor = session.relatedCursor();
      index = line < 0 ? -1 : cursor.top() + line / PaneHit.ROWS_PER_STORY;
    } else {
      last = null;
      return Optional.empty();
    }
    if (line < 0 || index >= cursor.size()) {
      last = null;
      return Optional.empty();
    }
    long now = millis.getAsLong();
    Press previous = last;
    if (previous != null
        && previous.list() == list
        && previous.row() == row
        && session.focus() == list
        && now - previous.at() <= DOUBLE_CLICK_MILLIS) {
      last = null;
      return Optional.of(list == Focus.TIMELINE ? Action.OPEN : Action.OPEN_LINKED);
    }
    session.select(list, index);
    last = session.focus() == list ? new Press(list, row, now) : null;
    return Optional.empty();
  }
}
