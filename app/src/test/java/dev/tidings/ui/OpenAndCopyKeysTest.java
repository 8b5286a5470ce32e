package dev.tidings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import dev.tidings.ui.external.Handover;
import dev.tidings.ui.external.Processes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code o}, {@code y} and {@code Y} through the browser's keys: the OSC 52 bytes written between
 * frames, what the status line says, a terminal browser given the terminal and the screen redrawn
 * whole after it.
 */
class OpenAndCopyKeysTest {

  private final ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 100, 24);
  private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
  private final List<String> log = new ArrayList<>();

  private final Processes processes =
      new Processes() {
        @Override
        public void startDetached(List<String> command) {
          log.add("start " + String.join(" ", command));
        }

        @Override
        public int runOnTerminal(List<String> command) {
          log.add("run " + String.join(" ", command));
          return 0;
        }
      };

  private void use(Map<String, String> env, Handover handover) {
    harness.browser.useUrlTools(UrlTools.of(env, "Linux", processes, handover, raw::writeBytes));
  }

  private String statusLine() {
    String[] lines = harness.screen().split("\n");
    return lines[lines.length - 1];
  }

  @Test
  void yWritesOsc52WithTheUrlAndSaysSo() {
    use(Map.of(), Handover.NONE);
    String url = harness.session.current().orElseThrow().url();

    harness.keys("y");

    String expected =
        "\u001B]52;c;"
            + Base64.getEncoder().encodeToString(url.getBytes(StandardCharsets.UTF_8))
            + "\u0007";
    assertThat(raw.toString(StandardCharsets.US_ASCII)).isEqualTo(expected);
    assertThat(statusLine()).contains("copied the URL (OSC 52)");
  }

  @Test
  void yInsideTmuxWrapsTheSequenceAndSaysThrough() {
    use(Map.of("TMUX", "/tmp/tmux-1/default,1,0"), Handover.NONE);
    harness.keys(" ", " ", " ");

    harness.keys("y");

    String text = String.join("\n", harness.session.marks());
    String expected =
        "\u001BPtmux;\u001B\u001B]52;c;"
            + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
            + "\u0007\u001B\\";
    assertThat(raw.toString(StandardCharsets.US_ASCII)).isEqualTo(expected);
    assertThat(statusLine()).contains("copied 3 URLs (OSC 52 through tmux)");
  }

  @Test
  void bigYCopiesMarkdownLinks() {
    use(Map.of(), Handover.NONE);

    harness.keys("Y");

    String written = raw.toString(StandardCharsets.US_ASCII);
    String base64 = written.substring("\u001B]52;c;".length(), written.length() - 1);
    String title = harness.session.current().orElseThrow().title();
    assertThat(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8))
        .startsWith("[" + title.replace("[", "\\[").replace("]", "\\]") + "](https://");
    assertThat(statusLine()).contains("copied the Markdown link (OSC 52)");
  }

  @Test
  void aTextTooLongForTheClipboardIsRefused() {
    use(Map.of(), Handover.NONE);
    harness.keys("a");

    Clipboard clipboard = new Clipboard(raw::writeBytes, dev.tidings.ui.term.Osc52.Wrapping.PLAIN);
    String message;
    try {
      message = clipboard.copy("x".repeat(75_001), "the text");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }

    assertThat(message)
        .isEqualTo(
            "not copied: the text too long for the clipboard "
                + "(100,004 bytes of base64, at most 100,000)");
    assertThat(raw.size()).isZero();
  }

  @Test
  void oOverSshWithoutADisplaySaysYCopiesAndStartsNothing() {
    use(Map.of("SSH_CONNECTION", "1 2 3 4", "BROWSER", "firefox"), Handover.NONE);

    harness.keys("o");

    assertThat(log).isEmpty();
    assertThat(statusLine()).contains("no browser here (SSH without a display): y copies the URL");
  }

  @Test
  void oStartsAGraphicalBrowserDetached() {
    use(Map.of("BROWSER", "firefox --new-tab %s"), Handover.NONE);
    String url = harness.session.current().orElseThrow().url();

    harness.keys("o");

    assertThat(log).containsExactly("start firefox --new-tab " + url);
    assertThat(statusLine()).contains("opened the article in firefox");
  }

  @Test
  void aTerminalBrowserGetsTheTerminalAndTheScreenIsRedrawnWholeAfter() {
    String before = harness.screen();
    use(
        Map.of("BROWSER", "w3m"),
        Handover.of(
            () -> log.add("suspend"),
            () -> {
              log.add("resume");
              // What the terminal browser left on the terminal, which a delta refresh would keep.
              harness.terminal.setCursorPosition(0, 0);
              harness.terminal.putString("w3m was here");
            }));
    String url = harness.session.current().orElseThrow().url();

    harness.keys("o");

    assertThat(log).containsExactly("suspend", "run w3m " + url, "resume");
    String after = harness.screen();
    assertThat(after).doesNotContain("w3m was here");
    assertThat(after.substring(0, after.lastIndexOf('\n', after.length() - 2)))
        .isEqualTo(before.substring(0, before.lastIndexOf('\n', before.length() - 2)));
    assertThat(statusLine()).contains("opened the article in w3m");
  }
}
