package dev.tidings.browse;

import static dev.tidings.browse.SessionFixtures.session;
import static dev.tidings.browse.SessionFixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.TimelineEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What {@code o}, {@code y} and {@code Y} ask the UI to open or copy: the marks, else the current
 * article; asking before opening more than ten; refusing URLs tidings would not print.
 */
class OpenAndCopyTest {

  private static TimelineEntry row(int i, String title, String url) {
    return new TimelineEntry(
        new FileKey(Path.of("/news/" + i + ".md"), Instant.EPOCH, 1),
        Instant.parse("2021-12-14T03:22:00Z").minusSeconds(3600L * i),
        DateSource.FRONT_MATTER, title, "Provider", url, title.toLowerCase());
  }

  @Test
  void oOpensTheCurrentArticleWithoutMarks() {
    BrowseSession session = session(timeline(3), () -> {});
    session.apply(Action.MOVE_DOWN);

    session.apply(Action.OPEN);

    assertThat(session.message()).isEmpty();
    assertThat(session.takeRequest())
        .contains(
            new UrlRequest(
                UrlRequest.Kind.OPEN, List.of("https://example.com/1"), "", "the article"));
    assertThat(session.takeRequest()).as("taken once").isEmpty();
  }

  @Test
  void oOpensTheMarkedArticlesInTheOrderMarked() {
    BrowseSession session = session(timeline(5), () -> {});
    session.apply(Action.MOVE_DOWN);
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.FIRST);
    session.apply(Action.TOGGLE_MARK);

    session.apply(Action.OPEN);

    UrlRequest request = session.takeRequest().orElseThrow();
    assertThat(request.urls()).containsExactly("https://example.com/1", "https://example.com/0");
    assertThat(request.what()).isEqualTo("2 articles");
  }

  @Test
  void openingTenDoesNotAskButElevenAsksOnceAndTheSecondOOpens() {
    BrowseSession ten = session(timeline(30), () -> {});
    ten.apply(Action.MARK_ALL);
    ten.apply(Action.FIRST);
    for (int i = 0; i < 20; i++) {
      ten.apply(Action.TOGGLE_MARK);
    }
    assertThat(ten.marks()).hasSize(10);
    ten.apply(Action.OPEN);
    assertThat(ten.takeRequest()).isPresent();

    BrowseSession session = session(timeline(23), () -> {});
    session.apply(Action.MARK_ALL);
    session.apply(Action.OPEN);
    assertThat(session.message()).isEqualTo("open 23 articles? o again opens");
    assertThat(session.takeRequest()).isEmpty();

    session.apply(Action.OPEN);
    assertThat(session.message()).isEmpty();
    assertThat(session.takeRequest().orElseThrow().urls()).hasSize(23);
  }

  @Test
  void anyOtherActionForgetsTheQuestion() {
    BrowseSession session = session(timeline(23), () -> {});
    session.apply(Action.MARK_ALL);
    session.apply(Action.OPEN);
    session.apply(Action.MOVE_DOWN);

    session.apply(Action.OPEN);

    assertThat(session.message()).isEqualTo("open 23 articles? o again opens");
    assertThat(session.takeRequest()).isEmpty();
  }

  @Test
  void yCopiesTheMarkedUrlsOneALine() {
    BrowseSession session = session(timeline(5), () -> {});
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.TOGGLE_MARK);

    session.apply(Action.COPY_URLS);

    assertThat(session.takeRequest())
        .contains(
            new UrlRequest(
                UrlRequest.Kind.COPY,
                List.of("https://example.com/0", "https://example.com/1", "https://example.com/2"),
                "https://example.com/0\nhttps://example.com/1\nhttps://example.com/2",
                "3 URLs"));
  }

  @Test
  void yCopiesTheCurrentUrlWithoutMarks() {
    BrowseSession session = session(timeline(2), () -> {});

    session.apply(Action.COPY_URLS);

    UrlRequest request = session.takeRequest().orElseThrow();
    assertThat(request.text()).isEqualTo("https://example.com/0");
    assertThat(request.what()).isEqualTo("the URL");
  }

  @Test
  void bigYCopiesMarkdownLinksWithTheTitleAndUrlEscapedForCommonMark() {
    BrowseSession session =
        session(
            List.of(
                row(0, "Arrays [a] and \\ slashes", "https://example.com/wiki/Foo_(bar)"),
                row(1, "Plain", "https://example.com/p?q=1")),
            () -> {});
    session.apply(Action.TOGGLE_MARK);
    session.apply(Action.TOGGLE_MARK);

    session.apply(Action.COPY_LINKS);

    UrlRequest request = session.takeRequest().orElseThrow();
    assertThat(request.text())
        .isEqualTo(
            "[Arrays \\[a\\] and \\\\ slashes](<https://example.com/wiki/Foo_(bar)>)\n"
                + "[Plain](https://example.com/p?q=1)");
    assertThat(request.what()).isEqualTo("2 Markdown links");
    // Angle brackets cannot be marked (java.net.URI refuses them), but the link escapes them.
    assertThat(MarkdownLink.of("Plain", "https://example.com/p?q=<x>"))
        .isEqualTo("[Plain](<https://example.com/p?q=\\<x\\>>)");
  }

  @Test
  void aMarkdownLinkKeepsItToOneLineAndFallsBackOnTheUrlForAText() {
    assertThat(MarkdownLink.of("Two\nlines", "https://e.com/a"))
        .isEqualTo("[Two lines](https://e.com/a)");
    assertThat(MarkdownLink.of(null, "https://e.com/a"))
        .isEqualTo("[https://e.com/a](https://e.com/a)");
  }

  @Test
  void aUrlThatIsNotHttpIsNeitherOpenedNorCopied() {
    BrowseSession session = session(List.of(row(0, "Local", "file:///etc/passwd")), () -> {});

    session.apply(Action.OPEN);
    assertThat(session.message()).isEqualTo("not opened: not an http(s) URL: file:///etc/passwd");
    assertThat(session.takeRequest()).isEmpty();

    session.apply(Action.COPY_URLS);
    assertThat(session.message()).isEqualTo("not copied: not an http(s) URL: file:///etc/passwd");
    session.apply(Action.COPY_LINKS);
    assertThat(session.takeRequest()).isEmpty();
  }

  @Test
  void anEmptyTimelineHasNothingToOpen() {
    BrowseSession session = session(List.of(), () -> {});

    session.apply(Action.OPEN);

    assertThat(session.message()).isEqualTo("not opened: no article");
    assertThat(session.takeRequest()).isEqualTo(Optional.empty());
  }
}
