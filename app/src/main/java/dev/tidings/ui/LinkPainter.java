package dev.tidings.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import dev.tidings.browse.WritableUrls;
import dev.tidings.ui.view.Hyperlink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Makes the cells of a frame that show a URL hyperlinks, with OSC 8 ({@code ESC ] 8 ; ; URL ESC
 * \}, as terminals that support it define it; others ignore it): after Lanterna has written the
 * frame, it writes those cells again, as they are on the screen, between an OSC 8 that opens the
 * link and one that closes it. Lanterna rewrites only the cells that change, and a cell the
 * terminal drew inside a link keeps it until it is written again, so the cells of links that are
 * gone and that Lanterna leaves as they were are written again without one. Nothing is written
 * when the links and their cells are as they were. The cursor and attributes are saved and restored around it (DECSC, DECRC).
 */
final class LinkPainter {

  private static final String ESC = "\u001B";
  private static final String OPEN = ESC + "]8;;";
  private static final String TERMINATOR = ESC + "\\";

  private final LinkOutput output;
  private List<Hyperlink> painted = List.of();
  /** Cells of links that are gone which the refresh leaves as they were, still linked. */
  private final List<Hyperlink> stale = new ArrayList<>();
  private boolean repaint;

  /** @param output where the sequences go; never null */
  LinkPainter(LinkOutput output) {
    this.output = Objects.requireNonNull(output, "output");
  }

  /**
   * Works out, before the screen is refreshed, what {@link #paint} will have to write: the cells
   * of links that are gone and that the refresh will not write (they would keep their link), and
   * whether the new links need writing (they changed, or some of their cells will be written
   * without a link).
   *
   * @param screen the screen, drawn and not yet refreshed
   * @param links the frame's links; never null
   * @param complete whether the refresh writes every cell (after a resize)
   */
  void prepare(Screen screen, List<Hyperlink> links, boolean complete) {
    stale.clear();
    repaint = complete || !links.equals(painted) || changing(screen, links);
    if (complete) {
      return;
    }
    for (Hyperlink old : painted) {
      if (!links.contains(old)) {
        unchangedRuns(screen, old);
      }
    }
  }

  /**
   * Paints the links of a frame just refreshed on the terminal, as {@link #prepare} worked out.
   *
   * @param screen the screen, refreshed
   * @param links the frame's links, as given to {@link #prepare}; never null
   * @throws IOException if the terminal cannot be written
   */
  void paint(Screen screen, List<Hyperlink> links) throws IOException {
    if (!repaint && stale.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder(ESC + "7");
    for (Hyperlink old : stale) {
      cells(out, screen, old);
    }
    if (repaint) {
      for (Hyperlink link : links) {
        boolean linked = linkable(link.url());
        if (linked) {
          out.append(OPEN).append(link.url()).append(TERMINATOR);
        }
        cells(out, screen, link);
        if (linked) {
          out.append(OPEN).append(TERMINATOR);
        }
      }
    }
    out.append(ESC).append("[0m").append(ESC).append('8');
    painted = List.copyOf(links);
    stale.clear();
    output.write(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Adds to {@link #stale} the runs of a gone link's cells that the refresh leaves alone. */
  private void unchangedRuns(Screen screen, Hyperlink old) {
    int from = -1;
    int end = old.column() + old.width();
    for (int column = old.column(); column <= end; column++) {
      boolean same = column < end && !changing(screen, column, old.row());
      if (same && from < 0) {
        from = column;
      } else if (!same && from >= 0) {
        stale.add(new Hyperlink(from, old.row(), column - from, old.url()));
        from = -1;
      }
    }
  }

  /**
   * Whether a URL can go into an OSC 8 sequence as it is: one tidings would write to stdout, and
   * printable ASCII only (the OSC 8 convention wants URIs percent-encoded), so that nothing in it
   * can end the sequence or confuse a terminal.
   */
  static boolean linkable(String url) {
    if (!WritableUrls.isWritable(url)) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }

  /** Whether any cell of the links differs between the back buffer and the terminal. */
  private static boolean changing(Screen screen, List<Hyperlink> links) {
    for (Hyperlink link : links) {
      for (int column = link.column(); column < link.column() + link.width(); column++) {
        if (changing(screen, column, link.row())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean changing(Screen screen, int column, int row) {
    TerminalPosition at = new TerminalPosition(column, row);
    return !Objects.equals(screen.getBackCharacter(at), screen.getFrontCharacter(at));
  }

  /** Writes the cells of a link's area as the screen shows them, each in its own look. */
  private static void cells(StringBuilder out, Screen screen, Hyperlink link) {
    out.append(ESC).append('[').append(link.row() + 1).append(';').append(link.column() + 1)
        .append('H');
    String look = null;
    for (int column = link.column(); column < link.column() + link.width(); column++) {
      TextCharacter cell = screen.getFrontCharacter(column, link.row());
      if (cell == null) {
        break;
      }
      String sgr = sgr(cell);
      if (!sgr.equals(look)) {
        out.append(sgr);
        look = sgr;
      }
      out.append(cell.getCharacterString());
      if (cell.isDoubleWidth()) {
        column++;
      }
    }
  }

  /** The SGR sequence that sets a cell's look from nothing. */
  private static String sgr(TextCharacter cell) {
    StringBuilder sgr = new StringBuilder(ESC + "[0");
    for (SGR modifier : cell.getModifiers()) {
      switch (modifier) {
        case BOLD -> sgr.append(";1");
        case ITALIC -> sgr.append(";3");
        case UNDERLINE -> sgr.append(";4");
        case BLINK -> sgr.append(";5");
        case REVERSE -> sgr.append(";7");
        case CROSSED_OUT -> sgr.append(";9");
        default -> {}
      }
    }
    sgr.append(';').append(new String(cell.getForegroundColor().getForegroundSGRSequence(),
        StandardCharsets.US_ASCII));
    sgr.append(';').append(new String(cell.getBackgroundColor().getBackgroundSGRSequence(),
        StandardCharsets.US_ASCII));
    return sgr.append('m').toString();
  }
}
