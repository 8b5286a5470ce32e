package dev.tidings.browse.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.SearchText.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranges a query highlights in a shown title or excerpt. */
class QueryHighlightTest {

  private static List<String> highlighted(String query, Field field, String shown)
      throws QueryException {
    return Query.parse(query).highlights(field, shown).stream()
        .map(range -> shown.substring(range.start(), range.end()))
        .toList();
  }

  @Test
  void wordsAndPhrasesAreFoundIgnoringCaseAndAccents() throws QueryException {
    String title = "Café owner: the CAFE is closed, café-goers say";
    assertThat(Query.parse("cafe").highlights(Field.TITLE, title))
        .containsExactly(new Highlight(0, 4), new Highlight(16, 20), new Highlight(32, 36));
    assertThat(highlighted("\"is closed\" say", Field.TITLE, title)).containsExactly("is closed", "say");
  }

  @Test
  void overlappingAndTouchingMatchesAreOneRange() throws QueryException {
    assertThat(highlighted("mark market", Field.TITLE, "Markets and marks")).containsExactly("Market", "mark");
    assertThat(highlighted("ab bc", Field.TITLE, "abc")).containsExactly("abc");
  }

  @Test
  void marksPlaceTheMatch() throws QueryException {
    String title = "Said the sailor, said";
    assertThat(highlighted("'said", Field.TITLE, title)).containsExactly("Said", "said");
    assertThat(highlighted("^said", Field.TITLE, title)).containsExactly("Said");
    assertThat(highlighted("said$", Field.TITLE, title)).containsExactly("said");
    assertThat(highlighted("'sai", Field.TITLE, title)).isEmpty();
  }

  @Test
  void qualifiersHighlightOnlyTheirFieldAndNegatedTermsNothing() throws QueryException {
    assertThat(highlighted("title:ipo", Field.TITLE, "SenseTime IPO")).containsExactly("IPO");
    assertThat(highlighted("title:ipo", Field.EXCERPT, "The IPO is on")).isEmpty();
    assertThat(highlighted("ipo", Field.EXCERPT, "The IPO is on")).containsExactly("IPO");
    assertThat(highlighted("-ipo topic:ipo quality:>3", Field.TITLE, "IPO")).isEmpty();
    assertThat(highlighted("provider:reut", Field.PROVIDER, "Reuters")).containsExactly("Reut");
    assertThat(highlighted("a | ipo", Field.TITLE, "The IPO")).containsExactly("IPO");
  }

  @Test
  void rangesCoverWholeCharactersOfTheShownText() throws QueryException {
    // Decomposed é: the combining accent belongs to the match.
    assertThat(highlighted("cafe", Field.TITLE, "Cafe\u0301 crème")).containsExactly("Cafe\u0301");
    // ß folds to two letters: matching one of them highlights the ß.
    assertThat(highlighted("strass", Field.TITLE, "Straße")).containsExactly("Straß");
    // An emoji before the match, two chars in UTF-16.
    assertThat(Query.parse("news").highlights(Field.TITLE, "\uD83D\uDCF0 news"))
        .containsExactly(new Highlight(3, 7));
    // Runs of spaces are one space, as in rows.
    assertThat(highlighted("\"a b\"", Field.TITLE, "a  \t b")).containsExactly("a  \t b");
    assertThat(Query.ALL.highlights(Field.TITLE, "anything")).isEmpty();
    assertThat(Query.parse("x").highlights(Field.TITLE, "")).isEmpty();
  }
}
