package dev.tidings.cli;

import dev.tidings.browse.SortOrder;
import dev.tidings.cli.output.ListFormat;
import dev.tidings.ui.view.ThemeName;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters and completion candidates for the options that name one of a few choices
 * ({@code --sort}, {@code --format}, {@code --theme}): lower-case names in help and completion, any case accepted,
 * and an error that lists the names.
 */
final class Choices {

  private Choices() {}

  /** {@code --sort}: {@link SortOrder#ofLabel}. */
  static final class Sort implements ITypeConverter<SortOrder> {
    @Override
    public SortOrder convert(String value) {
      return SortOrder.ofLabel(value).orElseThrow(() -> invalid(value, SortOrder.values()));
    }
  }

  /** The names of {@code --sort}, for help and shell completion. */
  static final class SortNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names(SortOrder.values(), SortOrder::label);
    }
  }

  /** {@code --format}: {@link ListFormat#ofLabel}. */
  static final class Format implements ITypeConverter<ListFormat> {
    @Override
    public ListFormat convert(String value) {
      return ListFormat.ofLabel(value).orElseThrow(() -> invalid(value, ListFormat.values()));
    }
  }

  /** The names of {@code --format}, for help and shell completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names(ListFormat.values(), ListFormat::label);
    }
  }

  /** {@code --theme}: {@link ThemeName#ofLabel}. */
  static final class Theme implements ITypeConverter<ThemeName> {
    @Override
    public ThemeName convert(String value) {
      return ThemeName.ofLabel(value).orElseThrow(() -> invalid(value, ThemeName.values()));
    }
  }

  /** The names of {@code --theme}, for help and shell completion. */
  static final class ThemeNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names(ThemeName.values(), ThemeName::label);
    }
  }

  private static <T> Iterator<String> names(T[] choices, Function<T, String> label) {
    return Arrays.stream(choices).map(label).iterator();
  }

  private static TypeConversionException invalid(String value, Object[] choices) {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < choices.length; i++) {
      names.append(i == 0 ? "" : i == choices.length - 1 ? " or " : ", ").append(choices[i]);
    }
    return new TypeConversionException("expected " + names + ", not '" + value + "'");
  }
}
