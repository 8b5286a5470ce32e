package dev.tidings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The title is the column that gets the room: measured on whole screens, a wider terminal never
 * shows less of a title than a narrower one, and 120 columns show a 60-column title whole.
 */
class TitleColumnsTest {

  /** A title longer than any screen: words {@code w0 w1 w2 ...}. */
  private static final String LONG_TITLE = longTitle();

  private static String longTitle() {
    StringBuilder title = new StringBuilder();
    for (int i = 0; title.length() < 400; i++) {
      title.append('w').append(i).append(' ');
    }
    return title.toString().strip();
  }

  private static Path corpus(String name, String title) {
    Path dir = ScreenCorpora.fresh(name);
    ScreenCorpora.write(
        dir,
        "a.md",
        "---\ntitle: \"" + title + "\"\npublishedDateTime: 2021-12-14T03:22:00Z\n"
            + "webUrl: \"https://example.com/a\"\n"
            + "provider: {name: South China Morning Post, domain: scmp.com}\n---\n");
    return dir;
  }

  /** @return how many columns of the title the timeline's first row shows, ellipsis excluded */
  private static int visible(ScreenHarness harness, String title) {
    String row = harness.screen().lines().skip(1).findFirst().orElseThrow();
    int start = row.indexOf(title.substring(0, 3));
    int shown = 0;
    while (start + shown < row.length()
        && shown < title.length()
        && row.charAt(start + shown) == title.charAt(shown)) {
      shown++;
    }
    return shown;
  }

  @Test
  void noWidthShowsLessOfATitleThanANarrowerOne() {
    Path dir = corpus("long-title", LONG_TITLE);
    Map<Integer, Integer> shown = new LinkedHashMap<>();
    int previous = 0;
    for (int columns = 40; columns <= 260; columns++) {
      int now = visible(new ScreenHarness(dir, columns, 40), LONG_TITLE);
      assertThat(now).as("title columns at %d columns", columns).isGreaterThanOrEqualTo(previous);
      previous = now;
      shown.put(columns, now);
    }
    // The spec, for the record: the columns of a long title visible before the ellipsis.
    assertThat(Map.of(80, shown.get(80), 100, shown.get(100), 120, shown.get(120),
            160, shown.get(160), 200, shown.get(200)))
        .isEqualTo(Map.of(80, 50, 100, 65, 120, 80, 160, 85, 200, 99));
  }

  @Test
  void at120By40ASixtyColumnTitleIsShownWhole() {
    String title = "SenseTime postpones its Hong Kong IPO after the US blacklist";
    assertThat(title).hasSize(60);
    ScreenHarness harness = new ScreenHarness(corpus("sixty", title), 120, 40);
    assertThat(visible(harness, title)).isEqualTo(60);
    assertThat(harness.screen().lines().skip(1).findFirst().orElseThrow())
        .contains(title + " ")
        .doesNotContain("\u2026");
  }
}
