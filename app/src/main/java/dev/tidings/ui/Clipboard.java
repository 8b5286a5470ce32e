package dev.tidings.ui;

import dev.tidings.ui.term.Osc52;
import java.io.IOException;
import java.util.Objects;

/**
 * Copies text to the user's clipboard with OSC 52 ({@link Osc52}), always: the terminal that
 * draws tidings sets the clipboard of the machine the user sits at, over SSH too, and no local
 * clipboard tool (wl-copy, xclip, pbcopy) is run. The sequence is written through the screen's raw
 * output on the UI thread between frames, wrapped for tmux or screen as the environment says.
 * Texts whose base64 is longer than {@link Osc52#MAX_BASE64_BYTES} are refused: terminals cap
 * OSC 52 and would drop them, or worse, cut them.
 */
final class Clipboard {

  private final LinkOutput output;
  private final Osc52.Wrapping wrapping;

  /**
   * @param output the terminal's raw output; never null
   * @param wrapping how the sequence reaches the terminal; never null
   */
  Clipboard(LinkOutput output, Osc52.Wrapping wrapping) {
    this.output = Objects.requireNonNull(output, "output");
    this.wrapping = Objects.requireNonNull(wrapping, "wrapping");
  }

  /**
   * @param text the text to copy; never null
   * @param what the words for it, such as {@code 3 URLs}; never null
   * @return the message for the status line, such as {@code copied 3 URLs (OSC 52 through tmux)}
   * @throws IOException if the terminal cannot be written
   */
  String copy(String text, String what) throws IOException {
    int length = Osc52.base64(text).length();
    if (length > Osc52.MAX_BASE64_BYTES) {
      return String.format(
          "not copied: %s too long for the clipboard (%,d bytes of base64, at most %,d)",
          what, length, Osc52.MAX_BASE64_BYTES);
    }
    output.write(Osc52.sequence(text, wrapping));
    return "copied " + what + " (OSC 52" + switch (wrapping) {
      case PLAIN -> ")";
      case TMUX -> " through tmux)";
      case SCREEN -> " through screen)";
    };
  }
}
