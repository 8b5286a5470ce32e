package dev.tidings.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.tidings.browse.BrowseSession;
import dev.tidings.ui.view.DrawnFrame;
import dev.tidings.ui.view.FrameView;
import dev.tidings.ui.view.ScreenLayout;
import java.io.IOException;

/**
 * Brings the screen up to date after a batch of events, on the UI thread: picks up a new terminal
 * size, lays the screen out and tells the session its viewports and the extents of what scrolls,
 * starts loading the articles the new state shows, draws the frame, refreshes the terminal by the
 * cells that changed (all of them after a resize) and makes the frame's URL a hyperlink.
 */
final class ScreenRefresh {

  private final TerminalScreen screen;
  private final BrowseSession session;
  private final FrameView frame;
  private final ArticleLoader loader;
  /** Null when links are not written. */
  private final LinkPainter links;
  /** The layout of the last frame drawn; null before the first. */
  private ScreenLayout drawnLayout;
  /** The terminal was handed over since the last frame: every cell is written again. */
  private boolean redrawAll;

  ScreenRefresh(
      TerminalScreen screen,
      BrowseSession session,
      FrameView frame,
      ArticleLoader loader,
      LinkPainter links) {
    this.screen = screen;
    this.session = session;
    this.frame = frame;
    this.loader = loader;
    this.links = links;
  }

  /** @return the layout of the last frame drawn, where the mouse points; null before the first */
  ScreenLayout layout() {
    return drawnLayout;
  }

  /** Makes the next {@link #run()} redraw every cell: the terminal was handed to a program. */
  void redrawAll() {
    redrawAll = true;
  }

  /** @throws IOException if the terminal cannot be written */
  void run() throws IOException {
    TerminalSize resized = screen.doResizeIfNecessary();
    TerminalSize size = resized != null ? resized : screen.getTerminalSize();
    int columns = size.getColumns();
    int rows = size.getRows();
    loader.load(layOut(columns, rows).timelineHeight());
    // Loading may have shown the article (a cached one at once), which changes the layout.
    ScreenLayout layout = layOut(columns, rows);
    boolean help = session.isHelpVisible();
    session.setScrollExtents(
        layout.previewRows(),
        frame.previewLines(layout, session),
        help ? frame.helpRows(columns, rows) : 1,
        help ? frame.helpLines(columns, rows) : 0);
    DrawnFrame drawn = frame.draw(layout, session);
    drawnLayout = layout;
    screen.setCursorPosition(drawn.cursor());
    // A complete redraw only after a resize or a handover, so that the links know which cells
    // are written.
    boolean complete = resized != null || redrawAll;
    redrawAll = false;
    if (links != null) {
      links.prepare(screen, drawn.links(), complete);
    }
    screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    if (links != null) {
      links.paint(screen, drawn.links());
    }
  }

  /** Lays the screen out for the session as it is and tells the session its viewports. */
  private ScreenLayout layOut(int columns, int rows) {
    ScreenLayout layout =
        ScreenLayout.of(columns, rows, session, width -> frame.previewLines(width, session));
    session.setViewport(layout.timelineRows(), layout.relatedItems());
    session.setProblemsViewport(layout.problemRows());
    session.setMarksViewport(layout.marksRows());
    session.setFacetsViewport(layout.facetRows());
    return layout;
  }
}
