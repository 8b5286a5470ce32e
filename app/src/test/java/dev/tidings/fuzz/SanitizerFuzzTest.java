package dev.tidings.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tidings.ui.view.TerminalText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the one sanitizer, {@link TerminalText#sanitize}, and the width functions beside it on
 * any text, including lone surrogates and every control and format character. For every input:
 * nothing is thrown; the output is {@link CleanText clean}; sanitizing it again changes nothing;
 * printable ASCII comes back unchanged; {@link TerminalText#singleLine} is clean with no runs of
 * spaces and no space at either end; and {@link TerminalText#truncate}, {@link TerminalText#fit}
 * and {@link TerminalText#wrap} keep to the columns they are given.
 *
 * <p>The input is read as UTF-8, except that the byte {@code 0xFF} (never in UTF-8) followed by two
 * bytes stands for that UTF-16 code unit, which is how a lone surrogate gets in: regression inputs
 * under {@code SanitizerFuzzTestInputs/anyText/} are mostly plain UTF-8 text files.
 */
class SanitizerFuzzTest {

  private static final FuzzStats STATS = new FuzzStats("SanitizerFuzzTest.anyText");
  private static final int[] COLUMNS = {0, 1, 2, 3, 5, 8, 13, 80};

  @FuzzTest(maxDuration = "30s")
  void anyText(byte[] input) {
    STATS.count();
    String text = decode(input);
    String sanitized = TerminalText.sanitize(text);

    // Plain checks rather than assertion chains: messages are built only on failure, which keeps
    // the executions per second up.
    String violation = CleanText.violation(sanitized);
    require(violation == null, () -> "sanitize(" + CleanText.escaped(text) + "): " + violation);
    String twice = TerminalText.sanitize(sanitized);
    require(
        twice.equals(sanitized),
        () -> "sanitizing " + CleanText.escaped(sanitized) + " gave " + CleanText.escaped(twice));
    require(
        !text.chars().allMatch(c -> c >= 0x20 && c < 0x7F) || sanitized.equals(text),
        () -> "printable ASCII changed: " + CleanText.escaped(text));

    String line = TerminalText.singleLine(text);
    String lineViolation = CleanText.violation(line);
    require(
        lineViolation == null,
        () -> "singleLine(" + CleanText.escaped(text) + "): " + lineViolation);
    require(
        !line.contains("  ") && line.equals(line.strip()),
        () -> "singleLine(" + CleanText.escaped(text) + ") = " + CleanText.escaped(line));

    for (int columns : COLUMNS) {
      String cut = TerminalText.truncate(sanitized, columns);
      String fitted = TerminalText.fit(sanitized, columns);
      List<String> lines = TerminalText.wrap(sanitized, columns);
      Supplier<String> where = () -> "(" + CleanText.escaped(sanitized) + ", " + columns + ")";
      require(TerminalText.width(cut) <= Math.max(columns, 0), () -> "truncate" + where.get());
      require(TerminalText.width(fitted) == Math.max(columns, 0), () -> "fit" + where.get());
      for (String wrapped : lines) {
        require(!wrapped.isEmpty(), () -> "an empty line from wrap" + where.get());
        require(
            columns < 2 || TerminalText.width(wrapped) <= columns,
            () -> "a line too wide from wrap" + where.get() + ": " + CleanText.escaped(wrapped));
      }
    }
  }

  private static void require(boolean holds, Supplier<String> message) {
    if (!holds) {
      throw new AssertionError(message.get());
    }
  }

  @AfterAll
  static void report() {
    STATS.report();
  }

  /** UTF-8, with {@code 0xFF hi lo} standing for the code unit {@code hi lo}. */
  static String decode(byte[] input) {
    StringBuilder text = new StringBuilder(input.length);
    ByteArrayOutputStream run = new ByteArrayOutputStream();
    int i = 0;
    while (i < input.length) {
      if (input[i] == (byte) 0xFF && i + 2 < input.length) {
        text.append(run.toString(StandardCharsets.UTF_8));
        run.reset();
        text.append((char) ((input[i + 1] & 0xFF) << 8 | input[i + 2] & 0xFF));
        i += 3;
      } else {
        run.write(input[i]);
        i++;
      }
    }
    return text.append(run.toString(StandardCharsets.UTF_8)).toString();
  }
}
