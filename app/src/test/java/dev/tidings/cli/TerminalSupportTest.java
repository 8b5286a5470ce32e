package dev.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.cli.TerminalSupport.ColorChoice;
import dev.tidings.ui.view.Appearance;
import dev.tidings.ui.view.ColorDepth;
import dev.tidings.ui.view.ThemeName;
import dev.tidings.ui.view.ThemeSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colours and glyphs worked out from environment maps and terminfo entries made here. */
class TerminalSupportTest {

  @TempDir Path terminfo;

  private TerminalSupport detect(ColorChoice choice, String charset, String... env) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < env.length; i += 2) {
      map.put(env[i], env[i + 1]);
    }
    return TerminalSupport.detect(choice, map, charset, List.of(terminfo.toString()));
  }

  private ColorDepth colors(ColorChoice choice, String... env) {
    return detect(choice, "UTF-8", env).colors();
  }

  /** A compiled entry in ncurses 6's format (32-bit numbers) with {@code colors} set. */
  private void entry(String term, int colors) throws IOException {
    Path dir = Files.createDirectories(terminfo.resolve(term.substring(0, 1)));
    Files.write(dir.resolve(term), TerminfoTest.entry(term, colors, true));
  }

  @Test
  void termInfoSaysHowManyColours() throws IOException {
    entry("xterm-256color", 256);
    entry("xterm", 8);
    entry("xterm-mono", -1);
    entry("xterm-direct", 0x1000000);
    entry("rxvt", 88);
    assertThat(colors(ColorChoice.AUTO, "TERM", "xterm-256color")).isEqualTo(ColorDepth.ANSI256);
    assertThat(colors(ColorChoice.AUTO, "TERM", "xterm")).isEqualTo(ColorDepth.ANSI16);
    assertThat(colors(ColorChoice.AUTO, "TERM", "rxvt")).isEqualTo(ColorDepth.ANSI16);
    assertThat(colors(ColorChoice.AUTO, "TERM", "xterm-mono")).isEqualTo(ColorDepth.NONE);
    assertThat(colors(ColorChoice.AUTO, "TERM", "xterm-direct")).isEqualTo(ColorDepth.TRUE_COLOR);
  }

  @Test
  void colortermSaysTrueColour() throws IOException {
    entry("xterm-256color", 256);
    assertThat(colors(ColorChoice.AUTO, "TERM", "xterm-256color", "COLORTERM", "truecolor"))
        .isEqualTo(ColorDepth.TRUE_COLOR);
    assertThat(colors(ColorChoice.AUTO, "TERM", "xterm-256color", "COLORTERM", "24bit"))
        .isEqualTo(ColorDepth.TRUE_COLOR);
    assertThat(colors(ColorChoice.AUTO, "TERM", "xterm-256color", "COLORTERM", "yes"))
        .isEqualTo(ColorDepth.ANSI256);
  }

  @Test
  void withoutATerminfoEntryTheNameDecides() {
    assertThat(colors(ColorChoice.AUTO, "TERM", "tmux-256color")).isEqualTo(ColorDepth.ANSI256);
    assertThat(colors(ColorChoice.AUTO, "TERM", "foot-direct")).isEqualTo(ColorDepth.TRUE_COLOR);
    assertThat(colors(ColorChoice.AUTO, "TERM", "screen")).isEqualTo(ColorDepth.ANSI16);
    assertThat(colors(ColorChoice.AUTO, "TERM", "vt100")).isEqualTo(ColorDepth.NONE);
    assertThat(colors(ColorChoice.AUTO, "TERM", "vt220-am")).isEqualTo(ColorDepth.NONE);
  }

  @Test
  void noColorSetAndNotEmptyMeansNoColourUnlessColorIsAlways() throws IOException {
    entry("xterm-256color", 256);
    assertThat(colors(ColorChoice.AUTO, "TERM", "xterm-256color", "NO_COLOR", "1"))
        .isEqualTo(ColorDepth.NONE);
    assertThat(colors(ColorChoice.AUTO, "TERM", "xterm-256color", "NO_COLOR", ""))
        .isEqualTo(ColorDepth.ANSI256);
    // An explicit option wins over NO_COLOR (no-color.org; fzf does the same).
    assertThat(colors(ColorChoice.ALWAYS, "TERM", "xterm-256color", "NO_COLOR", "1"))
        .isEqualTo(ColorDepth.ANSI256);
    assertThat(colors(ColorChoice.NEVER, "TERM", "xterm-256color", "COLORTERM", "truecolor"))
        .isEqualTo(ColorDepth.NONE);
  }

  @Test
  void alwaysGivesAtLeastTheSixteenColours() {
    assertThat(colors(ColorChoice.ALWAYS, "TERM", "vt100")).isEqualTo(ColorDepth.ANSI16);
    assertThat(colors(ColorChoice.AUTO, "TERM", "vt100")).isEqualTo(ColorDepth.NONE);
  }

  @Test
  void unicodeNeedsAUtf8CharsetAndATerminalThatDrawsBoxes() {
    assertThat(detect(ColorChoice.AUTO, "UTF-8", "TERM", "xterm-256color").unicode()).isTrue();
    assertThat(detect(ColorChoice.AUTO, "utf8", "TERM", "screen").unicode()).isTrue();
    assertThat(detect(ColorChoice.AUTO, "ANSI_X3.4-1968", "TERM", "xterm").unicode()).isFalse();
    assertThat(detect(ColorChoice.AUTO, "ISO-8859-1", "TERM", "xterm").unicode()).isFalse();
    assertThat(detect(ColorChoice.AUTO, null, "TERM", "xterm").unicode()).isFalse();
    assertThat(detect(ColorChoice.AUTO, "UTF-8", "TERM", "linux").unicode()).isFalse();
    assertThat(detect(ColorChoice.AUTO, "UTF-8", "TERM", "vt100").unicode()).isFalse();
    assertThat(detect(ColorChoice.AUTO, "UTF-8", "TERM", "vt220-am").unicode()).isFalse();
  }

  @Test
  void aDumbOrMissingTermCannotRunTheBrowser() {
    assertThat(TerminalSupport.unusable(Map.of("TERM", "dumb"))).startsWith("TERM=dumb: ");
    assertThat(TerminalSupport.unusable(Map.of("TERM", ""))).startsWith("TERM is not set");
    assertThat(TerminalSupport.unusable(Map.of())).startsWith("TERM is not set");
    assertThat(TerminalSupport.unusable(Map.of("TERM", "xterm"))).isNull();
    assertThat(TerminalSupport.unusable(Map.of("TERM", "dumb-emacs-ansi"))).isNull();
  }

  @Test
  void theLaunchersCharsetWinsOverTheJvms() {
    String before = System.getProperty(TerminalSupport.CHARSET_PROPERTY);
    try {
      System.setProperty(TerminalSupport.CHARSET_PROPERTY, "ANSI_X3.4-1968");
      assertThat(TerminalSupport.terminalCharset()).isEqualTo("ANSI_X3.4-1968");
      System.clearProperty(TerminalSupport.CHARSET_PROPERTY);
      assertThat(TerminalSupport.terminalCharset()).isEqualTo(System.getProperty("native.encoding"));
    } finally {
      if (before != null) {
        System.setProperty(TerminalSupport.CHARSET_PROPERTY, before);
      }
    }
  }

  @Test
  void noColorWinsOverTheTheme() throws IOException {
    entry("xterm-256color", 256);
    ThemeSpec light = ThemeSpec.of(ThemeName.LIGHT);
    Appearance appearance =
        detect(ColorChoice.AUTO, "UTF-8", "TERM", "xterm-256color", "NO_COLOR", "1")
            .appearance(light);
    assertThat(appearance).isEqualTo(new Appearance(ColorDepth.NONE, true, light));
    assertThat(detect(ColorChoice.AUTO, "UTF-8", "TERM", "xterm-256color").appearance(light))
        .isEqualTo(new Appearance(ColorDepth.ANSI256, true, light));
    assertThat(detect(ColorChoice.AUTO, "UTF-8", "TERM", "xterm-256color").appearance().theme())
        .isEqualTo(ThemeSpec.DEFAULT);
  }
}
