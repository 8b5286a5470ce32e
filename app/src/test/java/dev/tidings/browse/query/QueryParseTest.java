package dev.tidings.browse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What parses and what does not, with where and why. */
class QueryParseTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "ipo sensetime",
        "\"an exact phrase\"",
        "-word -topic:AI !fzf",
        "a | b c",
        "'ai ^apple suffix$ ^whole$ 'word' ^\"a phrase\" \"a phrase\"$",
        "title:ipo title:\"two words\" title:^Apple",
        "topic:AI topic:\"AI Ethics\" TOPIC:ai",
        "provider:forbes.com provider:\"Wall Street\"",
        "site:nytimes.com site:www.bbc.co.uk.",
        "since:2021-12-10 until:2021-12 since:2021 since:7d since:24h since:2w since:today"
            + " until:yesterday",
        "quality:>80 heat:>=0 quality:50..90 quality:..90 quality:50.. heat:-5 heat:<=-1 quality:<3"
            + " quality:=7",
        "is:marked is:linked has:related is:undated is:repaired IS:Marked",
        "is:unread -is:read is:new IS:Unread",
        "10:30 https://example.com foo:bar a|b don't 5\" $ ^$",
      })
  void parses(String text) throws QueryException {
    assertThat(Query.parse(text).text()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      value = {
        "since:; 6; since: expects a date such as 2021-12-10 or 7d",
        "ai since:2021-02-30; 9; since: expects a date such as 2021-12-10 or 7d",
        "until:last-week; 6; until: expects a date such as 2021-12-10 or 7d",
        "since:99999999999d; 6; since: expects a date such as 2021-12-10 or 7d",
        "quality:high; 8; quality: expects a number such as 80, >80, >=80 or 50..90",
        "heat:>; 5; heat: expects a number such as 80, >80, >=80 or 50..90",
        "quality:..; 8; quality: expects a number such as 80, >80, >=80 or 50..90",
        "quality:9999999999; 8; quality: expects a number such as 80, >80, >=80 or 50..90",
        "quality:90..50; 8; quality: the range 90..50 is empty",
        "is:pinned; 3; is: expects unread, read, new, marked, linked, undated or repaired",
        "ai is:unseen; 6; is: expects unread, read, new, marked, linked, undated or repaired",
        "has:images; 4; has: expects related",
        "title:; 6; title: expects a word or a \"phrase\"",
        "topic: ai; 6; topic: expects a topic's name, quoted when it has spaces: topic:\"AI Ethics\"",
        "site:a/b; 5; site: expects a host such as nytimes.com",
        "\"unclosed phrase; 0; the phrase needs a closing \"",
        "title:\"a b\"c; 11; a space must follow the closing \"",
        "\"\"; 0; the phrase is empty",
        "'; 0; ' expects a word or a \"phrase\" after it",
        "ai ^; 3; ^ expects a word or a \"phrase\" after it",
        "- ai; 0; - expects a word or a qualifier after it",
        "ai !; 3; ! expects a word or a qualifier after it",
        "| ai; 0; | expects a term before it",
        "ai | | b; 5; | expects a term before it",
        "ai |; 3; | expects a term after it",
      })
  void failsSayingWhereAndWhy(String text, int position, String message) {
    assertThatThrownBy(() -> Query.parse(text))
        .isInstanceOfSatisfying(
            QueryException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo(message);
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.describe()).isEqualTo("column " + (position + 1) + ": " + message);
            });
  }

  @Test
  void queriesWithTheSameTermsAreEqualHoweverTheyAreWritten() throws QueryException {
    assertThat(Query.parse("IPO   Sensé")).isEqualTo(Query.parse("ipo sense"));
    assertThat(Query.parse("IPO   Sensé").hashCode()).isEqualTo(Query.parse("ipo sense").hashCode());
    assertThat(Query.parse("title:Ipo")).isEqualTo(Query.parse("TITLE:ipo"));
    assertThat(Query.parse("ipo")).isNotEqualTo(Query.parse("title:ipo"));
    assertThat(Query.parse("ipo")).isNotEqualTo(Query.parse("-ipo"));
    assertThat(Query.parse("a b")).isNotEqualTo(Query.parse("a | b"));
    assertThat(Query.parse("  ")).isEqualTo(Query.ALL);
    assertThat(Query.parse("  ").isEmpty()).isTrue();
  }

  @Test
  void onlyMarksAndLinksDependOnTheSession() throws QueryException {
    assertThat(Query.parse("ai is:marked").dependsOnSession()).isTrue();
    assertThat(Query.parse("ai | is:linked").dependsOnSession()).isTrue();
    assertThat(Query.parse("ai is:unread").dependsOnSession()).isTrue();
    assertThat(Query.parse("-is:read").dependsOnSession()).isTrue();
    assertThat(Query.parse("ai | is:new").dependsOnSession()).isTrue();
    assertThat(Query.parse("ai is:undated has:related since:7d").dependsOnSession()).isFalse();
  }
}
