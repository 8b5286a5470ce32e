package dev.tidings.ui.view;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.screen.Screen;
import dev.tidings.browse.BrowseState;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Draws a whole frame from the session's state and the layout: the timeline, the preview and the
 * related stories (or the problems view over them), the status line and, when shown, the help
 * overlay on top. Reads the state and never changes it; the caller lays the screen out and sets
 * the session's viewport first.
 */
public final class FrameView {

  private final Canvas canvas;
  private final ZoneId zone;
  private final List<HelpSection> help;

  /**
   * @param screen the screen to draw on, in its back buffer; never null
   * @param zone the zone dates are shown in; never null
   * @param help the help overlay's sections; never null, copied
   */
  public FrameView(Screen screen, ZoneId zone, List<HelpSection> help) {
    this.canvas = new ScreenCanvas(Objects.requireNonNull(screen, "screen"));
    this.zone = Objects.requireNonNull(zone, "zone");
    this.help = List.copyOf(help);
  }

  /**
   * Draws the frame in the screen's back buffer; the caller refreshes the screen.
   *
   * @param layout where the panes go, for the screen's size; never null
   * @param state the session; never null
   * @return where the terminal cursor goes: after the filter text while the prompt is open, else
   *     null (hidden)
   */
  public TerminalPosition draw(ScreenLayout layout, BrowseState state) {
    if (state.isProblemsVisible()) {
      ProblemsView.draw(canvas, layout.panes(), state);
    } else {
      TimelineView.draw(canvas, layout.timeline(), state, zone);
      if (layout.divider() >= 0) {
        for (int row = 0; row < layout.timeline().height(); row++) {
          canvas.put(layout.divider(), row, '\u2502', Style.NORMAL);
        }
      }
      PreviewView.draw(canvas, layout.preview(), state, zone);
      RelatedView.draw(canvas, layout.related(), state, zone);
    }
    TerminalPosition cursor = StatusLine.draw(canvas, layout.status(), state);
    if (state.isHelpVisible()) {
      HelpOverlay.draw(canvas, help);
      cursor = null;
    }
    return cursor;
  }
}
