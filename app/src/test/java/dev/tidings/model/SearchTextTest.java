package dev.tidings.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.SearchText.Field;
import dev.tidings.model.TextPattern.Mode;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  private static final SearchText TEXT =
      SearchText.of(
          "SenseTime IPO: the Café’s deal",
          "Reuters",
          "reuters.com",
          List.of("AI Ethics", "AI"),
          "Eight cornerstone investors &amp; friends said the company’s deal is done.");

  private static boolean matches(String text, Set<Field> fields, Mode mode) {
    return TEXT.matches(TextPattern.of(text, fields, mode));
  }

  private static boolean anywhere(String text, Mode mode) {
    return matches(text, EnumSet.allOf(Field.class), mode);
  }

  @Test
  void theFieldsAreFoldedAndKeptInOrder() {
    assertThat(TEXT.text())
        .isEqualTo(
            "sensetime ipo: the cafe's deal\nreuters\nreuters.com\nai ethics\nai\n"
                + "eight cornerstone investors &amp; friends said the company's deal is done.");
    assertThat(TEXT.fields(Field.TOPIC)).containsExactly("ai ethics", "ai");
    assertThat(SearchText.of("T", "", null, List.of(), null).text()).isEqualTo("t\n\n\n");
  }

  @Test
  void substringsMatchInAnyFieldIgnoringCaseAndAccents() {
    assertThat(anywhere("café", Mode.SUBSTRING)).isTrue();
    assertThat(anywhere("CAFE", Mode.SUBSTRING)).isTrue();
    assertThat(anywhere("cornerstone", Mode.SUBSTRING)).isTrue();
    assertThat(anywhere("ethics", Mode.SUBSTRING)).isTrue();
    assertThat(anywhere("reuters.com", Mode.SUBSTRING)).isTrue();
    assertThat(anywhere("company's deal", Mode.SUBSTRING)).isTrue();
    assertThat(anywhere("bloomberg", Mode.SUBSTRING)).isFalse();
    // Never across two fields.
    assertThat(anywhere("deal reuters", Mode.SUBSTRING)).isFalse();
    assertThat(anywhere("", Mode.SUBSTRING)).isTrue();
  }

  @Test
  void fieldsLimitWhereAPatternLooks() {
    assertThat(matches("ipo", EnumSet.of(Field.TITLE), Mode.SUBSTRING)).isTrue();
    assertThat(matches("investors", EnumSet.of(Field.TITLE), Mode.SUBSTRING)).isFalse();
    assertThat(matches("reuters.com", EnumSet.of(Field.PROVIDER, Field.DOMAIN), Mode.SUBSTRING))
        .isTrue();
    assertThat(matches("sensetime", EnumSet.of(Field.PROVIDER, Field.DOMAIN), Mode.SUBSTRING))
        .isFalse();
    assertThat(matches("done.", EnumSet.of(Field.EXCERPT), Mode.SUFFIX)).isTrue();
  }

  @Test
  void modesPlaceTheMatchInItsField() {
    assertThat(anywhere("ai", Mode.WHOLE)).isTrue();
    assertThat(matches("ai", EnumSet.of(Field.TOPIC), Mode.WHOLE)).isTrue();
    assertThat(matches("ai eth", EnumSet.of(Field.TOPIC), Mode.WHOLE)).isFalse();
    assertThat(matches("AI Ethics", EnumSet.of(Field.TOPIC), Mode.WHOLE)).isTrue();
    assertThat(matches("sense", EnumSet.of(Field.TITLE), Mode.PREFIX)).isTrue();
    assertThat(matches("ipo", EnumSet.of(Field.TITLE), Mode.PREFIX)).isFalse();
    assertThat(anywhere("eight", Mode.PREFIX)).isTrue();
    assertThat(anywhere("deal", Mode.SUFFIX)).isTrue();
    assertThat(anywhere("dea", Mode.SUFFIX)).isFalse();
    assertThat(anywhere("said", Mode.WORD)).isTrue();
    assertThat(anywhere("sai", Mode.WORD)).isFalse();
    assertThat(anywhere("ai", Mode.WORD)).isTrue();
    assertThat(anywhere("ipo", Mode.WORD)).isTrue();
    assertThat(anywhere("time", Mode.WORD)).isFalse();
  }

  /** The prefilter may only rule out texts that cannot match: checked on random texts. */
  @Test
  void thePrefilterNeverRulesOutAMatch() {
    Random random = new Random(11);
    String alphabet = "abcdeéü中 .'-";
    for (int round = 0; round < 3_000; round++) {
      String[] fields = new String[5];
      for (int f = 0; f < fields.length; f++) {
        StringBuilder field = new StringBuilder();
        int length = random.nextInt(f == 4 ? 300 : 20);
        for (int i = 0; i < length; i++) {
          field.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        fields[f] = field.toString();
      }
      SearchText text =
          SearchText.of(fields[0], fields[1], fields[2], List.of(fields[3]), fields[4]);
      String source = fields[random.nextInt(5)];
      if (source.isEmpty()) {
        continue;
      }
      int from = random.nextInt(source.length());
      int to = from + 1 + random.nextInt(Math.min(6, source.length() - from));
      String word = source.substring(from, to);
      for (Mode mode : Mode.values()) {
        TextPattern pattern = TextPattern.of(word, EnumSet.allOf(Field.class), mode);
        if (text.find(pattern)) {
          assertThat(text.mayMatch(pattern.prefilter())).as("%s %s in %s", mode, word, text).isTrue();
        }
      }
      TextPattern title = TextPattern.of(fields[0], EnumSet.of(Field.TITLE), Mode.WHOLE);
      assertThat(text.matches(title)).as("whole title of %s", text).isTrue();
      TextPattern topic = TextPattern.of(fields[3], EnumSet.of(Field.TOPIC), Mode.WHOLE);
      assertThat(text.matches(topic)).as("whole topic of %s", text).isTrue();
    }
  }

  @Test
  void theBloomFilterRulesOutMostRowsThatLackAWord() {
    int ruledOut = 0;
    TextPattern pattern = TextPattern.anywhere("zebra");
    for (int i = 0; i < 200; i++) {
      SearchText text =
          SearchText.of(
              "Markets rally as the central bank holds rates " + i,
              "Provider " + i,
              "provider" + i + ".com",
              List.of("Markets", "Economy"),
              "Stocks rose on Tuesday after the central bank said it would hold its key rate,"
                  + " easing fears of a slowdown in lending across the region " + i);
      if (!text.mayMatch(pattern.prefilter())) {
        ruledOut++;
      }
    }
    assertThat(ruledOut).isGreaterThan(190);
  }

  @Test
  void shortLetterPatternsAreDecidedByTheBitsAlone() {
    assertThat(TextPattern.anywhere("A").isDecidedByPrefilter()).isTrue();
    assertThat(TextPattern.anywhere("7").isDecidedByPrefilter()).isTrue();
    assertThat(TextPattern.anywhere("Ai").isDecidedByPrefilter()).isTrue();
    assertThat(TextPattern.anywhere("é").isDecidedByPrefilter()).isTrue();
    assertThat(TextPattern.anywhere("a1").isDecidedByPrefilter()).isFalse();
    assertThat(TextPattern.anywhere("ipo").isDecidedByPrefilter()).isFalse();
    assertThat(TextPattern.of("ai", EnumSet.of(Field.TITLE), Mode.SUBSTRING).isDecidedByPrefilter())
        .isFalse();
    assertThat(TextPattern.of("ai", EnumSet.allOf(Field.class), Mode.WORD).isDecidedByPrefilter())
        .isFalse();
    assertThat(TEXT.mayMatch(TextPattern.anywhere("zq").prefilter())).isFalse();
    assertThat(TEXT.mayMatch(TextPattern.anywhere("qu").prefilter())).isFalse();
    assertThat(TEXT.mayMatch(TextPattern.anywhere("rs").prefilter())).isTrue();
  }

  @Test
  void textsInSharedChunksAreEqualToTextsOfTheirOwn() {
    SearchTextWriter writer = new SearchTextWriter(300);
    SearchText first = writer.add("One", "P", null, List.of(), "x".repeat(100));
    SearchText second = writer.add("Two", "P", null, List.of(), "y".repeat(100));
    SearchText big = writer.add("Big", "P", null, List.of(), "z".repeat(400));
    assertThat(first).isEqualTo(SearchText.of("One", "P", null, List.of(), "x".repeat(100)));
    assertThat(second.text()).isEqualTo("two\np\n\n" + "y".repeat(100));
    assertThat(big.text()).endsWith("z".repeat(400));
    assertThat(first.hashCode())
        .isEqualTo(SearchText.of("One", "P", null, List.of(), "x".repeat(100)).hashCode());
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void longFieldsAreCutAtTheirBound() {
    SearchText text = SearchText.of("t", "p", null, List.of(), "é".repeat(5_000));
    String excerpt = text.fields(Field.EXCERPT).get(0);
    assertThat(excerpt).isEqualTo("e".repeat(SearchTextWriter.MAX_EXCERPT_BYTES));
    SearchText wide = SearchText.of("t", "p", null, List.of(), "中".repeat(2_000));
    assertThat(wide.fields(Field.EXCERPT).get(0)).isEqualTo("中".repeat(1365));
  }

  /** The word-at-a-time search against a plain one on strings, on random texts and patterns. */
  @Test
  void theSearchAgreesWithAPlainSearchOfTheFoldedFields() {
    Random random = new Random(5);
    String alphabet = "abab cé中.'-";
    List<Set<Field>> fieldSets =
        List.of(
            EnumSet.allOf(Field.class),
            EnumSet.of(Field.TITLE),
            EnumSet.of(Field.PROVIDER, Field.DOMAIN),
            EnumSet.of(Field.TOPIC),
            EnumSet.of(Field.EXCERPT),
            EnumSet.of(Field.TITLE, Field.EXCERPT));
    SearchTextWriter writer = new SearchTextWriter(4096);
    for (int round = 0; round < 4_000; round++) {
      String[] fields = new String[6];
      for (int f = 0; f < fields.length; f++) {
        StringBuilder field = new StringBuilder();
        int length = random.nextInt(f == 5 ? 40 : 12);
        for (int i = 0; i < length; i++) {
          field.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        fields[f] = field.toString();
      }
      SearchText text =
          writer.add(
              fields[0], fields[1], fields[2], List.of(fields[3], fields[4]), fields[5]);
      StringBuilder word = new StringBuilder();
      int length = 1 + random.nextInt(3);
      for (int i = 0; i < length; i++) {
        word.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Set<Field> wanted = fieldSets.get(random.nextInt(fieldSets.size()));
      Mode mode = Mode.values()[random.nextInt(Mode.values().length)];
      TextPattern pattern = TextPattern.of(word.toString(), wanted, mode);
      boolean expected = pattern.isEmpty();
      for (Field field : pattern.isEmpty() ? Set.<Field>of() : wanted) {
        for (String value : text.fields(field)) {
          expected |= plainMatch(value, pattern.folded(), mode);
        }
      }
      assertThat(text.matches(pattern)).as("%s in %s", pattern, text).isEqualTo(expected);
      if (pattern.isDecidedByPrefilter()) {
        assertThat(text.mayMatch(pattern.prefilter()))
            .as("the bits alone: %s in %s", pattern, text)
            .isEqualTo(expected);
      }
    }
  }

  private static boolean plainMatch(String field, String needle, Mode mode) {
    for (int at = field.indexOf(needle); at >= 0; at = field.indexOf(needle, at + 1)) {
      int end = at + needle.length();
      boolean start = at == 0;
      boolean stop = end == field.length();
      boolean ok =
          switch (mode) {
            case SUBSTRING -> true;
            case PREFIX -> start;
            case SUFFIX -> stop;
            case WHOLE -> start && stop;
            case WORD -> (start || !isWordChar(field.charAt(at - 1)))
                && (stop || !isWordChar(field.charAt(end)));
          };
      if (ok) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return c >= 0x80 || Character.isLetterOrDigit(c) && c < 0x80;
  }
}
