package dev.tidings.ui;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keys named as fzf names them in {@code --expect} and {@code --bind}: {@code ctrl-o}, {@code
 * alt-x}, {@code ctrl-alt-x}, {@code f5}, {@code ctrl-space}, {@code tab}, {@code pgdn}, or one
 * character such as {@code x}. The terminal sends Ctrl-H, Ctrl-I, Ctrl-J and Ctrl-M as Backspace,
 * Tab and Enter, so those names are those keys, as in fzf.
 */
public final class KeyNames {

  /**
   * A key and its name.
   *
   * @param name the name, lower case except for a character itself ({@code X}, {@code alt-X});
   *     never null
   * @param key the key; never null
   */
  public record Named(String name, Key key) {}

  /** The second names of special keys, read but not written. */
  private static final Set<String> ALIASES =
      Set.of("return", "shift-tab", "backspace", "delete", "page-up", "page-down");

  private static final Map<String, KeyType> SPECIAL =
      Map.ofEntries(
          Map.entry("enter", KeyType.Enter),
          Map.entry("return", KeyType.Enter),
          Map.entry("esc", KeyType.Escape),
          Map.entry("tab", KeyType.Tab),
          Map.entry("btab", KeyType.ReverseTab),
          Map.entry("shift-tab", KeyType.ReverseTab),
          Map.entry("bspace", KeyType.Backspace),
          Map.entry("backspace", KeyType.Backspace),
          Map.entry("del", KeyType.Delete),
          Map.entry("delete", KeyType.Delete),
          Map.entry("insert", KeyType.Insert),
          Map.entry("up", KeyType.ArrowUp),
          Map.entry("down", KeyType.ArrowDown),
          Map.entry("left", KeyType.ArrowLeft),
          Map.entry("right", KeyType.ArrowRight),
          Map.entry("home", KeyType.Home),
          Map.entry("end", KeyType.End),
          Map.entry("pgup", KeyType.PageUp),
          Map.entry("page-up", KeyType.PageUp),
          Map.entry("pgdn", KeyType.PageDown),
          Map.entry("page-down", KeyType.PageDown),
          Map.entry("f1", KeyType.F1),
          Map.entry("f2", KeyType.F2),
          Map.entry("f3", KeyType.F3),
          Map.entry("f4", KeyType.F4),
          Map.entry("f5", KeyType.F5),
          Map.entry("f6", KeyType.F6),
          Map.entry("f7", KeyType.F7),
          Map.entry("f8", KeyType.F8),
          Map.entry("f9", KeyType.F9),
          Map.entry("f10", KeyType.F10),
          Map.entry("f11", KeyType.F11),
          Map.entry("f12", KeyType.F12));

  /** The first name of each special key, as {@link #name} writes it. */
  private static final List<Map.Entry<String, KeyType>> NAMES_FIRST =
      SPECIAL.entrySet().stream()
          .filter(entry -> !ALIASES.contains(entry.getKey()))
          .sorted(Map.Entry.comparingByKey())
          .toList();

  private KeyNames() {}

  /**
   * Reads a key's name. Names are read in any case and given back in lower case; a single
   * character keeps its case ({@code X} is Shift-X).
   *
   * @param name a name such as {@code ctrl-o}; never null
   * @return the key and its name as written back
   * @throws IllegalArgumentException if no key has that name; the message quotes it
   */
  public static Named parse(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (single(name)) {
      return new Named(name, Key.of(name.charAt(0)));
    }
    if (lower.equals("space")) {
      return new Named(lower, Key.of(' '));
    }
    KeyType special = SPECIAL.get(lower);
    if (special != null) {
      return new Named(lower, Key.of(special));
    }
    if (lower.startsWith("ctrl-alt-") && letter(lower.substring(9))) {
      return new Named(lower, new Key(KeyType.Character, lower.charAt(9), true, true));
    }
    if (lower.startsWith("alt-")) {
      String rest = name.substring(4);
      if (single(rest)) {
        return new Named("alt-" + rest, Key.alt(rest.charAt(0)));
      }
      if (rest.equalsIgnoreCase("space")) {
        return new Named(lower, Key.alt(' '));
      }
    }
    if (lower.startsWith("ctrl-")) {
      String rest = lower.substring(5);
      if (rest.equals("space")) {
        return new Named(lower, Key.ctrl(' '));
      }
      if (letter(rest)) {
        return new Named(lower, ctrl(rest.charAt(0)));
      }
    }
    throw new IllegalArgumentException(
        "unknown key name '"
            + name
            + "' (names are like ctrl-o, alt-x, ctrl-alt-x, ctrl-space, f5, tab, btab, bspace, "
            + "del, up, pgdn, home, or one character)");
  }

  /**
   * Names a key as {@link #parse} reads it back: the first of its names ({@code enter}, {@code
   * pgdn}, {@code ctrl-o}, {@code alt-x}, {@code space}, or the character itself).
   *
   * @param key a key; never null
   * @return its name, lower case except for a character itself; never null
   * @throws IllegalArgumentException if the key has no name (a special key fzf does not name)
   */
  public static String name(Key key) {
    if (key.type() == KeyType.Character) {
      char c = key.character();
      String base = c == ' ' ? "space" : String.valueOf(c);
      return (key.ctrl() ? "ctrl-" : "") + (key.alt() ? "alt-" : "") + base;
    }
    for (Map.Entry<String, KeyType> entry : NAMES_FIRST) {
      if (entry.getValue() == key.type()) {
        return entry.getKey();
      }
    }
    throw new IllegalArgumentException("no name for the key " + key.label());
  }

  /** @return Ctrl and a letter, or the key the terminal sends for it (Ctrl-M is Enter) */
  private static Key ctrl(char letter) {
    return switch (letter) {
      case 'h' -> Key.of(KeyType.Backspace);
      case 'i' -> Key.of(KeyType.Tab);
      case 'j', 'm' -> Key.of(KeyType.Enter);
      default -> Key.ctrl(letter);
    };
  }

  /** @return whether {@code text} is one visible character that is not a space */
  private static boolean single(String text) {
    return text.length() == 1
        && !Character.isISOControl(text.charAt(0))
        && !Character.isWhitespace(text.charAt(0))
        && !Character.isSurrogate(text.charAt(0));
  }

  private static boolean letter(String text) {
    return text.length() == 1 && text.charAt(0) >= 'a' && text.charAt(0) <= 'z';
  }
}
