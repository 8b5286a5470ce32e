package dev.tidings.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlWriterTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int write(boolean print0, String... urls) throws IOException {
    return UrlWriter.write(
        List.of(urls), print0, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesOneUrlPerLineInOrder() throws IOException {
    assertThat(write(false, "https://a.example/1", "http://b.example/2?x=1&y=ü")).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("https://a.example/1\nhttp://b.example/2?x=1&y=ü\n");
  }

  @Test
  void print0EndsEachWithNul() throws IOException {
    write(true, "https://a.example/1", "https://b.example/2");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("https://a.example/1\0https://b.example/2\0");
  }

  @Test
  void refusesAnythingButAbsoluteHttpUrlsWithoutWhiteSpaceOrControls() throws IOException {
    assertThat(
            write(
                false,
                "https://ok.example/",
                "https://evil.example/\n-rf /",
                "javascript:alert(1)",
                "file:///etc/passwd",
                "/relative/path",
                "https:///no-host",
                "https://tab.example/\tx",
                "https://esc.example/\u001B[2J"))
        .isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("https://ok.example/\n");
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .hasSize(7)
        .allMatch(line -> line.startsWith("tidings: not written, "))
        .noneMatch(line -> line.contains("\u001B"))
        .containsExactly(
            "tidings: not written, the URL has a line break (U+000A) at character 22: "
                + "https://evil.example/\\u000a-rf /",
            "tidings: not written, not an http(s) URL: javascript:alert(1)",
            "tidings: not written, not an http(s) URL: file:///etc/passwd",
            "tidings: not written, not an http(s) URL: /relative/path",
            "tidings: not written, the URL has no host: https:///no-host",
            "tidings: not written, the URL has a tab at character 21: "
                + "https://tab.example/\\u0009x",
            "tidings: not written, the URL has a control character (U+001B) at character 21: "
                + "https://esc.example/\\u001b[2J");
  }

  @Test
  void theSchemeIsCaseInsensitive() {
    assertThat(dev.tidings.browse.WritableUrls.isWritable("HTTPS://Example.com/")).isTrue();
  }
}
