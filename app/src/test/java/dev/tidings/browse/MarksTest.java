package dev.tidings.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarksTest {

  @Test
  void marksKeepTheOrderOfMarkingAndASecondToggleUnmarks() {
    Marks marks = new Marks();
    assertThat(marks.toggle("https://b.example/")).isEmpty();
    assertThat(marks.toggle("https://a.example/")).isEmpty();
    assertThat(marks.list()).containsExactly("https://b.example/", "https://a.example/");
    assertThat(marks.toggle("https://b.example/")).isEmpty();
    assertThat(marks.list()).containsExactly("https://a.example/");
    assertThat(marks.contains(null)).isFalse();
  }

  @Test
  void aRefusalQuotesAtMostSixtyCharactersOfTheUrl() {
    String url = "ftp://" + "x".repeat(100);
    assertThat(new Marks().toggle(url))
        .contains("not marked: not an http(s) URL: " + url.substring(0, 60) + "\u2026");
    assertThat(Marks.refusal(List.of("https://ok.example/", url)))
        .contains("not accepted: not an http(s) URL: " + url.substring(0, 60) + "\u2026");
    assertThat(Marks.refusal(List.of("https://ok.example/"))).isEmpty();
  }
}
