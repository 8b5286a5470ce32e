package dev.tidings.ui.view;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.screen.Screen;
import dev.tidings.browse.BrowseState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Draws a whole frame from the session's state and the layout: the timeline, the preview and the
 * related stories (or the problems view or the topic or provider list over them), the status line
 * and, when shown, the help overlay on top, in the colours and glyphs of the {@link Appearance}.
 * Reads the state and never changes it; the caller lays the screen out, tells the session its
 * viewport and the extents of what scrolls ({@link #previewLines}, {@link #helpRows}, {@link
 * #helpLines}) first.
 */
public final class FrameView {

  private final Links canvas;
  private final ViewSettings settings;
  private final ShownPaths paths;
  private final List<HelpSection> help;

  /**
   * A frame in the 16 ANSI colours and Unicode, with the system clock and paths relative to the
   * working directory.
   *
   * @param screen the screen to draw on, in its back buffer; never null
   * @param zone the zone dates are shown in; never null
   * @param help the help overlay's sections; never null, copied
   */
  public FrameView(Screen screen, ZoneId zone, List<HelpSection> help) {
    this(screen, ViewSettings.of(zone), help);
  }

  /**
   * @param screen the screen to draw on, in its back buffer; never null
   * @param settings zone, clock, appearance and roots; never null
   * @param help the help overlay's sections; never null, copied
   */
  public FrameView(Screen screen, ViewSettings settings, List<HelpSection> help) {
    Objects.requireNonNull(screen, "screen");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.canvas = new Links(new ScreenCanvas(screen, settings.appearance()));
    this.paths = new ShownPaths(settings.roots(), Path.of("").toAbsolutePath());
    this.help = List.copyOf(help);
  }

  /**
   * @param layout where the panes go; never null
   * @param state the session; never null
   * @return how many lines the preview of the current article has in the layout's preview pane;
   *     0 when the pane has no rows
   */
  public int previewLines(ScreenLayout layout, BrowseState state) {
    if (layout.previewRows() <= 0) {
      return 0;
    }
    return previewLines(layout.preview().width(), state);
  }

  /**
   * @param paneWidth the preview pane's width in columns
   * @param state the session; never null
   * @return how many lines the preview of the current article has in a pane of that width
   */
  public int previewLines(int paneWidth, BrowseState state) {
    return PreviewLines.of(state, PreviewView.textWidth(paneWidth), dates(), paths).size();
  }

  /**
   * @param columns the screen's width
   * @param rows the screen's height
   * @return how many rows of its lines the help overlay shows at once
   */
  public int helpRows(int columns, int rows) {
    return HelpOverlay.rows(columns, rows, help);
  }

  /**
   * @param columns the screen's width
   * @param rows the screen's height
   * @return how many rows of lines the help overlay has on that screen
   */
  public int helpLines(int columns, int rows) {
    return HelpOverlay.lines(columns, rows, help);
  }

  /**
   * Draws the frame in the screen's back buffer; the caller refreshes the screen.
   *
   * @param layout where the panes go, for the screen's size; never null
   * @param state the session; never null
   * @return where the cursor goes and which cells to make hyperlinks; never null
   */
  public DrawnFrame draw(ScreenLayout layout, BrowseState state) {
    canvas.clearLinks();
    DateFormats dates = dates();
    if (state.isProblemsVisible()) {
      ProblemsView.draw(canvas, layout.panes(), state, paths);
    } else if (state.isMarksVisible()) {
      MarksView.draw(canvas, layout.panes(), state, dates);
    } else if (state.facets().isVisible()) {
      FacetView.draw(canvas, layout.panes(), state.facets());
    } else {
      TimelineView.draw(canvas, layout.timeline(), layout.titleCap(), state, dates);
      if (layout.divider() >= 0) {
        for (int row = 0; row < layout.timeline().height(); row++) {
          canvas.put(layout.divider(), row, Glyphs.VERTICAL, Style.BORDER);
        }
      }
      if (layout.preview().height() > 0) {
        int width = PreviewView.textWidth(layout.preview().width());
        PreviewView.draw(
            canvas, layout.preview(), state, PreviewLines.of(state, width, dates, paths));
      }
      RelatedView.draw(canvas, layout.related(), state, dates);
    }
    TerminalPosition cursor = StatusLine.draw(canvas, layout.status(), state);
    if (state.isHelpVisible()) {
      HelpOverlay.draw(canvas, help, state.helpScroll());
      canvas.clearLinks();
      cursor = null;
    }
    List<Hyperlink> links = settings.appearance().hyperlinks() ? canvas.links() : List.of();
    return new DrawnFrame(cursor, links);
  }

  private DateFormats dates() {
    ZoneId zone = settings.zone();
    return new DateFormats(zone, LocalDate.now(settings.clock().withZone(zone)));
  }

  /** A canvas that keeps the links drawn on it. */
  private static final class Links implements Canvas {
    private final Canvas canvas;
    private final List<Hyperlink> links = new ArrayList<>();

    Links(Canvas canvas) {
      this.canvas = canvas;
    }

    List<Hyperlink> links() {
      return List.copyOf(links);
    }

    void clearLinks() {
      links.clear();
    }

    @Override
    public int columns() {
      return canvas.columns();
    }

    @Override
    public int rows() {
      return canvas.rows();
    }

    @Override
    public void put(int column, int row, char c, Style style) {
      canvas.put(column, row, c, style);
    }

    @Override
    public void link(int column, int row, int width, String url) {
      if (width > 0) {
        links.add(new Hyperlink(column, row, width, url));
      }
    }
  }
}
