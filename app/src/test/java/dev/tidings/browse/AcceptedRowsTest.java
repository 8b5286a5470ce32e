package dev.tidings.browse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.TimelineEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The timeline rows of accepted URLs. */
class AcceptedRowsTest {

  private static TimelineEntry row(String name, String url) {
    return new TimelineEntry(
        new FileKey(Path.of("/news/" + name + ".md"), Instant.EPOCH, 1),
        Instant.EPOCH,
        DateSource.FRONT_MATTER,
        name,
        "Provider",
        url,
        name);
  }

  @Test
  void eachUrlGetsTheFirstRowWithItOrNone() {
    TimelineEntry first = row("first", "https://a.example/");
    TimelineEntry copy = row("copy", "https://a.example/");
    TimelineEntry other = row("other", "https://b.example/");
    List<TimelineEntry> timeline = List.of(row("none", null), first, copy, other);

    List<Accepted> accepted =
        AcceptedRows.of(
            List.of("https://b.example/", "https://related.example/", "https://a.example/"),
            timeline);

    assertThat(accepted)
        .containsExactly(
            new Accepted("https://b.example/", other),
            new Accepted("https://related.example/", null),
            new Accepted("https://a.example/", first));
    assertThat(accepted.get(1).article()).isEmpty();
    assertThat(accepted.get(2).article()).contains(first);
  }

  @Test
  void theSessionGivesTheAcceptedUrlsWithTheirRows() {
    TimelineEntry a = row("a", "https://a.example/");
    TimelineEntry b = row("b", "https://b.example/");
    BrowseSession session = new BrowseSession(
            List.of(a, b),
            new Corpus(url -> Optional.empty(), article -> List.of(), List::of, () -> {}));
    assertThat(session.acceptedRows()).containsExactly(new Accepted("https://a.example/", a));
  }
}
