package dev.tidings.browse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which URLs are written, and the reason given for each one that is not. */
class WritableUrlsTest {

  @Test
  void absoluteHttpUrlsWithAHostAreWritable() {
    assertThat(WritableUrls.refusal("https://example.com/a?b=c#d")).isNull();
    assertThat(WritableUrls.refusal("HTTP://Example.com")).isNull();
    assertThat(WritableUrls.isWritable("https://example.com/")).isTrue();
  }

  @Test
  void theReasonNamesWhatIsWrong() {
    assertThat(WritableUrls.refusal(null)).isEqualTo("no URL");
    assertThat(WritableUrls.refusal("")).isEqualTo("no URL");
    assertThat(WritableUrls.refusal("https://example.com/a\nrm -rf ~"))
        .isEqualTo("URL has a line break");
    assertThat(WritableUrls.refusal("https://example.com/a\r")).isEqualTo("URL has a line break");
    assertThat(WritableUrls.refusal("https://example.com/\u2028")).isEqualTo("URL has a line break");
    assertThat(WritableUrls.refusal("https://example.com/\u0085")).isEqualTo("URL has a line break");
    assertThat(WritableUrls.refusal("https://example.com/\ta")).isEqualTo("URL has a tab");
    assertThat(WritableUrls.refusal("https://example.com/\u001B[2J"))
        .isEqualTo("URL has a control character");
    assertThat(WritableUrls.refusal("https://example.com/\u009B")).isEqualTo("URL has a control character");
    assertThat(WritableUrls.refusal("https://example.com/\u007F")).isEqualTo("URL has a control character");
    assertThat(WritableUrls.refusal("https://example.com/a b")).isEqualTo("URL has white space");
    assertThat(WritableUrls.refusal("https://example.com/a\u00A0b")).isEqualTo("URL has white space");
    assertThat(WritableUrls.refusal("https://example.com/a\u3000b")).isEqualTo("URL has white space");
    assertThat(WritableUrls.refusal("javascript:alert(1)")).isEqualTo("not an http(s) URL");
    assertThat(WritableUrls.refusal("ftp://example.com/")).isEqualTo("not an http(s) URL");
    assertThat(WritableUrls.refusal("https://")).isEqualTo("URL has no host");
    assertThat(WritableUrls.refusal("https:///path")).isEqualTo("URL has no host");
  }

  @Test
  void theFirstCharacterThatMayNotBeThereGivesTheReason() {
    assertThat(WritableUrls.refusal("a b\nc")).isEqualTo("URL has white space");
    assertThat(WritableUrls.refusal("a\nb c")).isEqualTo("URL has a line break");
  }

  @Test
  void aRefusalOnTheStatusLineSaysWhyInFewWords() {
    assertThat(new Marks().toggle("https://example.com/a\nrm -rf ~"))
        .contains("not marked: URL has a line break: https://example.com/a\nrm -rf ~");
    assertThat(new Marks().toggle("https://example.com/a rm -rf ~"))
        .contains("not marked: URL has white space: https://example.com/a rm -rf ~");
  }
}
