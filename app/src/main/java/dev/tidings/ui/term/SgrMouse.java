package dev.tidings.ui.term;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Mouse reporting in xterm's SGR encoding (DECSET 1000 with 1006), which Lanterna 3.1 does not
 * decode (its {@code MouseCharacterPattern} reads only the X10 form {@code ESC [ M b x y}): the
 * sequences to turn it on and off, and a pattern for Lanterna's input decoder that reads {@code
 * ESC [ < b ; x ; y M} (a press) or {@code ... m} (a release) into a Lanterna {@link MouseAction}.
 * The button code {@code b} is 0, 1 or 2 for the left, middle or right button (given as buttons
 * 1, 2 and 3), 64 and 65 for the wheel up and down, plus 4, 8 and 16 for Shift, Meta and Ctrl and
 * 32 for a motion; {@code x} and {@code y} are the 1-based column and row, given as a 0-based
 * {@link TerminalPosition}.
 */
final class SgrMouse implements CharacterPattern {

  /** Turns on the reporting of presses, releases and the wheel (1000) in SGR encoding (1006). */
  static final byte[] ON = "\033[?1000h\033[?1006h".getBytes(StandardCharsets.US_ASCII);

  /** Turns the reporting {@link #ON} turned on off again, in the reverse order. */
  static final byte[] OFF = "\033[?1006l\033[?1000l".getBytes(StandardCharsets.US_ASCII);

  /** The longest sequence read: three numbers of up to 5 digits and the punctuation. */
  private static final int MAX_LENGTH = 3 + 3 * 5 + 2 + 1;

  private static final int WHEEL = 64;
  private static final int MOTION = 32;
  private static final int MODIFIERS = 4 | 8 | 16;

  /** @return a decoding profile holding this pattern alone, for {@code InputDecoder.addProfile} */
  static KeyDecodingProfile profile() {
    SgrMouse pattern = new SgrMouse();
    return () -> List.of(pattern);
  }

  @Override
  public Matching match(List<Character> seq) {
    int size = seq.size();
    if (size > MAX_LENGTH) {
      return null;
    }
    String prefix = "\033[<";
    for (int i = 0; i < Math.min(size, prefix.length()); i++) {
      if (seq.get(i) != prefix.charAt(i)) {
        return null;
      }
    }
    int[] numbers = new int[3];
    int index = 0;
    boolean digits = false;
    for (int i = prefix.length(); i < size; i++) {
      char c = seq.get(i);
      if (c >= '0' && c <= '9') {
        numbers[index] = numbers[index] * 10 + (c - '0');
        digits = true;
      } else if (c == ';' && digits && index < 2) {
        index++;
        digits = false;
      } else if ((c == 'M' || c == 'm') && digits && index == 2 && i == size - 1) {
        MouseAction action = action(numbers[0], numbers[1], numbers[2], c == 'M');
        return action == null ? null : new Matching(action);
      } else {
        return null;
      }
    }
    return Matching.NOT_YET;
  }

  /**
   * @param code the button code
   * @param column the 1-based column
   * @param row the 1-based row
   * @param press whether the sequence ends in {@code M}
   * @return the action; null for a position of 0, which no terminal sends
   */
  static MouseAction action(int code, int column, int row, boolean press) {
    if (column < 1 || row < 1) {
      return null;
    }
    TerminalPosition position = new TerminalPosition(column - 1, row - 1);
    int base = code & ~(MODIFIERS | MOTION);
    if ((base & WHEEL) != 0) {
      if (base > WHEEL + 1) {
        // The horizontal wheel: read, so that it types nothing, and left to be ignored.
        return new MouseAction(MouseActionType.MOVE, 0, position);
      }
      boolean down = (base & 1) != 0;
      return new MouseAction(
          down ? MouseActionType.SCROLL_DOWN : MouseActionType.SCROLL_UP,
          down ? 5 : 4,
          position);
    }
    int button = (base & 3) + 1;
    MouseActionType type;
    if ((code & MOTION) != 0) {
      type = button == 4 ? MouseActionType.MOVE : MouseActionType.DRAG;
    } else {
      type = press ? MouseActionType.CLICK_DOWN : MouseActionType.CLICK_RELEASE;
    }
    return new MouseAction(type, button, position);
  }
}
