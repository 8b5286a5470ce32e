package dev.tidings.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The one JSON writer: valid JSON, one line, nothing that can steer a terminal. */
class JsonLineTest {

  @Test
  void membersAreWrittenInOrderOnOneLine() {
    assertThat(
            JsonLine.object()
                .string("path", "/news/a.md")
                .number("line", 12)
                .bool("skipped", false)
                .string("url", null)
                .end())
        .isEqualTo("{\"path\":\"/news/a.md\",\"line\":12,\"skipped\":false,\"url\":null}");
  }

  @Test
  void controlsSeparatorsAndBidirectionalFormattingAreEscapedInLowerCase() {
    String hostile = "a\u001b[2Jb\u0085c\u2028d\u202Ee\u007f\r\b\n\t\"\\";
    String line = JsonLine.object().string("title", hostile).end();
    assertThat(line)
        .isEqualTo(
            "{\"title\":\"a\\u001b[2Jb\\u0085c\\u2028d\\u202ee\\u007f"
                + "\\u000d\\u0008\\n\\t\\\"\\\\\"}")
        .doesNotContain("\u001b", "\u0085", "\u2028", "\u202E", "\u007f", "\r", "\n");
    assertThat(strings(line)).containsExactly("title", hostile);
  }

  @Test
  void arraysOfStringsAndNullableNumbersAreWritten() {
    assertThat(
            JsonLine.object()
                .strings("topics", List.of("AI", "AI \"Ethics\"\u202E"))
                .strings("none", List.of())
                .number("quality", Integer.valueOf(87))
                .number("heat", (Integer) null)
                .end())
        .isEqualTo(
            "{\"topics\":[\"AI\",\"AI \\\"Ethics\\\"\\u202e\"],\"none\":[],\"quality\":87,"
                + "\"heat\":null}");
  }

  @Test
  void otherCharactersAreWrittenAsTheyAre() {
    String text = "caf\u00e9 \u4e2d\u6587 \u2019 \uD83D\uDE00 </script>";
    String line = JsonLine.object().string("t", text).end();
    assertThat(line).isEqualTo("{\"t\":\"" + text + "\"}");
    assertThat(strings(line)).containsExactly("t", text);
  }

  @Test
  void aLiteralIsEscapedAsMembersAre() {
    assertThat(JsonLine.literal("x\u0001\u202E\"")).isEqualTo("\"x\\u0001\\u202e\\\"\"");
  }

  @Test
  void anyTextIsReadBackExactlyAndNothingEscapedIsLeftRaw() {
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 5_000; i++) {
      String text = randomText(random);
      String line = JsonLine.object().string("t", text).end();
      assertThat(strings(line)).containsExactly("t", text);
      assertThat(line.chars()).noneMatch(c -> Escapes.escaped((char) c.intValue()));
    }
  }

  /** @return up to 40 UTF-16 units, mostly from the ranges that need escaping */
  static String randomText(java.util.Random random) {
    int[][] ranges = {{0, 0x7F}, {0x80, 0xA0}, {0x2000, 0x206F}, {0x600, 0x61F}, {0xA0, 0xFFFF}};
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(41);
    for (int i = 0; i < length; i++) {
      int[] range = ranges[random.nextInt(ranges.length)];
      char c = (char) (range[0] + random.nextInt(range[1] - range[0] + 1));
      if (Character.isSurrogate(c)) {
        text.appendCodePoint(0x1F600 + random.nextInt(80));
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  /** @return the names and string values of a JSON object, as Jackson's parser reads them */
  private static List<String> strings(String json) {
    List<String> strings = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING) {
          strings.add(parser.getString());
        }
      }
    }
    return strings;
  }
}
