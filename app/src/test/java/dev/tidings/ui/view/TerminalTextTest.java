package dev.tidings.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void plainTextIsUnchanged() {
    assertThat(TerminalText.sanitize("SenseTime postpones IPO")).isEqualTo("SenseTime postpones IPO");
    assertThat(TerminalText.sanitize(null)).isEmpty();
  }

  @Test
  void escapeSequencesAndControlCharactersAreRemoved() {
    assertThat(TerminalText.sanitize("a\u001B[31mred\u001B[0m b")).isEqualTo("ared b");
    assertThat(TerminalText.sanitize("x\u001B]0;evil title\u0007y")).isEqualTo("xy");
    assertThat(TerminalText.sanitize("x\u001B]52;c;SGVsbG8=\u001B\\y")).isEqualTo("xy");
    assertThat(TerminalText.sanitize("x\u001BPq#0;2;0;0;0\u001B\\y")).isEqualTo("xy");
    assertThat(TerminalText.sanitize("x\u009B2Jy\u009D0;t\u009Cz")).isEqualTo("xyz");
    assertThat(TerminalText.sanitize("bell\u0007 nul\u0000 del\u007F c1\u0085")).isEqualTo("bell nul del c1");
    assertThat(TerminalText.sanitize("trailing escape\u001B")).isEqualTo("trailing escape");
  }

  @Test
  void cleanTextComesBackAsItIsAndSanitizingTwiceChangesNothing() {
    String clean = "China’s 商汤 Café";
    assertThat(TerminalText.sanitize(clean)).isSameAs(clean);
    for (String text :
        List.of("Cafe\u0301", "a\u001B[31mb", "x\u0085y", "go \uD83D\uDE80", "\u00A0nbsp")) {
      String once = TerminalText.sanitize(text);
      assertThat(TerminalText.sanitize(once)).isEqualTo(once);
    }
  }

  @Test
  void tabsAndLineEndsBecomeSpaces() {
    assertThat(TerminalText.sanitize("a\tb\r\nc")).isEqualTo("a b  c");
  }

  @Test
  void singleLineFieldsLoseRunsOfSpacesAndSpacesAtTheEnds() {
    assertThat(TerminalText.singleLine(" Bad\tActor\r\n")).isEqualTo("Bad Actor");
    assertThat(TerminalText.singleLine("a \u001B[1m b")).isEqualTo("a b");
    assertThat(TerminalText.singleLine("plain")).isEqualTo("plain");
  }

  @Test
  void bidiControlsAndCombiningMarksLeftAfterCompositionAreRemoved() {
    assertThat(TerminalText.sanitize("abc\u202Edef\u2066g\u2069")).isEqualTo("abcdefg");
    assertThat(TerminalText.sanitize("Cafe\u0301")).isEqualTo("Café");
    assertThat(TerminalText.sanitize("q\u0307\u0323")).isEqualTo("q");
  }

  @Test
  void charactersOutsideTheBmpBecomePlaceholdersOfTheirWidth() {
    assertThat(TerminalText.sanitize("go \uD83D\uDE80!")).isEqualTo("go \u3013!");
    assertThat(TerminalText.sanitize("\uD835\uDC00")).isEqualTo("\uFFFD");
    assertThat(TerminalText.sanitize("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
    assertThat(TerminalText.width(TerminalText.sanitize("\uD83D\uDE80"))).isEqualTo(2);
  }

  @Test
  void widthCountsCjkAsTwoColumns() {
    assertThat(TerminalText.width("abc")).isEqualTo(3);
    assertThat(TerminalText.width("商汤科技")).isEqualTo(8);
    assertThat(TerminalText.width("AIの未来")).isEqualTo(8);
  }

  @Test
  void truncateCutsByColumnsWithAnEllipsis() {
    assertThat(TerminalText.truncate("abcdef", 6)).isEqualTo("abcdef");
    assertThat(TerminalText.truncate("abcdef", 4)).isEqualTo("abc\u2026");
    assertThat(TerminalText.truncate("商汤科技", 5)).isEqualTo("商汤\u2026");
    assertThat(TerminalText.truncate("商汤科技", 6)).isEqualTo("商汤\u2026");
    assertThat(TerminalText.truncate("abc", 0)).isEmpty();
  }

  @Test
  void fitPadsToTheExactWidth() {
    assertThat(TerminalText.fit("ab", 4)).isEqualTo("ab  ");
    assertThat(TerminalText.fit("商汤科技", 6)).isEqualTo("商汤\u2026 ");
    assertThat(TerminalText.width(TerminalText.fit("商汤科技", 6))).isEqualTo(6);
  }

  @Test
  void wrapBreaksBetweenWordsAndInsideWordsLongerThanALine() {
    assertThat(TerminalText.wrap("the quick  brown fox", 9)).containsExactly("the quick", "brown fox");
    assertThat(TerminalText.wrap("abcdefghij xy", 4)).containsExactly("abcd", "efgh", "ij", "xy");
    assertThat(TerminalText.wrap("商汤科技公司", 5)).containsExactly("商汤", "科技", "公司");
    assertThat(TerminalText.wrap("   ", 10)).isEmpty();
    // A wide character on a line too narrow for it gets a line of its own, never an empty one.
    assertThat(TerminalText.wrap("商", 1)).containsExactly("商");
    assertThat(TerminalText.wrap("a商", 1)).containsExactly("a", "商");
  }

  @Test
  void hangulVowelAndFinalJamoAreRemovedBecauseLanternaMiscountsThem() {
    // Terminals draw them with no width of their own; Lanterna counts U+1160 two columns.
    assertThat(TerminalText.sanitize("\u1100\u1160 x\u11A8 y\uD7B0")).isEqualTo("\u1100 x y");
  }

  @Test
  void charactersBroughtTogetherByARemovedControlAreComposed() {
    // Tamil O is U+0BC6 U+0BBE composed; the control kept them apart during composition.
    String once = TerminalText.sanitize("\u0BC6\u0001\u0BBE");
    assertThat(once).isEqualTo("\u0BCA");
    assertThat(TerminalText.sanitize(once)).isEqualTo(once);
  }

  @Test
  void wideCharactersLanternaCountsAsNarrowBecomeTheWidePlaceholder() {
    // U+231A WATCH, U+2F00 KANGXI RADICAL ONE, U+3105 BOPOMOFO B, U+3300 SQUARE APAATO, U+A000 YI
    // SYLLABLE IT, U+FE50 SMALL COMMA, U+FFE0 FULLWIDTH CENT: two columns in a terminal.
    String wide = "\u231A\u2F00\u3105\u3300\uA000\uFE50\uFFE0";
    String sanitized = TerminalText.sanitize(wide);
    assertThat(sanitized).isEqualTo(String.valueOf(TerminalText.WIDE_PLACEHOLDER).repeat(7));
    assertThat(TerminalText.width(sanitized)).isEqualTo(14);
    // What Lanterna already counts as wide stays as it is.
    assertThat(TerminalText.sanitize("\u4E2D\uAC00\u3042\uFF01")).isEqualTo("\u4E2D\uAC00\u3042\uFF01");
    assertThat(TerminalText.sanitize("caf\u00E9 \u2192 ok")).isEqualTo("caf\u00E9 \u2192 ok");
  }

  @Test
  void yijingHexagramsAreWideAndIdeographicHalfFillSpaceNarrow() {
    // Terminals draw U+4DC0-U+4DFF two columns wide (Unicode 16 made them East Asian Wide), which
    // Lanterna counts one; U+303F is one column, which Lanterna counts two.
    String hexagrams = TerminalText.sanitize("\u4DC0\u4DFF");
    assertThat(hexagrams).isEqualTo("\u3013\u3013");
    assertThat(TerminalText.width(hexagrams)).isEqualTo(4);
    assertThat(TerminalText.sanitize("a\u303Fb")).isEqualTo("a\uFFFDb");
    assertThat(TerminalText.width(TerminalText.sanitize("a\u303Fb"))).isEqualTo(3);
  }

  @Test
  void lineAndParagraphSeparatorsBecomeSpaces() {
    assertThat(TerminalText.sanitize("one\u2028two\u2029three")).isEqualTo("one two three");
    assertThat(TerminalText.singleLine("one\u2028\u2029two")).isEqualTo("one two");
  }

  /**
   * Every code point alone, 0 to U+10FFFF: what sanitize keeps of it is as wide as JLine's
   * Unicode-derived table says a terminal draws it, Lanterna counts every kept character as that
   * table does, and a code point sanitize keeps or replaces takes the columns a terminal gives it
   * (a placeholder of that width); what it removes is nothing a terminal draws wider than one
   * column, bar the code points the JDK's older Unicode tables do not know.
   */
  @Test
  void everyCodePointIsMeasuredAsTerminalsDrawItAndAsLanternaCountsIt() {
    List<String> wrong = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT && wrong.size() < 20; cp++) {
      String sanitized = TerminalText.sanitize(new String(Character.toChars(cp)));
      int columns = 0;
      for (int i = 0; i < sanitized.length(); i++) {
        char c = sanitized.charAt(i);
        int library = WCWidth.wcwidth(c);
        int lanterna = TerminalTextUtils.isCharCJK(c) ? 2 : 1;
        if (TerminalText.width(c) != library || lanterna != library) {
          wrong.add(String.format("U+%04X kept U+%04X: ours %d, JLine %d, Lanterna %d",
              cp, (int) c, TerminalText.width(c), library, lanterna));
        }
        columns += library;
      }
      if (TerminalText.width(sanitized) != columns) {
        wrong.add(String.format("U+%04X: width of the text %d, of its characters %d",
            cp, TerminalText.width(sanitized), columns));
      }
      int expected = WCWidth.wcwidth(cp);
      boolean lineEnd = cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029;
      if (lineEnd) {
        if (!sanitized.equals(" ")) {
          wrong.add(String.format("U+%04X: a line end made \"%s\"", cp, sanitized));
        }
      } else if (!sanitized.isEmpty() && columns != expected && !decomposes(cp)) {
        wrong.add(String.format("U+%04X: %d columns, a terminal draws %d", cp, columns, expected));
      } else if (sanitized.isEmpty()
          && expected == 2
          && Character.getType(cp) != Character.UNASSIGNED
          && Character.getType(cp) != Character.PRIVATE_USE) {
        wrong.add(String.format("U+%04X: a wide character removed", cp));
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Whether NFC turns the code point into other characters (CJK compatibility ideographs...). */
  private static boolean decomposes(int cp) {
    String text = new String(Character.toChars(cp));
    return !java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).equals(text);
  }
}
