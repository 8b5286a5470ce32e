package dev.tidings.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text from files printed outside the screen: escaped, never able to steer a terminal. */
class EscapesTest {

  @Test
  void controlsSeparatorsAndBidirectionalFormattingAreEscaped() {
    assertThat(Escapes.printable("a\u001b[2Jb\u0085c\u2028d\u202Ee\u2066f\u200Fg"))
        .isEqualTo("a\\u001b[2Jb\\u0085c\\u2028d\\u202ee\\u2066f\\u200fg");
  }

  @Test
  void ordinaryTextIsKept() {
    assertThat(Escapes.printable("caf\u00e9 \u4e2d\u6587 \u2019")).isEqualTo("caf\u00e9 \u4e2d\u6587 \u2019");
  }

  @Test
  void jsonStringsQuoteAndEscape() {
    assertThat(Escapes.jsonString("say \"hi\"\\\n\t\u0001\u202E"))
        .isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\\u0001\\u202e\"");
  }

  @Test
  void tsvFieldsHaveNoTabsLineEndsOrControlsAndKeepBackslashesUnambiguous() {
    assertThat(Escapes.tsvField("a\tb\nc\rd\\e\u001b[1mf\u2028g\\u0041"))
        .isEqualTo("a\\tb\\nc\\rd\\\\e\\u001b[1mf\\u2028g\\\\u0041");
    assertThat(Escapes.tsvField("caf\u00e9 \u4e2d")).isEqualTo("caf\u00e9 \u4e2d");
  }
}
