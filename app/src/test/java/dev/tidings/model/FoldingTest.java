package dev.tidings.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void accentsAndCaseAreIgnored() {
    assertThat(Folding.fold("Café")).isEqualTo("cafe");
    assertThat(Folding.fold("ZÜRICH Ångström naïve")).isEqualTo("zurich angstrom naive");
    // Decomposed input (e + combining acute) folds as the composed one.
    assertThat(Folding.fold("Cafe\u0301")).isEqualTo(Folding.fold("Café"));
    assertThat(Folding.fold("İstanbul")).isEqualTo("istanbul");
  }

  @Test
  void lettersThatDoNotDecomposeAreSpelledOut() {
    assertThat(Folding.fold("Straße ẞ")).isEqualTo("strasse ss");
    assertThat(Folding.fold("Ærø Œuvre Łódź Þór ıi")).isEqualTo("aero oeuvre lodz thor ii");
    assertThat(Folding.fold("ﬁnance ½")).isEqualTo("finance 1\u20442");
    assertThat(Folding.fold("ΟΔΟΣ οδος")).isEqualTo("οδοσ οδοσ");
  }

  @Test
  void typographicQuotesAndDashesBecomeTheirAsciiForms() {
    assertThat(Folding.fold("We’re “here” – now—then")).isEqualTo("we're \"here\" - now-then");
    assertThat(Folding.fold("e\u2026")).isEqualTo("e...");
  }

  @Test
  void whiteSpaceAndControlsBecomeSingleSpacesAndFormatCharactersGo() {
    assertThat(Folding.fold("  a\t\tb\n\u00A0c\u2028d  ")).isEqualTo("a b c d");
    assertThat(Folding.fold("ex\u00ADam\u200Bple \u202Eevil")).isEqualTo("example evil");
    assertThat(Folding.fold("\u0001\u001F\u007F")).isEmpty();
    for (int c = 0; c < 0x20; c++) {
      assertThat(Folding.foldCodePoint(c)).isEqualTo(" ");
    }
  }

  @Test
  void otherScriptsStayAsTheyAre() {
    assertThat(Folding.fold("東京 한국어 Москва")).isEqualTo("東京 한국어 москва");
    assertThat(Folding.fold("\uD83D\uDCF0 news")).isEqualTo("\uD83D\uDCF0 news");
  }

  @Test
  void foldingTwiceChangesNothingAndNoControlIsLeft() {
    StringBuilder every = new StringBuilder();
    for (int c = 0; c < 0x3000; c += 7) {
      every.appendCodePoint(c);
    }
    String once = Folding.fold(every);
    assertThat(Folding.fold(once)).isEqualTo(once);
    assertThat(once.chars().noneMatch(c -> c < 0x20)).isTrue();
  }
}
