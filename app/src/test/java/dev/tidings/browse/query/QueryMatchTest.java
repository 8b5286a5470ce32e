package dev.tidings.browse.query;

import static dev.tidings.browse.query.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.TimelineEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which rows each kind of term matches. */
class QueryMatchTest {

  private static final TimelineEntry SENSETIME =
      row("sensetime")
          .title("SenseTime launches Hong Kong IPO")
          .provider("Reuters", "reuters.com")
          .url("https://www.reuters.com/a", "www.reuters.com")
          .topics("AI Ethics", "AI")
          .excerpt("Eight cornerstone investors have signed up for the café’s deal.")
          .published("2021-12-06T02:59:00Z")
          .scores(56, 56)
          .related()
          .build();
  private static final TimelineEntry FORBES =
      row("forbes")
          .title("Apple’s Straße: a market rally")
          .provider("Forbes", "forbes.com")
          .url("https://forbes.com/b", "forbes.com")
          .topics("Markets")
          .excerpt("Stocks rose in Zürich after the central bank said so.")
          .published("2021-12-10T23:30:00Z")
          .scores(90, -3)
          .build();
  private static final TimelineEntry UNDATED =
      row("undated")
          .title("Said and done")
          .provider("", null)
          .excerpt("")
          .published("2021-11-01T00:00:00Z")
          .undated()
          .repaired()
          .build();
  private static final TimelineEntry NO_DATE = row("nodate").title("Nothing known").published(null).build();
  private static final List<TimelineEntry> ROWS = List.of(SENSETIME, FORBES, UNDATED, NO_DATE);

  /** 2021-12-14 12:00 UTC; in Tokyo (UTC+9) that is 21:00 on the same day. */
  private static final Instant NOW = Instant.parse("2021-12-14T12:00:00Z");

  private static List<TimelineEntry> matching(String query, ZoneId zone) throws QueryException {
    QueryContext context =
        new QueryContext(
            Clock.fixed(NOW, zone),
            row -> row == FORBES,
            row -> row == SENSETIME,
            row -> row == SENSETIME || row == UNDATED,
            row -> row == UNDATED);
    Predicate<TimelineEntry> matcher = Query.parse(query).matcher(context);
    return ROWS.stream().filter(matcher).toList();
  }

  private static List<TimelineEntry> matching(String query) throws QueryException {
    return matching(query, ZoneOffset.UTC);
  }

  @Test
  void wordsMatchInTitleExcerptProviderDomainAndTopicsIgnoringCaseAndAccents() throws Exception {
    assertThat(matching("launches")).containsExactly(SENSETIME);
    assertThat(matching("CORNERSTONE")).containsExactly(SENSETIME);
    assertThat(matching("cafe's")).containsExactly(SENSETIME);
    assertThat(matching("zurich")).containsExactly(FORBES);
    assertThat(matching("strasse apple's")).containsExactly(FORBES);
    assertThat(matching("reuters.com")).containsExactly(SENSETIME);
    assertThat(matching("ethics")).containsExactly(SENSETIME);
    assertThat(matching("said")).containsExactly(FORBES, UNDATED);
    assertThat(matching("said done")).containsExactly(UNDATED);
    assertThat(matching("")).containsExactlyElementsOf(ROWS);
  }

  @Test
  void phrasesAndFzfMarks() throws Exception {
    assertThat(matching("\"hong kong ipo\"")).containsExactly(SENSETIME);
    assertThat(matching("\"kong hong\"")).isEmpty();
    assertThat(matching("'ai")).containsExactly(SENSETIME);
    assertThat(matching("ai")).containsExactly(SENSETIME, FORBES, UNDATED);
    assertThat(matching("'said'")).containsExactly(FORBES, UNDATED);
    assertThat(matching("^said")).containsExactly(UNDATED);
    assertThat(matching("^stocks")).containsExactly(FORBES);
    assertThat(matching("ipo$")).containsExactly(SENSETIME);
    assertThat(matching("^markets$")).containsExactly(FORBES);
    assertThat(matching("^market$")).isEmpty();
  }

  @Test
  void negationAndAlternatives() throws Exception {
    assertThat(matching("-said")).containsExactly(SENSETIME, NO_DATE);
    assertThat(matching("!said")).containsExactly(SENSETIME, NO_DATE);
    assertThat(matching("zurich | ipo")).containsExactly(SENSETIME, FORBES);
    assertThat(matching("zurich | ipo -topic:markets")).containsExactly(SENSETIME);
    assertThat(matching("-is:marked -is:undated")).containsExactly(SENSETIME, NO_DATE);
  }

  @Test
  void textQualifiers() throws Exception {
    assertThat(matching("title:said")).containsExactly(UNDATED);
    assertThat(matching("title:investors")).isEmpty();
    assertThat(matching("title:^apple")).containsExactly(FORBES);
    assertThat(matching("provider:forbes.com")).containsExactly(FORBES);
    assertThat(matching("provider:REUT")).containsExactly(SENSETIME);
    assertThat(matching("provider:bank")).isEmpty();
    assertThat(matching("topic:ai")).containsExactly(SENSETIME);
    assertThat(matching("topic:\"AI ethics\"")).containsExactly(SENSETIME);
    assertThat(matching("topic:ethics")).isEmpty();
    assertThat(matching("topic:market")).isEmpty();
    assertThat(matching("-topic:ai")).containsExactly(FORBES, UNDATED, NO_DATE);
  }

  @Test
  void siteIsTheHostOrASubdomain() throws Exception {
    assertThat(matching("site:reuters.com")).containsExactly(SENSETIME);
    assertThat(matching("site:www.reuters.com")).containsExactly(SENSETIME);
    assertThat(matching("site:forbes.com")).containsExactly(FORBES);
    assertThat(matching("site:bes.com")).isEmpty();
    assertThat(matching("site:com")).containsExactly(SENSETIME, FORBES);
  }

  @Test
  void datesAreDaysInTheShownZoneOrTimesAgo() throws Exception {
    assertThat(matching("since:2021-12-10")).containsExactly(FORBES);
    assertThat(matching("until:2021-12-10")).containsExactly(SENSETIME, FORBES, UNDATED);
    assertThat(matching("until:2021-12-09")).containsExactly(SENSETIME, UNDATED);
    // 23:30 UTC on the 10th is the 11th in Tokyo.
    assertThat(matching("since:2021-12-11", ZoneId.of("Asia/Tokyo"))).containsExactly(FORBES);
    assertThat(matching("since:2021-12-11")).isEmpty();
    assertThat(matching("since:2021-12 until:2021-12")).containsExactly(SENSETIME, FORBES);
    assertThat(matching("since:2021")).containsExactly(SENSETIME, FORBES, UNDATED);
    assertThat(matching("since:7d")).containsExactly(FORBES);
    assertThat(matching("since:96h")).containsExactly(FORBES);
    assertThat(matching("until:7d")).containsExactly(SENSETIME, UNDATED);
    assertThat(matching("since:2w")).containsExactly(SENSETIME, FORBES);
    assertThat(matching("since:today")).isEmpty();
    assertThat(matching("since:yesterday until:yesterday")).isEmpty();
    assertThat(matching("-since:2021-12-10")).containsExactly(SENSETIME, UNDATED, NO_DATE);
  }

  @Test
  void todayIsTheDayOfTheShownZone() throws Exception {
    TimelineEntry late = row("late").published("2021-12-13T23:00:00Z").build();
    QueryContext tokyo = QueryContext.of(Clock.fixed(NOW, ZoneId.of("Asia/Tokyo")));
    QueryContext utc = QueryContext.of(Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(Query.parse("since:today").matcher(tokyo).test(late)).isTrue();
    assertThat(Query.parse("since:today").matcher(utc).test(late)).isFalse();
    assertThat(Query.parse("since:yesterday").matcher(utc).test(late)).isTrue();
  }

  @Test
  void scoresCompareAndRowsWithoutOneNeverMatch() throws Exception {
    assertThat(matching("quality:>80")).containsExactly(FORBES);
    assertThat(matching("quality:>=56")).containsExactly(SENSETIME, FORBES);
    assertThat(matching("quality:56")).containsExactly(SENSETIME);
    assertThat(matching("quality:50..90")).containsExactly(SENSETIME, FORBES);
    assertThat(matching("quality:..55")).isEmpty();
    assertThat(matching("heat:>=0")).containsExactly(SENSETIME);
    assertThat(matching("heat:<0")).containsExactly(FORBES);
    assertThat(matching("-heat:<0")).containsExactly(SENSETIME, UNDATED, NO_DATE);
  }

  @Test
  void flags() throws Exception {
    assertThat(matching("is:marked")).containsExactly(FORBES);
    assertThat(matching("is:linked")).containsExactly(SENSETIME);
    assertThat(matching("has:related")).containsExactly(SENSETIME);
    assertThat(matching("is:undated")).containsExactly(UNDATED);
    assertThat(matching("is:repaired")).containsExactly(UNDATED);
    assertThat(matching("is:marked | is:linked")).containsExactly(SENSETIME, FORBES);
  }

  @Test
  void readStateFlags() throws Exception {
    assertThat(matching("is:unread")).containsExactly(SENSETIME, UNDATED);
    assertThat(matching("is:read")).containsExactly(FORBES, NO_DATE);
    assertThat(matching("-is:unread")).containsExactly(FORBES, NO_DATE);
    assertThat(matching("is:new")).containsExactly(UNDATED);
    assertThat(matching("is:unread -is:new")).containsExactly(SENSETIME);
    assertThat(matching("is:new | is:marked")).containsExactly(FORBES, UNDATED);
    assertThat(matching("is:unread said")).containsExactly(UNDATED);
  }

  @Test
  void withoutASessionNothingIsUnreadOrNew() throws Exception {
    QueryContext script = QueryContext.of(Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(ROWS.stream().filter(Query.parse("is:unread").matcher(script))).isEmpty();
    assertThat(ROWS.stream().filter(Query.parse("is:new").matcher(script))).isEmpty();
    assertThat(ROWS.stream().filter(Query.parse("is:read").matcher(script)))
        .containsExactlyElementsOf(ROWS);
  }

  @Test
  void aMatcherForAWiderResultTestsOnlyWhatIsNew() throws Exception {
    QueryContext context = QueryContext.of(Clock.fixed(NOW, ZoneOffset.UTC));
    Query wider = Query.parse("market");
    Query narrower = Query.parse("market said");
    assertThat(narrower.narrows(wider)).isTrue();
    Predicate<TimelineEntry> within = narrower.matcher(context, wider);
    // UNDATED does not match "market", but the matcher for market's rows only tests "said".
    assertThat(within.test(UNDATED)).isTrue();
    assertThat(within.test(FORBES)).isTrue();
    assertThat(within.test(SENSETIME)).isFalse();
    assertThat(narrower.matcher(context).test(UNDATED)).isFalse();
  }

  @Test
  void everyKindOfTermIsExercised() throws Exception {
    // A guard that the rows above differ in what each qualifier reads.
    assertThat(Set.copyOf(matching("-has:related"))).hasSize(3);
  }
}
