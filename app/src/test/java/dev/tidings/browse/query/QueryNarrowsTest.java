package dev.tidings.browse.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.TimelineEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** When a query's result may be computed from another's: only when it is safe. */
class QueryNarrowsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      value = {
        "ipos; ipo; true",
        "ipo hk; ipo; true",
        "sense ipo; ipo sen; true",
        "anything; ; true",
        "ip; ipo; false",
        "hk; ipo; false",
        "title:ipo; ipo; true",
        "ipo; title:ipo; false",
        "provider:forbes; forbes; true",
        "topic:ai; ai; true",
        "topic:ai; topic:a; false",
        "^apple; apple; true",
        "^apples; ^apple; true",
        "apples; ^apple; false",
        "^whole$; ^who; true",
        "^whole$; ole$; true",
        "'new york; york; true",
        "'new york; 'york; false",
        "\"new york\"; 'york; false",
        "'\"new york\"; 'york; true",
        "'new york'; 'york; false",
        "'ai; ai; true",
        "ai; 'ai; false",
        "-ipo; -ipos; true",
        "-ipos; -ipo; false",
        "-a; -a; true",
        "a | b; a | b | c; true",
        "a; a | b; true",
        "a | b; a; false",
        "a b; a | b; true",
        "quality:>80; quality:>50; true",
        "quality:60..70; quality:50..90; true",
        "quality:>50; quality:>80; false",
        "quality:>8; quality:>80; false",
        "quality:>80; quality:>8; true",
        "-quality:>50; -quality:>80; true",
        "heat:>80; quality:>50; false",
        "site:www.forbes.com; site:forbes.com; true",
        "site:forbes.com; site:www.forbes.com; false",
        "since:7d ai; since:7d; true",
        "since:7d; since:8d; false",
        "is:marked ai; is:marked; true",
        "is:marked; is:linked; false",
      })
  void narrows(String narrower, String wider, boolean expected) throws QueryException {
    assertThat(Query.parse(narrower).narrows(Query.parse(wider == null ? "" : wider)))
        .isEqualTo(expected);
  }

  /** Random queries over random rows: when a query narrows another, its rows are a subset. */
  @Test
  void aNarrowerQueryNeverMatchesARowTheWiderMisses() throws QueryException {
    Random random = new Random(3);
    String[] words = {"a", "ab", "ba", "b", "ab c", "c", "abc"};
    String[] forms = {"%s", "'%s", "^%s", "%s$", "-%s", "title:%s", "\"%s\"", "^%s$", "'%s'"};
    List<TimelineEntry> rows = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      rows.add(
          Rows.row("r" + i)
              .title(text(random, words))
              .topics(text(random, words))
              .excerpt(text(random, words))
              .scores(random.nextInt(10), null)
              .build());
    }
    QueryContext context = QueryContext.of(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    int narrowing = 0;
    for (int round = 0; round < 3_000; round++) {
      Query wide = Query.parse(query(random, words, forms));
      Query narrow = Query.parse(query(random, words, forms));
      if (!narrow.narrows(wide)) {
        continue;
      }
      narrowing++;
      Predicate<TimelineEntry> wideMatch = wide.matcher(context);
      Predicate<TimelineEntry> narrowMatch = narrow.matcher(context);
      Predicate<TimelineEntry> within = narrow.matcher(context, wide);
      for (TimelineEntry row : rows) {
        if (narrowMatch.test(row)) {
          assertThat(wideMatch.test(row)).as("%s narrows %s on %s", narrow, wide, row).isTrue();
        }
        if (wideMatch.test(row)) {
          assertThat(within.test(row))
              .as("%s within %s on %s", narrow, wide, row)
              .isEqualTo(narrowMatch.test(row));
        }
      }
    }
    assertThat(narrowing).isGreaterThan(150);
  }

  private static String text(Random random, String[] words) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(4); i >= 0; i--) {
      text.append(words[random.nextInt(words.length)]).append(' ');
    }
    return text.toString().strip();
  }

  private static String query(Random random, String[] words, String[] forms) {
    StringBuilder query = new StringBuilder();
    for (int i = random.nextInt(3); i >= 0; i--) {
      String word = words[random.nextInt(words.length)];
      String form = forms[random.nextInt(forms.length)];
      if (word.contains(" ") && !form.contains("\"")) {
        word = word.replace(" ", "");
      }
      query.append(String.format(form, word)).append(random.nextInt(5) == 0 ? " | " : " ");
    }
    if (random.nextInt(4) == 0) {
      query.append("quality:>").append(random.nextInt(10));
    }
    return query.toString().strip().replaceAll("\\|$", "").strip();
  }
}
