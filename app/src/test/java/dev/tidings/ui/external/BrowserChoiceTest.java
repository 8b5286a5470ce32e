package dev.tidings.ui.external;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.ui.external.BrowserChoice.Candidate;
import dev.tidings.ui.external.BrowserChoice.Choice;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which browsers {@code o} tries, by the environment: the decision table. */
class BrowserChoiceTest {

  private static final Set<String> XDG = Set.of("xdg-open");

  private static Choice choose(Map<String, String> env, String os, Set<String> onPath) {
    return BrowserChoice.choose(env, os, onPath::contains);
  }

  private static Candidate graphical(String command) {
    return new Candidate(BrowserCommand.parse(command), false);
  }

  private static Candidate terminal(String command) {
    return new Candidate(BrowserCommand.parse(command), true);
  }

  @Test
  void browserIsTriedInOrderEachKnownTerminalBrowserGettingTheTerminal() {
    Choice choice = choose(Map.of("BROWSER", "firefox %s:w3m"), "Linux", XDG);

    assertThat(choice.candidates()).containsExactly(graphical("firefox %s"), terminal("w3m"));
    assertThat(choice.refusal()).isNull();
  }

  @Test
  void tidingsTerminalBrowserDeclaresEveryBrowserCommandATerminalOne() {
    Choice choice =
        choose(Map.of("BROWSER", "my-browser", "TIDINGS_TERMINAL_BROWSER", "1"), "Linux", XDG);

    assertThat(choice.candidates()).containsExactly(terminal("my-browser"));
  }

  @Test
  void withoutBrowserXdgOpenOnLinuxAndOpenOnMacOs() {
    assertThat(choose(Map.of(), "Linux", XDG).candidates()).containsExactly(graphical("xdg-open"));
    assertThat(choose(Map.of(), "Mac OS X", Set.of("open", "xdg-open")).candidates())
        .containsExactly(graphical("open"));
  }

  @Test
  void nothingFoundIsAMessage() {
    Choice choice = choose(Map.of("BROWSER", " : "), "Linux", Set.of());

    assertThat(choice.candidates()).isEmpty();
    assertThat(choice.refusal()).isEqualTo("no browser found: set $BROWSER (y copies the URL)");
  }

  @Test
  void overSshWithoutADisplayAndWithoutATerminalBrowserNothingOpens() {
    for (String ssh : List.of("SSH_CONNECTION", "SSH_TTY")) {
      Choice choice =
          choose(Map.of(ssh, "10.0.0.1 5000 10.0.0.2 22", "BROWSER", "firefox"), "Linux", XDG);

      assertThat(choice.candidates()).as(ssh).isEmpty();
      assertThat(choice.refusal())
          .isEqualTo("no browser here (SSH without a display): y copies the URL");
    }
    assertThat(choose(Map.of("SSH_TTY", "/dev/pts/3", "DISPLAY", ""), "Linux", XDG).refusal())
        .as("an empty DISPLAY is no display")
        .isEqualTo(BrowserChoice.NO_DISPLAY);
  }

  @Test
  void overSshWithoutADisplayOnlyTheTerminalBrowsersAreTried() {
    Choice choice =
        choose(Map.of("SSH_TTY", "/dev/pts/3", "BROWSER", "firefox:lynx:elinks"), "Linux", XDG);

    assertThat(choice.candidates()).containsExactly(terminal("lynx"), terminal("elinks"));
  }

  @Test
  void overSshWithADisplayGraphicalBrowsersOpen() {
    assertThat(choose(Map.of("SSH_TTY", "/dev/pts/3", "DISPLAY", "localhost:10.0"), "Linux", XDG)
            .candidates())
        .containsExactly(graphical("xdg-open"));
    assertThat(choose(Map.of("SSH_TTY", "/dev/pts/3", "WAYLAND_DISPLAY", "wayland-0",
            "BROWSER", "firefox"), "Linux", XDG).candidates())
        .containsExactly(graphical("firefox"));
  }

  @Test
  void onPathLooksForAnExecutableInEachDirectoryOfPath() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("path");
    java.nio.file.Path program = java.nio.file.Files.createFile(dir.resolve("xdg-open"));
    java.nio.file.Path plain = java.nio.file.Files.createFile(dir.resolve("not-executable"));
    program.toFile().setExecutable(true);

    var onPath = BrowserChoice.onPath(Map.of("PATH", "/nonexistent::" + dir));

    assertThat(onPath.test("xdg-open")).isTrue();
    assertThat(onPath.test("not-executable")).isFalse();
    assertThat(onPath.test("open")).isFalse();
    assertThat(BrowserChoice.onPath(Map.of()).test("xdg-open")).isFalse();
    java.nio.file.Files.delete(program);
    java.nio.file.Files.delete(plain);
    java.nio.file.Files.delete(dir);
  }
}
