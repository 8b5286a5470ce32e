package dev.tidings.ui.view;

import com.googlecode.lanterna.TerminalPosition;
import java.util.List;

/**
 * What drawing a frame leaves for the terminal's owner to do.
 *
 * @param cursor where the terminal cursor goes: after the filter text while the prompt is open,
 *     else null (hidden)
 * @param links the cells to make hyperlinks; empty when the appearance has none; never null
 */
public record DrawnFrame(TerminalPosition cursor, List<Hyperlink> links) {

  /** Copies the links. */
  public DrawnFrame {
    links = List.copyOf(links);
  }
}
