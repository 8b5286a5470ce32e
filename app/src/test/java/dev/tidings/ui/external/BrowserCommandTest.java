package dev.tidings.ui.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code $BROWSER} as the BROWSER convention reads it, split without a shell. */
class BrowserCommandTest {

  private static final String URL = "https://example.com/a?b=1&c=%20;$(rm -rf ~)";

  @Test
  void percentSIsWhereTheUrlGoesAsOneArgument() {
    assertThat(BrowserCommand.parse("firefox --new-tab %s").argv(URL))
        .containsExactly("firefox", "--new-tab", URL);
  }

  @Test
  void percentSInsideAWordIsReplacedThere() {
    assertThat(BrowserCommand.parse("open-url --url=%s").argv("https://e.com/x"))
        .containsExactly("open-url", "--url=https://e.com/x");
  }

  @Test
  void doublePercentIsALiteralPercentAndAnyOtherPercentIsKept() {
    assertThat(BrowserCommand.parse("b --title=100%% --x=%d %s").argv("https://e.com/%41"))
        .containsExactly("b", "--title=100%", "--x=%d", "https://e.com/%41");
    assertThat(BrowserCommand.parse("b %%s").argv("https://e.com/"))
        .as("%%s is a literal %s, so the URL is appended")
        .containsExactly("b", "%s", "https://e.com/");
  }

  @Test
  void withoutPercentSTheUrlIsAppended() {
    assertThat(BrowserCommand.parse("  w3m   -o  display_link=1 ").argv(URL))
        .containsExactly("w3m", "-o", "display_link=1", URL);
  }

  @Test
  void aUrlHoldingPercentSIsNotScannedAgain() {
    assertThat(BrowserCommand.parse("b %s").argv("https://e.com/%s%%"))
        .containsExactly("b", "https://e.com/%s%%");
  }

  @Test
  void quotesAreNotSpecialAndNothingGoesThroughAShell() {
    assertThat(BrowserCommand.parse("sh -c 'echo %s'").argv("https://e.com/;x"))
        .containsExactly("sh", "-c", "'echo", "https://e.com/;x'");
  }

  @Test
  void aColonSeparatedListIsTriedInOrderWithBlankEntriesLeftOut() {
    List<BrowserCommand> commands = BrowserCommand.parseList("firefox %s::w3m: ");

    assertThat(commands)
        .containsExactly(
            new BrowserCommand(List.of("firefox", "%s")), new BrowserCommand(List.of("w3m")));
    assertThat(BrowserCommand.parseList(null)).isEmpty();
    assertThat(BrowserCommand.parseList("")).isEmpty();
  }

  @Test
  void theKnownTerminalBrowsersAreKnownByTheirFileName() {
    assertThat(BrowserCommand.parse("/usr/bin/w3m").isTerminalBrowser()).isTrue();
    assertThat(BrowserCommand.parse("lynx -accept_all_cookies").isTerminalBrowser()).isTrue();
    assertThat(BrowserCommand.parse("elinks").isTerminalBrowser()).isTrue();
    assertThat(BrowserCommand.parse("links").isTerminalBrowser()).isTrue();
    assertThat(BrowserCommand.parse("firefox").isTerminalBrowser()).isFalse();
    assertThat(BrowserCommand.parse("/opt/w3m-wrapper").name()).isEqualTo("w3m-wrapper");
  }

  @Test
  void aCommandNeedsAProgram() {
    assertThatThrownBy(() -> new BrowserCommand(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
