package dev.tidings.ui.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OSC 52 bytes, exactly, plain and wrapped for tmux and GNU screen. */
class Osc52Test {

  /** {@code https://example.com/} in base64 (RFC 4648), checked with {@code base64(1)}. */
  private static final String BASE64 = "aHR0cHM6Ly9leGFtcGxlLmNvbS8=";

  private static String sequence(String text, Osc52.Wrapping wrapping) {
    return new String(Osc52.sequence(text, wrapping), StandardCharsets.US_ASCII);
  }

  @Test
  void theTextIsItsUtf8BytesInBase64() {
    assertThat(Osc52.base64("https://example.com/")).isEqualTo(BASE64);
    assertThat(Osc52.base64("é")).isEqualTo("w6k=");
  }

  @Test
  void plainIsOsc52WithSelectionCEndedByBel() {
    assertThat(sequence("https://example.com/", Osc52.Wrapping.PLAIN))
        .isEqualTo("\u001B]52;c;" + BASE64 + "\u0007");
  }

  @Test
  void tmuxWrapsItInItsPassthroughWithEveryEscDoubled() {
    assertThat(sequence("https://example.com/", Osc52.Wrapping.TMUX))
        .isEqualTo("\u001BPtmux;\u001B\u001B]52;c;" + BASE64 + "\u0007\u001B\\");
  }

  @Test
  void screenWrapsAShortOneInOneDcs() {
    assertThat(sequence("https://example.com/", Osc52.Wrapping.SCREEN))
        .isEqualTo("\u001BP\u001B]52;c;" + BASE64 + "\u0007\u001B\\");
  }

  @Test
  void screenCutsTheBase64IntoPiecesOf76EachInADcsOfItsOwn() {
    String text = "x".repeat(120); // 160 bytes of base64: pieces of 76, 76 and 8
    String base64 = Osc52.base64(text);
    assertThat(base64).hasSize(160);

    assertThat(sequence(text, Osc52.Wrapping.SCREEN))
        .isEqualTo(
            "\u001BP\u001B]52;c;" + base64.substring(0, 76) + "\u001B\\"
                + "\u001BP" + base64.substring(76, 152) + "\u001B\\"
                + "\u001BP" + base64.substring(152) + "\u0007\u001B\\");
  }

  @Test
  void theWrappingComesFromTheEnvironment() {
    assertThat(Osc52.Wrapping.of(Map.of())).isEqualTo(Osc52.Wrapping.PLAIN);
    assertThat(Osc52.Wrapping.of(Map.of("TMUX", "/tmp/tmux-1000/default,1,0", "TERM", "screen")))
        .isEqualTo(Osc52.Wrapping.TMUX);
    assertThat(Osc52.Wrapping.of(Map.of("STY", "1.pts-0.host", "TERM", "screen.xterm-256color")))
        .isEqualTo(Osc52.Wrapping.SCREEN);
    assertThat(Osc52.Wrapping.of(Map.of("STY", "1.pts-0.host", "TERM", "xterm")))
        .as("STY left over in a terminal that is not screen's")
        .isEqualTo(Osc52.Wrapping.PLAIN);
    assertThat(Osc52.Wrapping.of(Map.of("TMUX", "", "TERM", "xterm")))
        .isEqualTo(Osc52.Wrapping.PLAIN);
  }
}
