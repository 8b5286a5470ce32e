package dev.tidings.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown list items, escaped after CommonMark. */
class MarkdownLineTest {

  @Test
  void aTitleAndAUrlMakeALink() {
    assertThat(MarkdownLine.item("SenseTime files for IPO", "https://example.com/a?b=1"))
        .isEqualTo("- [SenseTime files for IPO](https://example.com/a?b=1)");
  }

  @Test
  void bracketsBackslashesBackticksAndAngleBracketsInTheTitleAreEscaped() {
    assertThat(MarkdownLine.item("[Update] a\\b `c` <d>", "https://x.example/"))
        .isEqualTo("- [\\[Update\\] a\\\\b \\`c\\` \\<d\\>](https://x.example/)");
  }

  @Test
  void controlAndBidirectionalCharactersInTheTitleCannotSplitTheLine() {
    assertThat(MarkdownLine.item("a\nb\u202Ec", "https://x.example/"))
        .isEqualTo("- [a b\\u202ec](https://x.example/)");
  }

  @Test
  void aUrlWithParenthesesGoesInAngleBrackets() {
    assertThat(MarkdownLine.item("Wiki", "https://en.wikipedia.org/wiki/Mercury_(planet)"))
        .isEqualTo("- [Wiki](<https://en.wikipedia.org/wiki/Mercury_(planet)>)");
  }

  @Test
  void anEmptyTitleGivesTheUrlAsTheText() {
    assertThat(MarkdownLine.item(" ", "https://x.example/a"))
        .isEqualTo("- [https://x.example/a](https://x.example/a)");
  }
}
