package dev.tidings.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.browse.Accepted;
import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.SearchText;
import dev.tidings.model.TimelineEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each format of accept, for an article with its row and for a marked related story that is not
 * in the timeline.
 */
class AcceptWriterTest {

  private static final TimelineEntry ROW =
      new TimelineEntry(
          new FileKey(Path.of("/news/a.md"), Instant.parse("2021-12-15T00:00:00Z"), 42),
          Instant.parse("2021-12-14T03:22:00Z"),
          DateSource.FRONT_MATTER,
          "SenseTime [IPO]",
          "Reuters",
          "https://example.com/a",
          null,
          "example.com",
          List.of("markets"),
          null,
          null,
          false,
          false,
          SearchText.of("SenseTime [IPO]", "Reuters", null, List.of("markets"), null));

  private static final List<Accepted> ITEMS =
      List.of(
          new Accepted("https://example.com/a", ROW),
          new Accepted("https://related.example/b_(c)", null));

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int write(AcceptFormat format, boolean print0, List<Accepted> items) throws IOException {
    AcceptWriter writer =
        new AcceptWriter(
            format,
            ZoneOffset.UTC,
            print0,
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return writer.write(items);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void urlWritesTheUrls() throws IOException {
    assertThat(write(AcceptFormat.URL, false, ITEMS)).isEqualTo(2);
    assertThat(out()).isEqualTo("https://example.com/a\nhttps://related.example/b_(c)\n");
  }

  @Test
  void markdownLinksTheTitleOrTheUrlWhenThereIsNoRow() throws IOException {
    assertThat(write(AcceptFormat.MARKDOWN, false, ITEMS)).isEqualTo(2);
    assertThat(out())
        .isEqualTo(
            "- [SenseTime \\[IPO\\]](https://example.com/a)\n"
                + "- [https://related.example/b_(c)](<https://related.example/b_(c)>)\n");
  }

  @Test
  void jsonIsTheObjectOfTidingsListAndNullsWithoutARow() throws IOException {
    assertThat(write(AcceptFormat.JSON, false, ITEMS)).isEqualTo(2);
    assertThat(out().lines())
        .containsExactly(
            RowText.json(ROW, ZoneOffset.UTC),
            "{\"published\":null,\"dateSource\":null,\"provider\":null,\"title\":null,"
                + "\"url\":\"https://related.example/b_(c)\",\"providerDomain\":null,"
                + "\"host\":null,\"topics\":null,\"quality\":null,\"heat\":null,"
                + "\"hasRelated\":null,\"repaired\":null,\"path\":null,\"modified\":null,"
                + "\"size\":null}");
    assertThat(out().lines().findFirst().orElseThrow())
        .contains("\"title\":\"SenseTime [IPO]\"", "\"path\":\"/news/a.md\"")
        .contains("\"topics\":[\"markets\"]", "\"published\":\"2021-12-14T03:22:00Z\"");
  }

  @Test
  void tsvIsTheLineOfTidingsListAndEmptyFieldsWithoutARow() throws IOException {
    assertThat(write(AcceptFormat.TSV, false, ITEMS)).isEqualTo(2);
    assertThat(out())
        .isEqualTo(
            "2021-12-14T03:22:00Z\tReuters\tSenseTime [IPO]\thttps://example.com/a\t/news/a.md\n"
                + "\t\t\thttps://related.example/b_(c)\t\n");
  }

  @Test
  void pathWritesTheFileAndNamesTheUrlWithoutOne() throws IOException {
    assertThat(write(AcceptFormat.PATH, true, ITEMS)).isEqualTo(1);
    assertThat(out()).isEqualTo("/news/a.md\0");
    assertThat(err())
        .isEqualTo(
            "tidings: not written, no file (a related story not in the timeline): "
                + "https://related.example/b_(c)\n");
  }

  @Test
  void aRefusedUrlIsWrittenInNoFormat() throws IOException {
    List<Accepted> bad = List.of(new Accepted("https://x.example/a\u202Egnp.exe", null));
    for (AcceptFormat format : AcceptFormat.values()) {
      assertThat(write(format, false, bad)).isZero();
    }
    assertThat(out()).isEmpty();
    assertThat(err().lines())
        .hasSize(AcceptFormat.values().length)
        .containsOnly(
            "tidings: not written, the URL has a bidirectional control (U+202E) at character 20: "
                + "https://x.example/a\\u202egnp.exe");
  }

  @Test
  void theKeyLineComesFirst() throws IOException {
    AcceptWriter writer =
        new AcceptWriter(
            AcceptFormat.URL,
            ZoneOffset.UTC,
            false,
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    writer.keyLine("ctrl-o");
    writer.write(ITEMS.subList(0, 1));
    writer.keyLine("");
    assertThat(out()).isEqualTo("ctrl-o\nhttps://example.com/a\n\n");
  }
}
