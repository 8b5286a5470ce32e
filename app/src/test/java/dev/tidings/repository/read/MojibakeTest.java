package dev.tidings.repository.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Mojibake repair and the windows-1252 fallback: what they change, and what they leave alone. */
class MojibakeTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * @return {@code text} as UTF-8 read as windows-1252, the way mojibake is made; the five bytes
   *     windows-1252 leaves undefined become the C1 controls of the same number, as ISO-8859-1 and
   *     most decoders that do not fail make them
   */
  private static String broken(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      String c = new String(new byte[] {b}, WINDOWS_1252);
      out.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
    }
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "China’s", "“AI” giant", "café crème", "naïve — © 2021", "Zürich", "€ 5", "日本語",
        "Ωmega", "ŒUVRE", "a\u00A0b"
      })
  void textBrokenOnceOrTwiceIsRepaired(String text) {
    assertThat(Mojibake.repair(broken(text)).text()).isEqualTo(text);
    assertThat(Mojibake.repair(broken(broken(text))).text()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Café au lait", "São Paulo", "pâte à choux", "naïve", "Ÿ", "à la carte", "über", "ÂB",
        "Ã and more", "plain ASCII", "日本語", "emoji \uD83D\uDE80", ""
      })
  void correctTextIsLeftAsItIs(String text) {
    Mojibake.Repair repair = Mojibake.repair(text);
    assertThat(repair.text()).isSameAs(text);
    assertThat(repair.repairs()).isZero();
  }

  @ParameterizedTest
  @CsvSource({
    // A repair must not make a line break, a control or a byte-order mark inside the YAML.
    "â€¨, \u2028", "Â…, \u0085", "ï»¿, \uFEFF"
  })
  void sequencesThatWouldChangeTheStructureAreLeftAlone(String broken, String wouldBe) {
    assertThat(broken(wouldBe)).isEqualTo(broken);
    assertThat(Mojibake.repair(broken).text()).isEqualTo(broken);
  }

  @ParameterizedTest
  @ValueSource(strings = {"China’s", "“AI”", "café", "©", "Œ", "ž"})
  void theByteTestSaysYesWhereverARepairWouldHappen(String text) {
    byte[] bytes = broken(text).getBytes(StandardCharsets.UTF_8);
    boolean any = false;
    for (int i = 0; i < bytes.length; i++) {
      any |= Mojibake.mayStartAt(bytes, i, bytes.length);
    }
    assertThat(any).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    // bytes as ISO-8859-1 text (each char one byte), expected text, offsets that fell back
    "'caf\u00e9', 'café', 3",
    "'\u0093q\u0094', '“q”', '0 2'",
    "'ok \u00e2\u0082', 'ok â‚', '3 4'"
  })
  void bytesThatAreNotUtf8AreReadAsWindows1252(String bytes, String text, String offsets) {
    byte[] raw = bytes.getBytes(StandardCharsets.ISO_8859_1);
    Windows1252.Decoded decoded = Windows1252.decode(raw, raw.length);
    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.fallbacks())
        .containsExactly(
            java.util.Arrays.stream(offsets.split(" ")).mapToInt(Integer::parseInt).toArray());
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "日本語 and “quotes”", "emoji \uD83D\uDE80"})
  void utf8IsDecodedAsUtf8(String text) {
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    Windows1252.Decoded decoded = Windows1252.decode(raw, raw.length);
    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.fallbacks()).isEmpty();
  }
}
