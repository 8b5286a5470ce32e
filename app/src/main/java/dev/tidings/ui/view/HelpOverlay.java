package dev.tidings.ui.view;

import dev.tidings.browse.Scroll;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the help overlay: sections of keys and what they do, in a box in the middle of the
 * screen; in two columns when one does not fit the height and two fit the width. When even that
 * does not fit, the help scrolls (the list keys move it) and its footer says how many lines are
 * above and below. It draws plain data: which keys there are is for the caller to say (the UI
 * derives the sections from its key map).
 */
final class HelpOverlay {

  private static final int KEY_COLUMNS = 14;
  private static final int ACTION_COLUMNS = 20;
  private static final int ENTRY_COLUMNS = 2 + KEY_COLUMNS + 1 + ACTION_COLUMNS;
  private static final int COLUMN_GAP = 2;
  private static final String CLOSES = "Any other key closes this help.";

  private HelpOverlay() {}

  /** The help's lines in one or two columns, and the rows of the box that show them. */
  private record Layout(List<List<StyledText>> columns, int lines, int rows) {}

  /**
   * @param columns the screen's width
   * @param rows the screen's height
   * @param sections the help's sections
   * @return how many rows of lines the help shows at once, at least 1
   */
  static int rows(int columns, int rows, List<HelpSection> sections) {
    return Math.max(1, layout(columns, rows, sections).rows());
  }

  /**
   * @param columns the screen's width
   * @param rows the screen's height
   * @param sections the help's sections
   * @return how many rows of lines the help has for that screen
   */
  static int lines(int columns, int rows, List<HelpSection> sections) {
    return layout(columns, rows, sections).lines();
  }

  /**
   * Draws the overlay over whatever the canvas shows.
   *
   * @param canvas where to draw; the box is centred on it
   * @param sections the sections in order; a section without entries is left out
   * @param scroll where the help is scrolled to
   */
  static void draw(Canvas canvas, List<HelpSection> sections, Scroll scroll) {
    Layout layout = layout(canvas.columns(), canvas.rows(), sections);
    List<List<StyledText>> columns = layout.columns();
    int shown = Math.max(0, layout.rows());
    boolean scrolls = layout.lines() > shown;
    int offset = Math.max(0, Math.min(scroll.offset(), layout.lines() - shown));
    int innerWidth = columns.size() * ENTRY_COLUMNS + (columns.size() - 1) * COLUMN_GAP;
    int boxWidth = Math.min(canvas.columns(), innerWidth + 4);
    int boxHeight = Math.min(canvas.rows(), shown + (scrolls ? 3 : 4));
    int left = Math.max(0, (canvas.columns() - boxWidth) / 2);
    int top = Math.max(0, (canvas.rows() - boxHeight) / 2);
    frame(canvas, new Rect(left, top, boxWidth, boxHeight));
    for (int c = 0; c < columns.size(); c++) {
      List<StyledText> column = columns.get(c);
      int x = left + 2 + c * (ENTRY_COLUMNS + COLUMN_GAP);
      int width = Math.min(ENTRY_COLUMNS, left + boxWidth - 2 - x);
      for (int r = 0; r < shown && offset + r < column.size(); r++) {
        column.get(offset + r).draw(canvas, x, top + 1 + r, width, Style.NORMAL);
      }
    }
    if (boxHeight >= 3) {
      int below = Math.max(0, layout.lines() - offset - shown);
      String footer = scrolls ? footer(offset, below) : CLOSES;
      canvas.text(left + 2, top + boxHeight - 2, boxWidth - 4, footer, Style.DIM);
    }
  }

  /** {@code j/k ↑2 ↓12 · other keys close}: the keys that scroll, the lines above and below. */
  private static String footer(int above, int below) {
    StringBuilder footer = new StringBuilder("j/k ");
    if (above > 0) {
      footer.append(Glyphs.UP_ARROW).append(above).append(' ');
    }
    if (below > 0) {
      footer.append(Glyphs.DOWN_ARROW).append(below).append(' ');
    }
    return footer.append(Glyphs.SEPARATOR).append(" other keys close").toString();
  }

  private static Layout layout(int columns, int rows, List<HelpSection> sections) {
    List<List<StyledText>> blocks = new ArrayList<>();
    for (HelpSection section : sections) {
      if (section.entries().isEmpty()) {
        continue;
      }
      List<StyledText> lines = new ArrayList<>();
      lines.add(StyledText.of(TerminalText.sanitize(section.title()), Style.TITLE));
      for (HelpSection.Entry entry : section.entries()) {
        lines.add(
            StyledText.of("  ", Style.NORMAL)
                .add(TerminalText.fit(TerminalText.sanitize(entry.keys()), KEY_COLUMNS), Style.KEY)
                .add(" ", Style.NORMAL)
                .add(
                    TerminalText.truncate(
                        TerminalText.sanitize(entry.description()), ACTION_COLUMNS),
                    Style.NORMAL));
      }
      blocks.add(lines);
    }
    List<StyledText> all = join(blocks, 0, blocks.size());
    int roomWithGap = rows - 4;
    boolean twoFit = columns >= 2 * ENTRY_COLUMNS + COLUMN_GAP + 4;
    List<List<StyledText>> split =
        all.size() <= roomWithGap || !twoFit || blocks.size() < 2 ? List.of(all) : split(blocks);
    int lines = split.stream().mapToInt(List::size).max().orElse(0);
    int shown = lines <= roomWithGap ? lines : rows - 3;
    return new Layout(split, lines, shown);
  }

  /** Two columns, split between sections where the taller one is shortest. */
  private static List<List<StyledText>> split(List<List<StyledText>> sections) {
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

  private static List<StyledText> join(List<List<StyledText>> sections, int from, int to) {
    List<StyledText> lines = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (!lines.isEmpty()) {
        lines.add(StyledText.empty());
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
    String title = Glyphs.LINE + " Keys ";
    String horizontal = String.valueOf(Glyphs.LINE).repeat(box.width() - 2);
    SanitizedText.draw(canvas, box.column(), box.row(), box.width(),
        Glyphs.TOP_LEFT + (title + horizontal).substring(0, box.width() - 2) + Glyphs.TOP_RIGHT,
        Style.BORDER);
    SanitizedText.draw(canvas, box.column(), bottom, box.width(),
        Glyphs.BOTTOM_LEFT + horizontal + Glyphs.BOTTOM_RIGHT, Style.BORDER);
    if (box.width() >= 8) {
      canvas.text(box.column() + 3, box.row(), 4, "Keys", Style.TITLE);
    }
    for (int row = box.row() + 1; row < bottom; row++) {
      canvas.put(box.column(), row, Glyphs.VERTICAL, Style.BORDER);
      canvas.put(right, row, Glyphs.VERTICAL, Style.BORDER);
    }
  }
}
