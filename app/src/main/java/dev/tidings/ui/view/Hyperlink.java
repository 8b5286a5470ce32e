package dev.tidings.ui.view;

import java.util.Objects;

/**
 * Cells of a drawn frame that show a URL, to be made a hyperlink with OSC 8 by the terminal's
 * owner after the frame is on the terminal (Lanterna's cells cannot carry one).
 *
 * @param column the first column
 * @param row the row
 * @param width the cells' width in columns, 1 or more
 * @param url the URL: absolute http or https, free of white space and control characters; never
 *     null
 */
public record Hyperlink(int column, int row, int width, String url) {

  /** @throws NullPointerException if {@code url} is null */
  public Hyperlink {
    Objects.requireNonNull(url, "url");
  }
}
