package dev.tidings.ui.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Opening: candidates tried in order until one starts; graphical browsers started detached once per
 * URL; a terminal browser run on the terminal, handed over once around all the URLs.
 */
class BrowserLauncherTest {

  /** What happened, in order: starts, runs and handovers. */
  private final List<String> log = new ArrayList<>();

  /** Programs that cannot be started. */
  private final Set<String> missing = new java.util.HashSet<>();

  private final Processes processes =
      new Processes() {
        @Override
        public void startDetached(List<String> command) throws IOException {
          check(command);
          log.add("start " + String.join(" ", command));
        }

        @Override
        public int runOnTerminal(List<String> command) throws IOException {
          check(command);
          log.add("run " + String.join(" ", command));
          return 0;
        }

        private void check(List<String> command) throws IOException {
          if (missing.contains(command.get(0))) {
            throw new IOException("Cannot run program \"" + command.get(0) + "\"");
          }
        }
      };

  private final Handover handover =
      Handover.of(() -> log.add("suspend"), () -> log.add("resume"));

  private BrowserLauncher launcher(Map<String, String> env) {
    return new BrowserLauncher(
        BrowserChoice.choose(env, "Linux", Set.of("xdg-open")::contains), processes, handover);
  }

  @Test
  void aGraphicalBrowserIsStartedDetachedOncePerUrlWithoutAHandover() {
    BrowserLauncher.Result result =
        launcher(Map.of("BROWSER", "firefox --new-tab %s"))
            .open(List.of("https://e.com/1", "https://e.com/2"), "2 articles");

    assertThat(log)
        .containsExactly(
            "start firefox --new-tab https://e.com/1", "start firefox --new-tab https://e.com/2");
    assertThat(result).isEqualTo(new BrowserLauncher.Result("opened 2 articles in firefox", false));
  }

  @Test
  void aTerminalBrowserGetsTheTerminalForAllTheUrlsInTurn() {
    BrowserLauncher.Result result =
        launcher(Map.of("BROWSER", "w3m"))
            .open(List.of("https://e.com/1", "https://e.com/2"), "2 articles");

    assertThat(log)
        .containsExactly("suspend", "run w3m https://e.com/1", "run w3m https://e.com/2", "resume");
    assertThat(result).isEqualTo(new BrowserLauncher.Result("opened 2 articles in w3m", true));
  }

  @Test
  void theNextCandidateIsTriedWhenOneDoesNotStartAndTheTerminalIsTakenBack() {
    missing.add("lynx");

    BrowserLauncher.Result result =
        launcher(Map.of("BROWSER", "lynx:firefox")).open(List.of("https://e.com/1"), "the article");

    assertThat(log).containsExactly("suspend", "resume", "start firefox https://e.com/1");
    assertThat(result.message()).isEqualTo("opened the article in firefox");
    assertThat(result.handedOver()).isTrue();
  }

  @Test
  void xdgOpenIsTheFallback() {
    launcher(Map.of()).open(List.of("https://e.com/1"), "the article");

    assertThat(log).containsExactly("start xdg-open https://e.com/1");
  }

  @Test
  void whenNoneStartsTheFirstFailureIsSaid() {
    missing.add("firefox");
    missing.add("chromium");

    BrowserLauncher.Result result =
        launcher(Map.of("BROWSER", "firefox:chromium")).open(List.of("https://e.com/1"), "it");

    assertThat(log).isEmpty();
    assertThat(result).isEqualTo(new BrowserLauncher.Result("could not start firefox", false));
  }

  @Test
  void overSshWithoutADisplayNothingStartsAndTheMessageSaysYCopies() {
    BrowserLauncher.Result result =
        launcher(Map.of("SSH_CONNECTION", "1 2 3 4", "BROWSER", "firefox"))
            .open(List.of("https://e.com/1"), "the article");

    assertThat(log).isEmpty();
    assertThat(result.message())
        .isEqualTo("no browser here (SSH without a display): y copies the URL");
  }
}
