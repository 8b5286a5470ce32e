package dev.tidings.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.browse.Prompt;
import org.junit.jupiter.api.Test;

/** The prompt's text on the status line keeps the caret in view. */
class PromptLineTest {

  private static String shown(PromptLine line) {
    return line.text().substring(0, line.caret()) + "|" + line.text().substring(line.caret());
  }

  @Test
  void aTextThatFitsIsShownWhole() {
    assertThat(shown(PromptLine.of(new Prompt("hk ipo", 2), 10))).isEqualTo("hk| ipo");
    assertThat(shown(PromptLine.of(Prompt.of("hk ipo"), 7))).isEqualTo("hk ipo|");
  }

  @Test
  void aLongerTextIsCutAtTheEndWhileTheCaretIsInTheRoom() {
    assertThat(shown(PromptLine.of(new Prompt("abcdefghij", 3), 6))).isEqualTo("abc|de…");
    assertThat(shown(PromptLine.of(new Prompt("abcdefghij", 4), 6))).isEqualTo("abcd|e…");
  }

  @Test
  void elseItsStartIsCutAndTheCaretIsNearTheRightEnd() {
    assertThat(shown(PromptLine.of(Prompt.of("abcdefghij"), 6))).isEqualTo("…ghij|");
    assertThat(shown(PromptLine.of(new Prompt("abcdefghij", 8), 6))).isEqualTo("…fgh|ij");
    assertThat(shown(PromptLine.of(new Prompt("abcdefghij", 9), 6))).isEqualTo("…ghi|j");
    assertThat(shown(PromptLine.of(new Prompt("abcdefghijklmnop", 12), 12)))
        .isEqualTo("…fghijkl|mnop");
    assertThat(shown(PromptLine.of(new Prompt("abcdefghijklmnopqrstuvwxyz", 14), 12)))
        .isEqualTo("…hijklmn|opq…");
  }

  @Test
  void wideCharactersCountTwoColumns() {
    assertThat(PromptLine.of(Prompt.of("東京東京"), 6)).isEqualTo(new PromptLine("…東京", 5));
    assertThat(PromptLine.of(new Prompt("東京東京", 1), 6))
        .isEqualTo(new PromptLine("東京…", 2));
  }
}
