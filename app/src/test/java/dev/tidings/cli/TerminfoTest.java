package dev.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading {@code colors} from compiled terminfo entries, made here in both formats. */
class TerminfoTest {

  @TempDir Path dir;

  /**
   * A compiled entry ({@code term(5)}) with 14 numeric capabilities, the last {@code colors}.
   *
   * @param colors the value of {@code colors}, -1 for absent
   * @param wide whether numbers are 32-bit (magic 01036) rather than 16-bit (magic 0432)
   */
  static byte[] entry(String name, int colors, boolean wide) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] names = (name + "|made by a test\0").getBytes(StandardCharsets.US_ASCII);
    int booleans = 3;
    int numbers = 14;
    short16(out, wide ? 01036 : 0432);
    short16(out, names.length);
    short16(out, booleans);
    short16(out, numbers);
    short16(out, 0);
    short16(out, 0);
    out.writeBytes(names);
    out.writeBytes(new byte[booleans]);
    if ((names.length + booleans) % 2 == 1) {
      out.write(0);
    }
    for (int i = 0; i < numbers; i++) {
      int value = i == 13 ? colors : i == 0 ? 80 : -1;
      if (wide) {
        short16(out, value & 0xFFFF);
        short16(out, value >>> 16 & 0xFFFF);
      } else {
        short16(out, value & 0xFFFF);
      }
    }
    return out.toByteArray();
  }

  private static void short16(ByteArrayOutputStream out, int value) {
    out.write(value & 0xFF);
    out.write(value >>> 8 & 0xFF);
  }

  @Test
  void readsColorsInBothFormats() {
    assertThat(Terminfo.colors(entry("a", 256, true))).hasValue(256);
    assertThat(Terminfo.colors(entry("ab", 8, false))).hasValue(8);
    assertThat(Terminfo.colors(entry("abc", 0x1000000, true))).hasValue(0x1000000);
    assertThat(Terminfo.colors(entry("abcd", -1, false))).hasValue(0);
    assertThat(Terminfo.colors(entry("abcd", -2, true))).hasValue(0);
  }

  @Test
  void bytesThatAreNoEntryGiveNothing() {
    assertThat(Terminfo.colors(new byte[0])).isEmpty();
    assertThat(Terminfo.colors("not a terminfo entry".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    byte[] cut = entry("xterm", 256, true);
    assertThat(Terminfo.colors(java.util.Arrays.copyOf(cut, cut.length - 8))).isEmpty();
  }

  @Test
  void looksInTerminfoHomeTerminfoDirsThenTheSystemsDirectories() throws IOException {
    write(dir.resolve("system/x/xterm"), entry("xterm", 8, true));
    write(dir.resolve("home/.terminfo/x/xterm"), entry("xterm", 88, true));
    write(dir.resolve("dirs/78/xterm"), entry("xterm", 256, true));
    write(dir.resolve("own/x/xterm"), entry("xterm", 16, false));
    List<String> system = List.of(dir.resolve("system").toString());

    assertThat(Terminfo.colors("xterm", Map.of(), system)).hasValue(8);
    assertThat(Terminfo.colors("xterm", Map.of("TERMINFO_DIRS", dir.resolve("dirs") + ":"), system))
        .hasValue(256);
    assertThat(Terminfo.colors("xterm", Map.of("HOME", dir.resolve("home").toString()), system))
        .hasValue(88);
    assertThat(
            Terminfo.colors(
                "xterm",
                Map.of("TERMINFO", dir.resolve("own").toString(), "HOME", dir.resolve("home").toString()),
                system))
        .hasValue(16);
    assertThat(Terminfo.colors("nosuch", Map.of(), system)).isEmpty();
    assertThat(Terminfo.colors("../system/x/xterm", Map.of(), system)).isEmpty();
    assertThat(Terminfo.colors("", Map.of(), system)).isEmpty();
  }

  @Test
  void readsTheSystemsOwnEntriesWhenThereAreAny() {
    OptionalInt xterm256 = Terminfo.colors("xterm-256color", Map.of(), Terminfo.SYSTEM_DIRECTORIES);
    org.junit.jupiter.api.Assumptions.assumeTrue(xterm256.isPresent(), "no terminfo installed");
    assertThat(xterm256).hasValue(256);
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
