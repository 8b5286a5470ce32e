package dev.tidings.repository.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UrlsTest {

  static Stream<Arguments> keys() {
    return Stream.of(
        // trimming
        row("  https://a.com/x \t\r\n", "https://a.com/x"),
        row("\u00a0\u2003https://a.com/x\u3000", "https://a.com/x"),
        row("\u0000\u001fhttps://a.com/x\u0007", "https://a.com/x"),
        // scheme and host case; path, query and user-info case kept
        row("HTTPS://a.com/x", "https://a.com/x"),
        row("HtTp://a.com/x", "http://a.com/x"),
        row("https://WWW.Example.COM/x", "https://www.example.com/x"),
        row("https://a.com/Path/To?Q=Upper&r=MiXeD", "https://a.com/Path/To?Q=Upper&r=MiXeD"),
        row("https://User:PW@A.COM/x", "https://User:PW@a.com/x"),
        row("https://us@er@A.com/x", "https://us@er@a.com/x"),
        // ports
        row("http://a.com:80/x", "http://a.com/x"),
        row("https://a.com:443/x", "https://a.com/x"),
        row("https://a.com:443", "https://a.com"),
        row("http://a.com:443/x", "http://a.com:443/x"),
        row("https://a.com:80/x", "https://a.com:80/x"),
        row("https://a.com:8443/x", "https://a.com:8443/x"),
        row("https://a.com:/x", "https://a.com/x"),
        row("https://a.com:0443/x", "https://a.com/x"),
        row("https://a.com:08080/x", "https://a.com:8080/x"),
        row("https://a.com:000/x", "https://a.com:0/x"),
        row("https://u:p@a.com:443/x", "https://u:p@a.com/x"),
        row("http://[::1]:80/x", "http://[::1]/x"),
        row("http://[FE80::1]:8080/", "http://[fe80::1]:8080"),
        // trailing slashes
        row("https://a.com/", "https://a.com"),
        row("https://a.com", "https://a.com"),
        row("https://a.com/x/", "https://a.com/x"),
        row("https://a.com/x///", "https://a.com/x"),
        row("https://a.com///", "https://a.com"),
        row("https://a.com/x/?a=1", "https://a.com/x?a=1"),
        row("https://a.com/?a=1", "https://a.com?a=1"),
        row("https://a.com/a//b", "https://a.com/a//b"),
        row("https://a.com/a/./b/../c", "https://a.com/a/./b/../c"),
        // fragments
        row("https://a.com/x#top", "https://a.com/x"),
        row("https://a.com/x/#top", "https://a.com/x"),
        row("https://a.com#top", "https://a.com"),
        row("https://a.com/x?a=1#frag?b=2&c", "https://a.com/x?a=1"),
        row("https://a.com/x#", "https://a.com/x"),
        // query
        row("https://a.com/x?utm_source=t&id=7&UTM_Medium=s&b=2", "https://a.com/x?id=7&b=2"),
        row("https://a.com/x?utm_source=t", "https://a.com/x"),
        row("https://a.com/x?utm_source=t&utm_campaign", "https://a.com/x"),
        row("https://a.com/x?Utm_Content=1&b=2", "https://a.com/x?b=2"),
        row("https://a.com/x?utm_=1", "https://a.com/x"),
        row(
            "https://a.com/x?utm=1&utmx=2&xutm_a=3&ref=utm_source",
            "https://a.com/x?utm=1&utmx=2&xutm_a=3&ref=utm_source"),
        row("https://a.com/x?b=2&a=1", "https://a.com/x?b=2&a=1"),
        row("https://a.com/x?", "https://a.com/x"),
        row("https://a.com?", "https://a.com"),
        row("https://a.com/x?&&a=1&", "https://a.com/x?a=1"),
        row("https://a.com/x?a=1&b", "https://a.com/x?a=1&b"),
        row("https://a.com/x?a=1;utm_source=t", "https://a.com/x?a=1;utm_source=t"),
        // http and https stay apart; www stays
        row("http://a.com/x", "http://a.com/x"),
        row("https://www.a.com/x", "https://www.a.com/x"),
        // percent-encoding: hex digits upper-cased, nothing decoded, bad escapes kept
        row("https://a.com/caf%c3%a9?q=%2f&r=%Ab", "https://a.com/caf%C3%A9?q=%2F&r=%AB"),
        row("https://a.com/100%zz?x=%g1&y=%", "https://a.com/100%zz?x=%g1&y=%"),
        row("https://a.com/a%2", "https://a.com/a%2"),
        row("https://a.com/%%2f", "https://a.com/%%2F"),
        row("https://a.com/%7e", "https://a.com/%7E"),
        row("https://a.com/a%20b", "https://a.com/a%20b"),
        // spaces and other characters java.net.URI refuses
        row(
            "https://a.com/some path/with space ?q=a b",
            "https://a.com/some path/with space ?q=a b"),
        row("https://a.com/x|y{z}^`\"<>", "https://a.com/x|y{z}^`\"<>"),
        row("https://a.com/café/日本", "https://a.com/café/日本"),
        row("https://a.com/a\u0000b", "https://a.com/a\u0000b"),
        // not absolute http/https URLs with a host
        row(null, null),
        row("", null),
        row("   \t\n", null),
        row("/relative/path", null),
        row("a.com/x", null),
        row("www.a.com", null),
        row("//a.com/x", null),
        row("ftp://a.com/x", null),
        row("mailto:x@a.com", null),
        row("javascript:alert(1)", null),
        row("file:///etc/passwd", null),
        row("httpsx://a.com", null),
        row("https:/a.com", null),
        row("https:a.com", null),
        row("https://", null),
        row("https:///x", null),
        row("https://:80/x", null),
        row("https://user@/x", null),
        row("https://?a=1", null),
        row("https://#x", null),
        row("https://a b.com/x", null),
        row("https://a\u0000.com/x", null),
        row("https://a\u0085.com/x", null),
        row("https://[::1/x", null),
        row("https://[::1]x/", null),
        row("https://a.com:8o/x", null),
        row("https://a.com:80:80/x", null),
        row("https://a.com:-1/x", null),
        // U+017F upper-cases to 'S', so String.regionMatches(true, ...) would take this as https
        row("http\u017f://a.com/x", null),
        row("\u0130ttp://a.com/x", null));
  }

  private static Arguments row(String url, String key) {
    return Arguments.of(url, key);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("keys")
  void normalizesByTheRules(String url, String key) {
    assertThat(Urls.normalize(url)).isEqualTo(key);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("keys")
  void aKeyIsItsOwnKey(String url, String key) {
    String once = Urls.normalize(url);
    assertThat(Urls.normalize(once)).isEqualTo(once);
  }

  @Test
  void twoFormsOfTheSameWsjArticleGiveOneKey() {
    String shared =
        Urls.normalize("https://www.wsj.com/articles/abc-123?utm_source=twitter&utm_medium=social");

    assertThat(shared).isEqualTo("https://www.wsj.com/articles/abc-123");
    assertThat(Urls.normalize("HTTPS://WWW.WSJ.COM/articles/abc-123/")).isEqualTo(shared);
    assertThat(Urls.normalize(" https://www.wsj.com:443/articles/abc-123#comments\n"))
        .isEqualTo(shared);
  }

  @Test
  void httpAndHttpsAndWwwAreDifferentKeys() {
    assertThat(Urls.normalize("http://www.a.com/x"))
        .isNotEqualTo(Urls.normalize("https://www.a.com/x"))
        .isNotEqualTo(Urls.normalize("http://a.com/x"));
  }

  @Test
  void controlCharactersRefuseTheHostButStayInThePath() {
    for (char c = 0; c <= 0x9f; c = c == ' ' ? 0x7f : (char) (c + 1)) {
      assertThat(Urls.normalize("https://a" + c + ".com/x")).as("U+%04X", (int) c).isNull();
      assertThat(Urls.normalize("https://a.com/x" + c + "y"))
          .as("U+%04X", (int) c)
          .isEqualTo("https://a.com/x" + c + "y");
    }
  }

  @Test
  void longHostileInputsGiveTheRightKey() {
    String path = "a".repeat(1_000_000);
    String params = "a&".repeat(500_000);
    String escapes = "%".repeat(1_000_000);

    // Speed is the benchmark's business, not a test's: a quadratic scan would still pass here,
    // only slowly.
    assertThat(Urls.normalize("https://a.com/" + path + "/")).isEqualTo("https://a.com/" + path);
    assertThat(Urls.normalize("https://a.com" + "/".repeat(1_000_000)))
        .isEqualTo("https://a.com");
    assertThat(Urls.normalize("https://a.com/x?" + params))
        .isEqualTo("https://a.com/x?" + params.substring(0, params.length() - 1));
    assertThat(Urls.normalize("https://a.com/" + escapes)).isEqualTo("https://a.com/" + escapes);
    assertThat(Urls.normalize("https://" + "[".repeat(1_000_000))).isNull();
    assertThat(Urls.normalize("https://" + "@".repeat(1_000_000))).isNull();
    assertThat(Urls.normalize("https://a.com:" + "9".repeat(1_000_000)))
        .isEqualTo("https://a.com:" + "9".repeat(1_000_000));
  }

  @Test
  void theHostIsTheNormalisedHostWithoutUserInfoAndPort() {
    assertThat(Urls.host("HTTPS://User:pw@WWW.Forbes.COM:8443/a?b#c")).isEqualTo("www.forbes.com");
    assertThat(Urls.host("http://example.com")).isEqualTo("example.com");
    assertThat(Urls.host("https://a@b@host.example?x=1")).isEqualTo("host.example");
    assertThat(Urls.host("http://[::1]:8080/x")).isEqualTo("[::1]");
    assertThat(Urls.host("http://[::1]/x")).isEqualTo("[::1]");
    assertThat(Urls.host("ftp://example.com/x")).isNull();
    assertThat(Urls.host(null)).isNull();
  }
}
