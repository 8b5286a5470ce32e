package dev.tidings.ui.term;

import static org.assertj.core.api.Assertions.assertThat;

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
 * What {@link TtyTerminal} writes, byte for byte, over a byte stream instead of {@code /dev/tty}
 * ({@code stty} stubbed): every character as exactly its UTF-8 bytes.
 */
class TtyTerminalTest {

  /** Two-byte characters (the ones Lanterna 3.1.5 followed with a NUL), then three and one. */
  private static final String TEXT = "·é\u00A0ΩжШ 商汤 ok";

  private final ByteArrayOutputStream device = new ByteArrayOutputStream();
  private final List<String> stty = new ArrayList<>();
  private final GiveBack giveBack = new GiveBack(device, Duration.ofSeconds(30));
  private TtyTerminal terminal;

  @AfterEach
  void close() throws IOException {
    if (terminal != null) {
      terminal.close();
    }
  }

  @Test
  void charactersAreWrittenAsExactlyTheirUtf8Bytes() throws IOException {
    terminal = open();

    terminal.putString(TEXT);
    terminal.flush();

    assertThat(device.toByteArray()).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyCharacterOfTheBmpIsItsUtf8EncodingAndALoneSurrogateAQuestionMark() throws IOException {
    terminal = open();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      byte[] expected =
          Character.isSurrogate(c)
              ? new byte[] {'?'}
              : String.valueOf(c).getBytes(StandardCharsets.UTF_8);
      assertThat(terminal.translateCharacter(c)).as("U+%04X", (int) c).isEqualTo(expected);
    }
  }

  @Test
  void aScreenDrawingGreekAndCjkSendsNoNulByte() throws IOException {
    terminal = open();
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    screen.newTextGraphics().putString(2, 1, TEXT);
    screen.refresh();
    terminal.flush();

    byte[] written = device.toByteArray();
    assertThat(written).doesNotContain((byte) 0);
    String wire = new String(written, StandardCharsets.UTF_8);
    assertThat(wire).contains("·é\u00A0ΩжШ").contains("商").contains("汤").doesNotContain("\uFFFD");
  }

  @Test
  void suspendGivesTheTerminalBackAsOnQuittingAndResumeTakesItAgain() throws IOException {
    terminal = open();
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    terminal.flush();
    device.reset();
    List<String> atStart = List.copyOf(stty);
    stty.clear();

    terminal.suspend();

    assertThat(device.toByteArray()).as("the sequence of quitting").isEqualTo(GiveBack.SEQUENCE);
    assertThat(stty).as("the settings saved at start restored").containsExactly("saved-settings");
    device.reset();
    stty.clear();

    terminal.resume();

    assertThat(stty)
        .containsExactly("-icanon", "min 1", "-echo", "intr undef quit undef susp undef");
    assertThat(stty)
        .as("as Lanterna set it at start, but for reading the size and saving the settings")
        .isEqualTo(
            atStart.stream().filter(s -> !s.equals("-g") && !s.equals("size")).toList());
    assertThat(new String(device.toByteArray(), StandardCharsets.US_ASCII))
        .isEqualTo("\u001B[?1049h");

    terminal.close();
    assertThat(stty).as("quitting after a handover restores once more").endsWith("saved-settings");
    terminal = null;
  }

  private TtyTerminal open() throws IOException {
    return new TtyTerminal(new ByteArrayInputStream(new byte[0]), giveBack.output(), giveBack) {
      @Override
      protected String runSTTYCommand(String... parameters) {
        stty.add(String.join(" ", parameters));
        if (parameters.length == 1 && parameters[0].equals("-g")) {
          return "saved-settings";
        }
        return parameters.length == 1 && parameters[0].equals("size") ? "24 80\n" : "";
      }
    };
  }
}
