package dev.tidings.ui.term;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Mouse reporting on {@link TtyTerminal} over byte streams ({@code stty} stubbed): the exact
 * sequences that turn it on and off, on every way out, none at all when it is not asked for, and
 * the SGR sequences read back as Lanterna's mouse actions.
 */
class TtyMouseTest {

  private final ByteArrayOutputStream device = new ByteArrayOutputStream();
  private final GiveBack giveBack = new GiveBack(device, Duration.ofSeconds(30));
  private TtyTerminal terminal;

  @AfterEach
  void close() throws IOException {
    if (terminal != null) {
      terminal.close();
    }
  }

  @Test
  void theSequencesAreSgrReportingOfPressesOnlyAndItsReverse() {
    assertThat(ascii(SgrMouse.ON)).isEqualTo("\u001B[?1000h\u001B[?1006h");
    assertThat(ascii(SgrMouse.OFF)).isEqualTo("\u001B[?1006l\u001B[?1000l");
    assertThat(ascii(GiveBack.SEQUENCE)).contains("\u001B[?1006l").contains("\u001B[?1000l");
  }

  @Test
  void mouseReportingIsTurnedOnThenOffOnSuspendOnAgainOnResumeAndOffOnGivingBack()
      throws IOException {
    terminal = open(new byte[0]);
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    terminal.flush();
    device.reset();

    terminal.enableMouse();
    assertThat(ascii(device.toByteArray())).isEqualTo("\u001B[?1000h\u001B[?1006h");
    device.reset();

    terminal.suspend();
    assertThat(device.toByteArray()).isEqualTo(GiveBack.SEQUENCE);
    device.reset();

    terminal.resume();
    assertThat(ascii(device.toByteArray()))
        .isEqualTo("\u001B[?1049h\u001B[?1000h\u001B[?1006h");
    device.reset();

    terminal.giveBack();
    assertThat(device.toByteArray()).as("the sequence of quitting").isEqualTo(GiveBack.SEQUENCE);
    device.reset();
    terminal.close();
    terminal = null;
    assertThat(device.toByteArray()).as("given back once").isEmpty();
  }

  @Test
  void withoutTheMouseNoMouseSequenceIsEverTurnedOn() throws IOException {
    terminal = open(new byte[0]);
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    screen.newTextGraphics().putString(1, 1, "tidings");
    screen.refresh();
    terminal.suspend();
    terminal.resume();
    screen.refresh(TerminalScreen.RefreshType.COMPLETE);
    terminal.close();
    terminal = null;

    String wire = ascii(device.toByteArray());
    assertThat(wire).contains("tidings");
    for (String mode : List.of("9", "1000", "1002", "1003", "1005", "1006", "1015")) {
      assertThat(wire).doesNotContain("\u001B[?" + mode + "h");
    }
  }

  @Test
  void sgrSequencesAreReadAsMouseActionsBetweenKeys() throws IOException {
    String input =
        "\u001B[<0;5;3M\u001B[<0;5;3m\u001B[<65;10;2M\u001B[<64;1;1Mj"
            + "\u001B[<2;120;40M\u001B[<32;7;8M\u001B[<16;3;4M\u001B[A";
    terminal = open(input.getBytes(StandardCharsets.US_ASCII));
    terminal.enableMouse();

    List<KeyStroke> read = new ArrayList<>();
    for (KeyStroke stroke = terminal.readInput();
        stroke.getKeyType() != KeyType.EOF;
        stroke = terminal.readInput()) {
      read.add(stroke);
    }

    assertThat(read).hasSize(9);
    assertMouse(read.get(0), MouseActionType.CLICK_DOWN, 1, 4, 2);
    assertMouse(read.get(1), MouseActionType.CLICK_RELEASE, 1, 4, 2);
    assertMouse(read.get(2), MouseActionType.SCROLL_DOWN, 5, 9, 1);
    assertMouse(read.get(3), MouseActionType.SCROLL_UP, 4, 0, 0);
    assertThat(read.get(4).getCharacter()).isEqualTo('j');
    assertMouse(read.get(5), MouseActionType.CLICK_DOWN, 3, 119, 39);
    assertMouse(read.get(6), MouseActionType.DRAG, 1, 6, 7);
    assertMouse(read.get(7), MouseActionType.CLICK_DOWN, 1, 2, 3);
    assertThat(read.get(8).getKeyType()).isEqualTo(KeyType.ArrowUp);
  }

  @Test
  void aSequenceThatIsNotSgrMouseIsLeftToTheOtherPatterns() {
    SgrMouse pattern = new SgrMouse();
    assertThat(pattern.match(chars("\u001B[A"))).isNull();
    assertThat(pattern.match(chars("\u001B[<0;5"))).isSameAs(SgrMouse.Matching.NOT_YET);
    assertThat(pattern.match(chars("\u001B[<0;5M"))).as("two numbers").isNull();
    assertThat(pattern.match(chars("\u001B[<;5;3M"))).as("an empty number").isNull();
    assertThat(pattern.match(chars("\u001B[<0;0;3M"))).as("column 0").isNull();
    assertThat(pattern.match(chars("\u001B[<0;5;3Mx"))).isNull();
  }

  private static void assertMouse(
      KeyStroke stroke, MouseActionType type, int button, int column, int row) {
    assertThat(stroke).isInstanceOf(MouseAction.class);
    MouseAction action = (MouseAction) stroke;
    assertThat(action.getActionType()).isEqualTo(type);
    assertThat(action.getButton()).isEqualTo(button);
    assertThat(action.getPosition()).isEqualTo(new TerminalPosition(column, row));
  }

  private static List<Character> chars(String text) {
    return text.chars().mapToObj(c -> (char) c).toList();
  }

  private static String ascii(byte[] bytes) {
    return new String(bytes, StandardCharsets.US_ASCII);
  }

  private TtyTerminal open(byte[] input) throws IOException {
    return new TtyTerminal(new ByteArrayInputStream(input), giveBack.output(), giveBack) {
      @Override
      protected String runSTTYCommand(String... parameters) {
        if (parameters.length == 1 && parameters[0].equals("-g")) {
          return "saved-settings";
        }
        return parameters.length == 1 && parameters[0].equals("size") ? "24 80\n" : "";
      }
    };
  }
}
