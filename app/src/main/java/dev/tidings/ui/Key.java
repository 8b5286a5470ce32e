package dev.tidings.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Objects;

/**
 * A key as the key map sees it: a special key, or a character with or without Ctrl or Alt. Made
 * from Lanterna's {@link KeyStroke}; Shift is in the character itself ({@code G} is not {@code g}).
 * Alt is kept for characters only: Lanterna reads Esc followed quickly by a key as Alt+key, and the
 * browser reads an Alt+key that has no binding as Esc, then the key.
 *
 * @param type the key's type; {@link KeyType#Character} for characters
 * @param character the character for {@link KeyType#Character}, else null
 * @param ctrl whether Ctrl was held with a character
 * @param alt whether Alt was held with a character (or Esc came just before it)
 */
public record Key(KeyType type, Character character, boolean ctrl, boolean alt) {

  /** @throws NullPointerException if {@code type} is null */
  public Key {
    Objects.requireNonNull(type, "type");
    if (type != KeyType.Character) {
      character = null;
      ctrl = false;
      alt = false;
    }
  }

  /** @return the key of a plain character, such as {@code j} or {@code ?} */
  public static Key of(char character) {
    return new Key(KeyType.Character, character, false, false);
  }

  /** @return the key of Ctrl and a letter, such as Ctrl-D for {@code 'd'} */
  public static Key ctrl(char letter) {
    return new Key(KeyType.Character, Character.toLowerCase(letter), true, false);
  }

  /** @return the key of Alt and a character, such as Alt-B for {@code 'b'} (readline's M-b) */
  public static Key alt(char character) {
    return new Key(KeyType.Character, character, false, true);
  }

  /** @return the key of a special key, such as {@link KeyType#ArrowDown} */
  public static Key of(KeyType type) {
    return new Key(type, null, false, false);
  }

  /**
   * @param stroke a keystroke read by Lanterna; never null
   * @return its key; Alt is part of it for characters only
   */
  public static Key of(KeyStroke stroke) {
    if (stroke.getKeyType() == KeyType.Character) {
      char c = stroke.getCharacter();
      if (stroke.isCtrlDown()) {
        return new Key(KeyType.Character, Character.toLowerCase(c), true, stroke.isAltDown());
      }
      return new Key(KeyType.Character, c, false, stroke.isAltDown());
    }
    return of(stroke.getKeyType());
  }

  /**
   * @return how the help overlay names the key, such as {@code Ctrl-D}, {@code Alt-B}, {@code
   *     PgDn} or {@code g}; never null
   */
  public String label() {
    if (type == KeyType.Character) {
      String prefix = (ctrl ? "Ctrl-" : "") + (alt ? "Alt-" : "");
      if (ctrl || alt) {
        boolean shifted = !ctrl && Character.isUpperCase(character);
        return prefix + (shifted ? "Shift-" : "") + Character.toUpperCase(character);
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
