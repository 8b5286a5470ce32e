package dev.tidings.cli.share;

import java.util.ArrayList;
import java.util.List;

/**
 * A section of the README (from its {@code ## Title} line to the next heading of that level) as
 * man page text: paragraphs as {@code .PP}, each row of a table as a tagged paragraph ({@code .TP},
 * the first cell as the tag, the others joined with {@code ": "}).
 */
final class ReadmeSection {

  private ReadmeSection() {}

  /**
   * @param readme the README's lines; never null
   * @param title the section's heading without {@code ## }
   * @return the roff lines of the section; never null
   * @throws IllegalArgumentException if the README has no such section
   */
  static List<String> roff(List<String> readme, String title) {
    int start = readme.indexOf("## " + title);
    if (start < 0) {
      throw new IllegalArgumentException("the README has no section '## " + title + "'");
    }
    List<String> out = new ArrayList<>();
    boolean inParagraph = false;
    for (int i = start + 1; i < readme.size() && !readme.get(i).startsWith("## "); i++) {
      String line = readme.get(i).strip();
      if (line.isEmpty()) {
        inParagraph = false;
      } else if (line.startsWith("|")) {
        inParagraph = false;
        List<String> cells = cells(line);
        if (i > start + 1 && !readme.get(i - 1).strip().startsWith("|")) {
          continue; // the header row
        }
        if (cells.stream().allMatch(cell -> cell.matches("-*"))) {
          continue; // the separator row
        }
        out.add(".TP");
        out.add(Roff.markdown(cells.get(0)));
        out.add(Roff.markdown(String.join(": ", cells.subList(1, cells.size()))));
      } else {
        if (!inParagraph) {
          out.add(".PP");
          inParagraph = true;
        }
        out.add(Roff.markdown(line));
      }
    }
    return out;
  }

  /** The cells of a table row, split at bars that are not escaped, stripped. */
  private static List<String> cells(String row) {
    String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }
}
