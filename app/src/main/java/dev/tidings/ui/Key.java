package dev.tidings.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Objects;

/**
 * A key as the key map sees it: a special key, or a character with or without Ctrl. Made from
 * Lanterna's {@link KeyStroke}; Shift is in the character itself ({@code G} is not {@code g}).
 *
 * @param type the key's type; {@link KeyType#Character} for characters
 * @param character the character for {@link KeyType#Character}, else null
 * @param ctrl whether Ctrl was held with a character
 */
public record Key(KeyType type, Character character, boolean ctrl) {

  /** @throws NullPointerException if {@code type} is null */
  public Key {
    Objects.requireNonNull(type, "type");
    if (type != KeyType.Character) {
      character = null;
      ctrl = false;
    }
  }

  /** @return the key of a plain character, such as {@code j} or {@code ?} */
  public static Key of(char character) {
    return new Key(KeyType.Character, character, false);
  }

  /** @return the key of Ctrl and a letter, such as Ctrl-D for {@code 'd'} */
  public static Key ctrl(char letter) {
    return new Key(KeyType.Character, Character.toLowerCase(letter), true);
  }

  /** @return the key of a special key, such as {@link KeyType#ArrowDown} */
  public static Key of(KeyType type) {
    return new Key(type, null, false);
  }

  /**
   * @param stroke a keystroke read by Lanterna; never null
   * @return its key; Alt is not part of it (the browser reads Alt+key as Esc, then the key)
   */
  public static Key of(KeyStroke stroke) {
    if (stroke.getKeyType() == KeyType.Character) {
      char c = stroke.getCharacter();
      return stroke.isCtrlDown() ? ctrl(c) : of(c);
    }
    return of(stroke.getKeyType());
  }

  /**
   * @return how the help overlay names the key, such as {@code Ctrl-D}, {@code PgDn} or {@code g};
   *     never null
   */
  public String label() {
    if (type == KeyType.Character) {
      if (ctrl) {
        return "Ctrl-" + Character.toUpperCase(character);
      }
      return character == ' ' ? "Space" : String.valueOf(character);
    }
    return switch (type) {
      case ArrowDown -> "Down";
      case ArrowUp -> "Up";
      case ArrowLeft -> "Left";
      case ArrowRight -> "Right";
      case PageDown -> "PgDn";
      case PageUp -> "PgUp";
      case Escape -> "Esc";
      case ReverseTab -> "Shift-Tab";
      default -> type.name();
    };
  }
}
