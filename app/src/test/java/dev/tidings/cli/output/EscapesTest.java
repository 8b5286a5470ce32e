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

  @Test
  void anyTsvFieldIsOneFieldOnOneLineAndReadsBackExactly() {
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 5_000; i++) {
      String text = JsonLineTest.randomText(random);
      String field = Escapes.tsvField(text);
      assertThat(field.chars()).noneMatch(c -> Escapes.escaped((char) c.intValue()));
      assertThat(unescapeTsv(field)).isEqualTo(text);
    }
  }

  /** The reading side of {@link Escapes#tsvField}: each backslash starts an escape. */
  private static String unescapeTsv(String field) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char next = field.charAt(++i);
      switch (next) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case '\\' -> out.append('\\');
        case 'u' -> {
          out.append((char) Integer.parseInt(field.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> throw new AssertionError("not an escape: \\" + next + " in " + field);
      }
    }
    return out.toString();
  }
}
