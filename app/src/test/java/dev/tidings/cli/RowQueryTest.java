package dev.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.browse.SortOrder;
import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.TimelineEntry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The seam between --query and the query language, and where --query and --sort are kept. */
class RowQueryTest {

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2021-12-15T00:00:00Z"), ZoneOffset.UTC);

  private static TimelineEntry row(String title, String provider) {
    return TimelineEntry.of(
        new FileKey(Path.of("/news/a.md"), Instant.EPOCH, 1),
        Instant.EPOCH,
        DateSource.FRONT_MATTER,
        title,
        provider,
        null,
        List.of("AI"));
  }

  @Test
  void aQueryIsTheQueryLanguageOfTheFilter() {
    RowQuery.Compiled compiled = RowQuery.compile("sense FORBES", ZoneOffset.UTC, NOW);
    assertThat(compiled).isInstanceOf(RowQuery.Valid.class);
    var matcher = ((RowQuery.Valid) compiled).matcher();
    assertThat(matcher.test(row("SenseTime IPO", "Forbes"))).isTrue();
    assertThat(matcher.test(row("SenseTime IPO", "Reuters"))).isFalse();
    assertThat(((RowQuery.Valid) RowQuery.compile("", ZoneOffset.UTC, NOW)).matcher())
        .accepts(row("Anything", ""));
    assertThat(((RowQuery.Valid) RowQuery.compile("topic:ai -provider:reuters", ZoneOffset.UTC, NOW))
            .matcher())
        .accepts(row("SenseTime IPO", "Forbes"))
        .rejects(row("SenseTime IPO", "Reuters"));
  }

  @Test
  void aMalformedQueryIsInvalidWithItsPlaceAndReason() {
    RowQuery.Compiled compiled = RowQuery.compile("ipo since:zz", ZoneOffset.UTC, NOW);
    assertThat(compiled).isInstanceOf(RowQuery.Invalid.class);
    RowQuery.Invalid invalid = (RowQuery.Invalid) compiled;
    assertThat(invalid.message()).isEqualTo("since: expects a date such as 2021-12-10 or 7d");
    assertThat(invalid.describe("ipo since:zz")).startsWith("bad query at character ");
  }

  @Test
  void anInvalidQuerySaysWhereCountingCharactersFromOneAndEscapingTheText() {
    assertThat(new RowQuery.Invalid("unknown field", 0).describe("xyz:1"))
        .isEqualTo("bad query at character 1 (\"xyz:1\"): unknown field");
    assertThat(new RowQuery.Invalid("unclosed quote", 3).describe("a \"b"))
        .isEqualTo("bad query at character 4 (\"b\"): unclosed quote");
    // The emoji before the fault is one character, though two UTF-16 units.
    assertThat(new RowQuery.Invalid("bad \u001b[2J", 4).describe("\uD83D\uDE00 x\u001b[1m"))
        .isEqualTo("bad query at character 4 (\"\\u001b[1m\"): bad \\u001b[2J");
    assertThat(new RowQuery.Invalid("expected a value", 6).describe("title:"))
        .isEqualTo("bad query at character 7 (its end): expected a value");
    assertThat(new RowQuery.Invalid("long", 0).describe("a".repeat(50)))
        .isEqualTo("bad query at character 1 (\"" + "a".repeat(20) + "\"): long");
    assertThatThrownBy(() -> new RowQuery.Invalid("x", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBrowserKeepsQueryAndSortForTheSession() {
    TidingsCommand command =
        new TidingsCommand(
            new ByteArrayOutputStream(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            Map.of(),
            () -> {});
    new CommandLine(command).parseArgs("--query", "topic:AI", "--sort=heat", "news");
    assertThat(command.query()).isEqualTo("topic:AI");
    assertThat(command.sortOrder()).isEqualTo(SortOrder.HEAT);

    TidingsCommand plain =
        new TidingsCommand(
            new ByteArrayOutputStream(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            Map.of(),
            () -> {});
    new CommandLine(plain).parseArgs("news");
    assertThat(plain.query()).isNull();
    assertThat(plain.sortOrder()).isEqualTo(SortOrder.DATE);
  }
}
