package dev.tidings.browse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which URLs are written, and the reason given for each one that is not. */
class WritableUrlsTest {

  @Test
  void absoluteHttpUrlsWithAHostAreWritable() {
    assertThat(WritableUrls.refusal("https://example.com/a?b=c#d")).isNull();
    assertThat(WritableUrls.refusal("HTTP://Example.com")).isNull();
    assertThat(WritableUrls.refusal("https://user@example.com:8443/a_(b)?q=1&r=%20")).isNull();
    assertThat(WritableUrls.refusal("https://[2001:db8::1]:8080/a")).isNull();
    assertThat(WritableUrls.isWritable("https://example.com/")).isTrue();
  }

  @Test
  void irisWithLettersBeyondAsciiAreWritable() {
    assertThat(WritableUrls.refusal("https://de.wikipedia.org/wiki/B\u00fccher_\u00fcber"))
        .isNull();
    assertThat(WritableUrls.refusal("https://example.jp/\u30cb\u30e5\u30fc\u30b9?q=\u65e5\u672c"))
        .isNull();
    assertThat(WritableUrls.refusal("https://b\u00fccher.example/a")).isNull();
    assertThat(WritableUrls.refusal("https://example.com/cafe\u0301")).isNull();
  }

  @Test
  void lineBreaksTabsControlsAndSpacesAreNamedWithTheirPlace() {
    assertThat(WritableUrls.refusal(null)).isEqualTo("no URL");
    assertThat(WritableUrls.refusal("")).isEqualTo("no URL");
    assertThat(WritableUrls.refusal("https://example.com/a\nrm -rf ~"))
        .isEqualTo("the URL has a line break (U+000A) at character 22");
    assertThat(WritableUrls.refusal("https://example.com/a\r"))
        .isEqualTo("the URL has a line break (U+000D) at character 22");
    assertThat(WritableUrls.refusal("https://example.com/\u2028"))
        .isEqualTo("the URL has a line break (U+2028) at character 21");
    assertThat(WritableUrls.refusal("https://example.com/\u0085"))
        .isEqualTo("the URL has a line break (U+0085) at character 21");
    assertThat(WritableUrls.refusal("https://example.com/\ta"))
        .isEqualTo("the URL has a tab at character 21");
    assertThat(WritableUrls.refusal("https://example.com/\u001B[2J"))
        .isEqualTo("the URL has a control character (U+001B) at character 21");
    assertThat(WritableUrls.refusal("https://example.com/\u009B"))
        .isEqualTo("the URL has a control character (U+009B) at character 21");
    assertThat(WritableUrls.refusal("https://example.com/\u007F"))
        .isEqualTo("the URL has a control character (U+007F) at character 21");
    assertThat(WritableUrls.refusal("https://example.com/a b"))
        .isEqualTo("the URL has white space (U+0020) at character 22");
    assertThat(WritableUrls.refusal("https://example.com/a\u00A0b"))
        .isEqualTo("the URL has white space (U+00A0) at character 22");
    assertThat(WritableUrls.refusal("https://example.com/a\u3000b"))
        .isEqualTo("the URL has white space (U+3000) at character 22");
  }

  @Test
  void bidirectionalControlsAreRefusedEachOfThem() {
    assertThat(WritableUrls.refusal("https://x.example/a\u202Egnp.exe"))
        .isEqualTo("the URL has a bidirectional control (U+202E) at character 20");
    String[] controls = {
      "\u061C", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
      "\u2067", "\u2068", "\u2069"
    };
    for (String control : controls) {
      assertThat(WritableUrls.refusal("https://x.example/" + control))
          .isEqualTo(
              "the URL has a bidirectional control (U+%04X) at character 19",
              (int) control.charAt(0));
    }
  }

  @Test
  void invisibleAndOtherFormatCharactersAreRefused() {
    String[] invisibles = {"\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"};
    for (String invisible : invisibles) {
      assertThat(WritableUrls.refusal("https://x.example/a" + invisible + "b"))
          .isEqualTo(
              "the URL has an invisible character (U+%04X) at character 20",
              (int) invisible.charAt(0));
    }
    // Category Cf beyond those named: the Arabic number sign, a tag character (two chars).
    assertThat(WritableUrls.refusal("https://x.example/\u0600"))
        .isEqualTo("the URL has a format character (U+0600) at character 19");
    assertThat(WritableUrls.refusal("https://x.example/\uDB40\uDC41z"))
        .isEqualTo("the URL has a format character (U+E0041) at character 19");
    // Positions count code points: the emoji before the space is one character.
    assertThat(WritableUrls.refusal("https://x.example/\uD83D\uDE00 "))
        .isEqualTo("the URL has white space (U+0020) at character 20");
    assertThat(WritableUrls.refusal("https://x.example/\uD800"))
        .isEqualTo("the URL has a lone surrogate (U+D800) at character 19");
  }

  @Test
  void backslashesAreRefused() {
    assertThat(WritableUrls.refusal("https://x.example/a\\b"))
        .isEqualTo("the URL has a backslash at character 20");
    assertThat(WritableUrls.refusal("https:\\\\x.example/"))
        .isEqualTo("the URL has a backslash at character 7");
  }

  @Test
  void whatJavaNetUriRefusesIsRefusedWithItsReason() {
    assertThat(WritableUrls.refusal("https://example.com/a|b"))
        .isEqualTo("not a valid URL: Illegal character in path at index 21");
    assertThat(WritableUrls.refusal("https://example.com/a<b>"))
        .isEqualTo("not a valid URL: Illegal character in path at index 21");
    assertThat(WritableUrls.refusal("https://example.com/%zz"))
        .isEqualTo("not a valid URL: Malformed escape pair at index 20");
    assertThat(WritableUrls.refusal("https://example.com/a#b#c"))
        .isEqualTo("not a valid URL: Illegal character in fragment at index 23");
    assertThat(WritableUrls.refusal("https://example.com:80x/"))
        .isEqualTo("not a valid URL: Illegal character in port number at index 22");
    assertThat(WritableUrls.refusal("http://exa_mple.com/"))
        .isEqualTo("not a valid URL: Illegal character in hostname at index 10");
  }

  @Test
  void otherSchemesAndUrlsWithoutAHostAreRefused() {
    assertThat(WritableUrls.refusal("javascript:alert(1)")).isEqualTo("not an http(s) URL");
    assertThat(WritableUrls.refusal("ftp://example.com/")).isEqualTo("not an http(s) URL");
    assertThat(WritableUrls.refusal("//example.com/a")).isEqualTo("not an http(s) URL");
    assertThat(WritableUrls.refusal("https://")).isEqualTo("the URL has no host");
    assertThat(WritableUrls.refusal("https:///path")).isEqualTo("the URL has no host");
    assertThat(WritableUrls.refusal("https://?q")).isEqualTo("the URL has no host");
  }

  @Test
  void theFirstCharacterThatMayNotBeThereGivesTheReason() {
    assertThat(WritableUrls.refusal("a b\nc"))
        .isEqualTo("the URL has white space (U+0020) at character 2");
    assertThat(WritableUrls.refusal("a\nb c"))
        .isEqualTo("the URL has a line break (U+000A) at character 2");
  }

  @Test
  void theBriefReasonLeavesOutWhereAndWhich() {
    assertThat(WritableUrls.briefRefusal("https://example.com/a b"))
        .isEqualTo("URL has white space");
    assertThat(WritableUrls.briefRefusal("https://x.example/\u202E"))
        .isEqualTo("URL has a bidirectional control");
    assertThat(WritableUrls.briefRefusal("https://example.com/a|b")).isEqualTo("not a valid URL");
    assertThat(WritableUrls.briefRefusal("https:///a")).isEqualTo("URL has no host");
    assertThat(WritableUrls.briefRefusal("https://example.com/")).isNull();
  }

  @Test
  void aRefusalOnTheStatusLineSaysWhy() {
    assertThat(new Marks().toggle("https://example.com/a\nrm -rf ~"))
        .contains(
            "not marked: the URL has a line break (U+000A) at character 22: "
                + "https://example.com/a\nrm -rf ~");
    assertThat(new Marks().toggle("https://x.example/a\u202Egnp.exe"))
        .contains(
            "not marked: the URL has a bidirectional control (U+202E) at character 20: "
                + "https://x.example/a\u202Egnp.exe");
  }
}
