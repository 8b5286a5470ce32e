package dev.tidings.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The colour values a person can write: names, 0-255, #rrggbb, and the errors for the rest. */
class ColourValueTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "default     | default",
        "black       | black",
        "red         | red",
        "white       | white",
        "Bright-Blue | bright-blue",
        "bright-black| bright-black",
        "grey        | bright-black",
        "gray        | bright-black",
        "BRIGHT-WHITE| bright-white",
        "0           | 0",
        "'  42 '     | 42",
        "255         | 255",
        "007         | 7",
        "#FF8700     | #ff8700",
        "#000000     | #000000",
      })
  void parsesAndWritesBack(String text, String written) {
    ColourValue colour = ColourValue.parse(text);
    assertThat(colour).hasToString(written);
    assertThat(ColourValue.parse(written)).isEqualTo(colour);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "red          | 1",
        "bright-red   | 9",
        "cyan         | 6",
        "bright-white | 15",
        "default      | -1",
      })
  void namesAreTheAnsiNumbers(String text, int index) {
    assertThat(ColourValue.parse(text)).isEqualTo(new ColourValue.Named(index));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"#12345g", "#fff", "#1234567", "256", "-1", "1000", "", "purple", "bright-",
          "0x10", "rgb(1,2,3)", "bright red"})
  void anythingElseIsAClearError(String text) {
    assertThatThrownBy(() -> ColourValue.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a colour: \"" + text + "\" (use a name, 0-255 or #rrggbb)");
  }

  @ParameterizedTest
  @ValueSource(ints = {-2, 16})
  void namedIsOneOfTheSixteenOrDefault(int index) {
    assertThatThrownBy(() -> new ColourValue.Named(index))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 256})
  void indexedIsOneOfTheTwoHundredFiftySix(int index) {
    assertThatThrownBy(() -> new ColourValue.Indexed(index))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
