package dev.tidings.browse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.TimelineEntry;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FilterTest {

  private static final TimelineEntry ENTRY =
      new TimelineEntry(
          new FileKey(Path.of("/news/a.md"), Instant.EPOCH, 1),
          null,
          DateSource.FRONT_MATTER,
          "SenseTime IPO",
          "Reuters",
          null,
          "sensetime ipo\nreuters\nai ethics");

  @Test
  void matchesWhenEveryWordOccursInAnyFieldIgnoringCase() {
    assertThat(new Filter("ipo SENSE").matches(ENTRY)).isTrue();
    assertThat(new Filter("reuters ethics").matches(ENTRY)).isTrue();
    assertThat(new Filter("ipo bloomberg").matches(ENTRY)).isFalse();
    assertThat(new Filter("  ").matches(ENTRY)).isTrue();
    assertThat(new Filter("  ").isEmpty()).isTrue();
  }

  @Test
  void aWordDoesNotMatchAcrossTwoFields() {
    assertThat(new Filter("iporeuters").matches(ENTRY)).isFalse();
  }

  @Test
  void aFilterNarrowsAnotherWhenEachOfItsWordsGrewFromOneOfTheOthers() {
    assertThat(new Filter("ipos").narrows(new Filter("ipo"))).isTrue();
    assertThat(new Filter("ipo hk").narrows(new Filter("ipo"))).isTrue();
    assertThat(new Filter("sense ipo").narrows(new Filter("ipo sen"))).isTrue();
    assertThat(new Filter("ip").narrows(new Filter("ipo"))).isFalse();
    assertThat(new Filter("hk").narrows(new Filter("ipo"))).isFalse();
    assertThat(new Filter("anything").narrows(Filter.NONE)).isTrue();
  }
}
