package dev.tidings.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.TimelineEntry.SearchMask;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The filter's row masks may only rule out rows that cannot match. */
class SearchMaskTest {

  @Test
  void everySubstringOfATextMayBeInIt() {
    Random random = new Random(7);
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 éü中国\n";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(120);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      SearchMask mask = SearchMask.of(text.toString());
      int from = random.nextInt(length);
      int to = from + 1 + random.nextInt(length - from);
      String word = text.substring(from, to).strip();
      if (!word.isEmpty() && word.indexOf('\n') < 0) {
        assertThat(mask.mayContain(SearchMask.of(word))).as("%s in %s", word, text).isTrue();
      }
    }
  }

  @Test
  void aRareLetterOrPairRulesARowOut() {
    SearchMask row = SearchMask.of("chinese ai company postpones ipo\nreuters\nai ethics");
    assertThat(row.mayContain(SearchMask.of("ipo"))).isTrue();
    assertThat(row.mayContain(SearchMask.of("q"))).isFalse();
    assertThat(row.mayContain(SearchMask.of("zürich"))).isFalse();
  }

  @Test
  void rowsBuiltWithoutAMaskGetTheMaskOfTheirText() {
    TimelineEntry entry =
        new TimelineEntry(
            new FileKey(java.nio.file.Path.of("/a.md"), java.time.Instant.EPOCH, 1),
            null,
            DateSource.FRONT_MATTER,
            "T",
            "",
            null,
            "some text");
    assertThat(entry.searchMask()).isEqualTo(SearchMask.of("some text"));
  }
}
