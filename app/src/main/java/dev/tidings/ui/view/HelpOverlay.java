package dev.tidings.ui.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws the help overlay: sections of keys and what they do, in a box in the middle of the
 * screen; in two columns when one does not fit the height. It draws plain data: which keys there
 * are is for the caller to say (the UI derives the sections from its key map).
 */
final class HelpOverlay {

  private static final int KEY_COLUMNS = 14;
  private static final int ACTION_COLUMNS = 20;
  private static final int ENTRY_COLUMNS = 2 + KEY_COLUMNS + 1 + ACTION_COLUMNS;
  private static final String FOOTER = "Any other key closes this help.";

  private record Line(String text, Style style) {}

  private HelpOverlay() {}

  /**
   * Draws the overlay over whatever the canvas shows.
   *
   * @param canvas where to draw; the box is centred on it
   * @param sections the sections in order; a section without entries is left out
   */
  static void draw(Canvas canvas, List<HelpSection> sections) {
    List<List<Line>> blocks = new ArrayList<>();
    for (HelpSection section : sections) {
      if (section.entries().isEmpty()) {
        continue;
      }
      List<Line> lines = new ArrayList<>();
      lines.add(new Line(section.title(), Style.BOLD));
      for (HelpSection.Entry entry : section.entries()) {
        lines.add(
            new Line(
                "  "
                    + TerminalText.fit(TerminalText.sanitize(entry.keys()), KEY_COLUMNS)
                    + " "
                    + TerminalText.truncate(
                        TerminalText.sanitize(entry.description()), ACTION_COLUMNS),
                Style.NORMAL));
      }
      blocks.add(lines);
    }
    int room = canvas.rows() - 4;
    List<List<Line>> columns = split(blocks, room);
    int height = columns.stream().mapToInt(List::size).max().orElse(0);
    int innerWidth = columns.size() * ENTRY_COLUMNS + (columns.size() - 1) * 2;
    int boxWidth = Math.min(canvas.columns(), innerWidth + 4);
    int boxHeight = Math.min(canvas.rows(), height + 4);
    int left = Math.max(0, (canvas.columns() - boxWidth) / 2);
    int top = Math.max(0, (canvas.rows() - boxHeight) / 2);
    Rect box = new Rect(left, top, boxWidth, boxHeight);
    frame(canvas, box);
    for (int c = 0; c < columns.size(); c++) {
      List<Line> column = columns.get(c);
      int x = left + 2 + c * (ENTRY_COLUMNS + 2);
      for (int r = 0; r < column.size() && top + 1 + r < top + boxHeight - 2; r++) {
        Line line = column.get(r);
        int width = Math.min(ENTRY_COLUMNS, left + boxWidth - 2 - x);
        SanitizedText.draw(canvas, x, top + 1 + r, width, line.text(), line.style());
      }
    }
    if (boxHeight >= 3) {
      canvas.text(left + 2, top + boxHeight - 2, boxWidth - 4, FOOTER, Style.NORMAL);
    }
  }

  /** One column when it fits {@code room} rows, else two, split between sections. */
  private static List<List<Line>> split(List<List<Line>> sections, int room) {
    List<Line> all = join(sections, 0, sections.size());
    if (all.size() <= room) {
      return List.of(all);
    }
    int best = 1;
    int bestHeight = Integer.MAX_VALUE;
    for (int at = 1; at < sections.size(); at++) {
      int height =
          Math.max(join(sections, 0, at).size(), join(sections, at, sections.size()).size());
      if (height < bestHeight) {
        bestHeight = height;
        best = at;
      }
    }
    return List.of(join(sections, 0, best), join(sections, best, sections.size()));
  }

  private static List<Line> join(List<List<Line>> sections, int from, int to) {
    List<Line> lines = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (!lines.isEmpty()) {
        lines.add(new Line("", Style.NORMAL));
      }
      lines.addAll(sections.get(i));
    }
    return lines;
  }

  private static void frame(Canvas canvas, Rect box) {
    canvas.clear(box, Style.NORMAL);
    if (box.width() < 2 || box.height() < 2) {
      return;
    }
    int right = box.column() + box.width() - 1;
    int bottom = box.row() + box.height() - 1;
    String title = "\u2500 Keys ";
    String horizontal = "\u2500".repeat(box.width() - 2);
    canvas.text(box.column(), box.row(), box.width(),
        "\u250C" + (title + horizontal).substring(0, box.width() - 2) + "\u2510",
        Style.BOLD);
    canvas.text(box.column(), bottom, box.width(), "\u2514" + horizontal + "\u2518", Style.BOLD);
    for (int row = box.row() + 1; row < bottom; row++) {
      canvas.put(box.column(), row, '\u2502', Style.BOLD);
      canvas.put(right, row, '\u2502', Style.BOLD);
    }
  }
}
