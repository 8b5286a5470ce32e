package dev.tidings.cli.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The roff escaping and the README section of the man page, and the fish descriptions. */
class ManPageTest {

  @Test
  void roffTextEscapesBackslashHyphenLeadingDotAndBeyondAscii() {
    assertThat(Roff.text("a\\b --sort")).isEqualTo("a\\eb \\-\\-sort");
    assertThat(Roff.text(".hidden")).isEqualTo("\\&.hidden");
    assertThat(Roff.text("Café …")).isEqualTo("Caf\\[u00E9] \\[u2026]");
    assertThat(Roff.markdown("`is:new`, see [Read state](#read-state) \\| x"))
        .isEqualTo("\\fBis:new\\fR, see Read state | x");
  }

  @Test
  void readmeSectionGivesParagraphsAndATaggedParagraphPerTableRow() {
    List<String> readme =
        List.of(
            "## Queries",
            "",
            "One query",
            "language.",
            "",
            "| Query | Matches |",
            "|---|---|",
            "| `a \\| b` | either |",
            "",
            "## Next",
            "not this");
    assertThat(ReadmeSection.roff(readme, "Queries"))
        .containsExactly(
            ".PP", "One query", "language.", ".TP", "\\fBa | b\\fR", "either");
    assertThatThrownBy(() -> ReadmeSection.roff(readme, "Keys"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fishDescribesAnOptionByItsFirstClause() {
    assertThat(FishCompletion.summary(new String[] {"The order: date (newest first)."}))
        .isEqualTo("The order");
    assertThat(FishCompletion.summary(new String[] {"Write to FILE (atomically)."}))
        .isEqualTo("Write to FILE");
    assertThat(FishCompletion.summary(new String[] {"Print version information and exit."}))
        .isEqualTo("Print version information and exit");
  }
}
