package dev.tidings.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tidings.browse.query.Highlight;
import dev.tidings.browse.query.Query;
import dev.tidings.browse.query.QueryContext;
import dev.tidings.browse.query.QueryException;
import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.SearchText;
import dev.tidings.model.SearchText.Field;
import dev.tidings.model.TimelineEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the query parser and matcher on any text. For every input: {@link Query#parse} either
 * gives a query or throws its own {@link QueryException}, with a message and a position inside the
 * text (0 to its length), and nothing else is thrown; a query's matcher and highlights throw
 * nothing on a set of varied rows, and highlights lie inside the shown text, in order, neither
 * overlapping nor touching. For the query of each prefix of the text that parses and that the
 * whole query {@linkplain Query#narrows narrows}, every row the whole query matches is matched by
 * the prefix's, and the narrowed matcher ({@link Query#matcher(QueryContext, Query)}) answers as
 * the full one on the prefix's rows: the session relies on both when a character is typed.
 *
 * <p>The input is read as {@link SanitizerFuzzTest#decode} reads it (UTF-8, with {@code 0xFF hi
 * lo} for a lone UTF-16 code unit). Regression inputs are under {@code
 * QueryFuzzTestInputs/anyQuery/}.
 */
class QueryFuzzTest {

  private static final FuzzStats STATS = new FuzzStats("QueryFuzzTest.anyQuery");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2021-12-15T10:00:00Z"), ZoneId.of("Europe/Zurich"));
  private static final List<TimelineEntry> ROWS = rows();
  private static final QueryContext CONTEXT =
      new QueryContext(CLOCK, row -> row.title().contains("IPO"), row -> row.hasRelated());
  /** Texts highlights are asked for, as drawn. */
  private static final String[] SHOWN = {
    "Chinese AI Giant SenseTime Remains Committed To IPO", "Café Zürich · ﬁnance", "", "a"
  };

  @FuzzTest(maxDuration = "30s")
  void anyQuery(byte[] input) {
    STATS.count();
    String text = SanitizerFuzzTest.decode(input);
    Query query = parsed(text);
    if (query == null) {
      return;
    }
    Predicate<TimelineEntry> matcher = query.matcher(CONTEXT);
    boolean[] matches = new boolean[ROWS.size()];
    for (int i = 0; i < ROWS.size(); i++) {
      matches[i] = matcher.test(ROWS.get(i));
    }
    for (Field field : List.of(Field.TITLE, Field.PROVIDER, Field.EXCERPT)) {
      for (String shown : SHOWN) {
        checkHighlights(query, field, shown);
      }
    }
    for (int cut : cuts(text)) {
      String prefix = text.substring(0, cut);
      Query wider = parsed(prefix);
      if (wider == null || !query.narrows(wider)) {
        continue;
      }
      Predicate<TimelineEntry> widerMatcher = wider.matcher(CONTEXT);
      Predicate<TimelineEntry> narrowed = query.matcher(CONTEXT, wider);
      for (int i = 0; i < ROWS.size(); i++) {
        TimelineEntry row = ROWS.get(i);
        if (!widerMatcher.test(row)) {
          int index = i;
          require(
              !matches[i],
              () -> quoted(text) + " narrows " + quoted(prefix) + " but matches row " + index
                  + " which that does not");
          continue;
        }
        int index = i;
        require(
            narrowed.test(row) == matches[i],
            () -> "narrowed matcher of " + quoted(text) + " from " + quoted(prefix)
                + " differs on row " + index);
      }
    }
  }

  /** The query, or null when the text is not one (checked to say so properly). */
  private static Query parsed(String text) {
    try {
      return Query.parse(text);
    } catch (QueryException e) {
      require(
          e.getMessage() != null && !e.getMessage().isBlank(),
          () -> "no message for " + quoted(text));
      require(
          e.position() >= 0 && e.position() <= text.length(),
          () -> "position " + e.position() + " outside " + quoted(text));
      return null;
    }
  }

  private static void checkHighlights(Query query, Field field, String shown) {
    List<Highlight> ranges = query.highlights(field, shown);
    int last = -1;
    for (Highlight range : ranges) {
      int after = last;
      require(
          range.start() > after && range.start() < range.end() && range.end() <= shown.length(),
          () -> "highlights " + ranges + " of " + quoted(query.text()) + " in " + quoted(shown));
      last = range.end();
    }
  }

  /** Where to cut the text for prefixes: a few places, each between two code points. */
  private static List<Integer> cuts(String text) {
    List<Integer> cuts = new ArrayList<>();
    int points = text.codePointCount(0, text.length());
    int step = Math.max(1, points / 6);
    for (int p = 0; p < points; p += step) {
      cuts.add(text.offsetByCodePoints(0, p));
    }
    return cuts;
  }

  private static List<TimelineEntry> rows() {
    List<TimelineEntry> rows = new ArrayList<>();
    String[][] texts = {
      {"SenseTime postpones IPO", "TechCrunch", "techcrunch.com", "AI", "The IPO is on hold."},
      {"Café in Zürich", "Le Monde", "lemonde.fr", "AI Ethics", "«Un café» ﬁne"},
      {"", "", "", "", ""},
      {"10:30 https://x.example", "x", "x.example", "Markets", "a | b \"q\" -y"},
      {"ΑΙ και Ελλάδα", "Καθημερινή", "kathimerini.gr", "Τεχνητή νοημοσύνη", "ελληνικά"},
      {"Zero-width\u200b joiner", "P", "p.example", "AI", "e\u0301tude"}
    };
    for (int i = 0; i < texts.length * 2; i++) {
      String[] t = texts[i % texts.length];
      List<String> topics = t[3].isEmpty() ? List.of() : List.of(t[3]);
      Instant published = i % 4 == 3 ? null : Instant.parse("2021-12-14T10:00:00Z").minusSeconds(86_400L * i * i);
      rows.add(
          new TimelineEntry(
              new FileKey(Path.of("/news/" + i + ".md"), Instant.EPOCH, 1),
              published,
              i % 5 == 4 ? DateSource.FILE_NAME : DateSource.FRONT_MATTER,
              t[0],
              t[1],
              i % 3 == 0 ? null : "https://" + (t[2].isEmpty() ? "e.example" : "www." + t[2]) + "/" + i,
              t[2],
              i % 3 == 0 ? null : "www." + t[2],
              topics,
              i % 4 == 0 ? null : i * 17 % 101 - 5,
              i % 3 == 0 ? null : i * 13 % 50 - 20,
              i % 2 == 0,
              i % 7 == 0,
              SearchText.of(t[0], t[1], t[2], topics, t[4])));
    }
    return List.copyOf(rows);
  }

  private static String quoted(String text) {
    return "\"" + CleanText.escaped(text) + "\"";
  }

  private static void require(boolean holds, Supplier<String> message) {
    if (!holds) {
      throw new AssertionError(message.get());
    }
  }

  @AfterAll
  static void report() {
    STATS.report();
  }
}
