package dev.tidings.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The prompt edits as readline does; {@code |} marks the caret in these tests. */
class PromptTest {

  /** A prompt from text with one {@code |} where the caret is. */
  private static Prompt p(String marked) {
    int caret = marked.indexOf('|');
    return new Prompt(marked.substring(0, caret) + marked.substring(caret + 1), caret);
  }

  private static String shown(Prompt prompt) {
    return prompt.beforeCaret() + "|" + prompt.text().substring(prompt.caret());
  }

  @Test
  void editingTheQueryAtItsEnd() {
    // The assertions of FilterTest.editingTheQuery, from when the filter's query was edited.
    assertThat(Prompt.of("ab").insert("c").text()).isEqualTo("abc");
    assertThat(Prompt.of("ab\uD83D\uDE80").deleteBefore().text()).isEqualTo("ab");
    assertThat(Prompt.EMPTY.deleteBefore()).isEqualTo(Prompt.EMPTY);
    assertThat(Prompt.of("hk ipo  ").deleteWordBefore().text()).isEqualTo("hk ");
    assertThat(Prompt.of("hk").deleteWordBefore().text()).isEmpty();
  }

  @Test
  void typingInsertsAtTheCaret() {
    assertThat(shown(p("hk| ipo").insert("x"))).isEqualTo("hkx| ipo");
    assertThat(shown(p("|ipo").insert("hk "))).isEqualTo("hk |ipo");
  }

  @Test
  void theCaretMovesByWholeCharacters() {
    Prompt rocket = p("a\uD83D\uDE80|b");
    assertThat(shown(rocket.left())).isEqualTo("a|\uD83D\uDE80b");
    assertThat(shown(rocket.left().right())).isEqualTo("a\uD83D\uDE80|b");
    assertThat(shown(rocket.deleteBefore())).isEqualTo("a|b");
    assertThat(shown(p("a|\uD83D\uDE80b").deleteAt())).isEqualTo("a|b");
    assertThat(p("|ab").left()).isEqualTo(p("|ab"));
    assertThat(p("ab|").right()).isEqualTo(p("ab|"));
    assertThat(p("ab|").deleteAt()).isEqualTo(p("ab|"));
    assertThat(shown(p("a|b").start())).isEqualTo("|ab");
    assertThat(shown(p("a|b").end())).isEqualTo("ab|");
  }

  @Test
  void altBAndAltFMoveByWordsOfLettersAndDigits() {
    assertThat(shown(p("topic:ai since:7d|").wordLeft())).isEqualTo("topic:ai since:|7d");
    assertThat(shown(p("topic:ai since:|7d").wordLeft())).isEqualTo("topic:ai |since:7d");
    assertThat(shown(p("topic:ai sin|ce:7d").wordLeft())).isEqualTo("topic:ai |since:7d");
    assertThat(shown(p("|topic:ai").wordLeft())).isEqualTo("|topic:ai");
    assertThat(shown(p("|topic:ai since").wordRight())).isEqualTo("topic|:ai since");
    assertThat(shown(p("topic|:ai since").wordRight())).isEqualTo("topic:ai| since");
    assertThat(shown(p("topic:ai since  |").wordRight())).isEqualTo("topic:ai since  |");
    assertThat(shown(p("caf|é crème").wordRight())).isEqualTo("café| crème");
  }

  @Test
  void ctrlWDeletesTheWordBeforeTheCaretUpToWhiteSpace() {
    assertThat(shown(p("hk topic:ai  |x").deleteWordBefore())).isEqualTo("hk |x");
    assertThat(shown(p("hk to|pic").deleteWordBefore())).isEqualTo("hk |pic");
    assertThat(shown(p("|hk").deleteWordBefore())).isEqualTo("|hk");
  }

  @Test
  void ctrlUAndCtrlKDeleteToEitherEnd() {
    assertThat(shown(p("hk |ipo").deleteToStart())).isEqualTo("|ipo");
    assertThat(shown(p("hk |ipo").deleteToEnd())).isEqualTo("hk |");
  }

  @Test
  void thePromptHoldsAtMostAThousandCharacters() {
    Prompt full = Prompt.of("x".repeat(999));
    assertThat(full.insert("ab").text()).hasSize(1000).endsWith("xa");
    assertThat(full.insert("ab").insert("c").length()).isEqualTo(1000);
    Prompt rockets = Prompt.of("\uD83D\uDE80".repeat(1001));
    assertThat(rockets.length()).isEqualTo(1000);
    assertThat(rockets.text()).hasSize(2000);
    assertThat(shown(p("|" + "y".repeat(999)).insert("abc"))).isEqualTo("a|" + "y".repeat(999));
    assertThatThrownBy(() -> new Prompt("z".repeat(1001), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCaretIsNeverOutsideTheTextOrInsideACharacter() {
    assertThatThrownBy(() -> new Prompt("ab", 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Prompt("ab", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Prompt("\uD83D\uDE80", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
