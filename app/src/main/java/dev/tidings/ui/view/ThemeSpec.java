package dev.tidings.ui.view;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The colours a person chose: a built-in theme and colours of their own for some elements, which
 * win over the theme's. Colours are as written; {@link ColourFit} brings them down to the
 * terminal's {@link ColorDepth} when drawing. Without colour ({@link ThemeName#MONOCHROME}, or a
 * terminal or {@code NO_COLOR} that gives {@link ColorDepth#NONE}) the overrides are not used.
 *
 * @param name the built-in theme; never null
 * @param overrides colours by element; never null, copied, unmodifiable
 */
public record ThemeSpec(ThemeName name, Map<ThemeElement, ColourValue> overrides) {

  /** The default theme with no overrides. */
  public static final ThemeSpec DEFAULT = of(ThemeName.DEFAULT);

  /** @throws NullPointerException if a part, a key or a value is null */
  public ThemeSpec {
    Objects.requireNonNull(name, "name");
    EnumMap<ThemeElement, ColourValue> copy = new EnumMap<>(ThemeElement.class);
    overrides.forEach(
        (element, colour) ->
            copy.put(Objects.requireNonNull(element), Objects.requireNonNull(colour)));
    overrides = Collections.unmodifiableMap(copy);
  }

  /**
   * @param name the built-in theme; never null
   * @return the theme with no overrides; never null
   */
  public static ThemeSpec of(ThemeName name) {
    return new ThemeSpec(name, Map.of());
  }

  /**
   * @param element the element to colour; never null
   * @param colour its colour; never null
   * @return this theme with {@code element} in {@code colour}, other overrides kept; never null
   */
  public ThemeSpec with(ThemeElement element, ColourValue colour) {
    EnumMap<ThemeElement, ColourValue> more = new EnumMap<>(ThemeElement.class);
    more.putAll(overrides);
    more.put(Objects.requireNonNull(element), Objects.requireNonNull(colour));
    return new ThemeSpec(name, more);
  }
}
