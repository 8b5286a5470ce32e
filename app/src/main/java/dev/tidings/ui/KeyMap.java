package dev.tidings.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.tidings.browse.Action;
import dev.tidings.browse.Context;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one map from keys to {@link Action}s, per {@link Context}. The help overlay's sections are
 * derived from {@link #bindings()} (by {@link KeyHelp}), so it lists exactly the keys that work.
 * In the filter context a character with no binding is typed into the filter, in the topic and
 * provider lists' into the list's narrowing text; in the help context a key with no binding closes
 * the help.
 */
public final class KeyMap {

  /**
   * Keys bound to one action in some contexts.
   *
   * @param contexts where the binding applies; never empty
   * @param keys the keys, first the one to show first; never empty
   * @param action what they do; never null
   */
  public record Binding(Set<Context> contexts, List<Key> keys, Action action) {
    /**
     * Copies the collections.
     *
     * @throws IllegalArgumentException if {@code contexts} or {@code keys} is empty
     * @throws NullPointerException if any part is null
     */
    public Binding {
      contexts = Set.copyOf(contexts);
      keys = List.copyOf(keys);
      Objects.requireNonNull(action, "action");
      if (contexts.isEmpty() || keys.isEmpty()) {
        throw new IllegalArgumentException("a binding needs a context and a key: " + action);
      }
    }

    /** @return the keys' labels joined with commas, such as {@code j, Down} */
    public String keyLabels() {
      return String.join(", ", keys.stream().map(Key::label).toList());
    }
  }

  /** Where the timeline's and the related stories' keys work. */
  static final Set<Context> LISTS = Set.copyOf(EnumSet.of(Context.TIMELINE, Context.RELATED));

  /**
   * Where the cursor keys move a list or scroll: the timeline, the related stories, the problems,
   * the marks and the help.
   */
  static final Set<Context> MOVING =
      Set.copyOf(
          EnumSet.of(
              Context.TIMELINE, Context.RELATED, Context.PROBLEMS, Context.MARKS, Context.HELP));

  private final List<Binding> bindings;
  private final Map<Context, Map<Key, Action>> lookup = new EnumMap<>(Context.class);

  /**
   * A key map of any bindings; {@link #standard()} gives tidings' own.
   *
   * @param bindings the bindings, in the order the help lists them; never null
   * @throws IllegalArgumentException if a key is bound twice in one context
   */
  public KeyMap(List<Binding> bindings) {
    this.bindings = List.copyOf(bindings);
    for (Context context : Context.values()) {
      lookup.put(context, new HashMap<>());
    }
    for (Binding binding : bindings) {
      for (Context context : binding.contexts()) {
        for (Key key : binding.keys()) {
          Action previous = lookup.get(context).put(key, binding.action());
          if (previous != null) {
            throw new IllegalArgumentException(
                key.label() + " is bound twice in " + context + ": " + previous + ", " + binding);
          }
        }
      }
    }
  }

  /** @return tidings' keys: vim keys and arrow keys both */
  public static KeyMap standard() {
    List<Binding> b = new ArrayList<>();
    b.add(new Binding(MOVING, List.of(Key.of('j'), Key.of(KeyType.ArrowDown)), Action.MOVE_DOWN));
    b.add(new Binding(MOVING, List.of(Key.of('k'), Key.of(KeyType.ArrowUp)), Action.MOVE_UP));
    b.add(new Binding(MOVING, List.of(Key.of(KeyType.PageDown)), Action.PAGE_DOWN));
    b.add(new Binding(MOVING, List.of(Key.of(KeyType.PageUp)), Action.PAGE_UP));
    b.add(new Binding(MOVING, List.of(Key.ctrl('d')), Action.HALF_PAGE_DOWN));
    b.add(new Binding(MOVING, List.of(Key.ctrl('u')), Action.HALF_PAGE_UP));
    b.add(new Binding(MOVING, List.of(Key.of('g'), Key.of(KeyType.Home)), Action.FIRST));
    b.add(new Binding(MOVING, List.of(Key.of('G'), Key.of(KeyType.End)), Action.LAST));
    b.add(new Binding(LISTS, List.of(Key.of(' ')), Action.TOGGLE_MARK));
    b.add(new Binding(LISTS, List.of(Key.of('a')), Action.MARK_ALL));
    b.add(new Binding(LISTS, List.of(Key.of('u')), Action.UNMARK_ALL));
    b.add(new Binding(LISTS, List.of(Key.of('*')), Action.INVERT_MARKS));
    b.add(new Binding(LISTS, List.of(Key.of('M')), Action.TOGGLE_MARKS));
    b.add(
        new Binding(
            LISTS, List.of(Key.of(KeyType.Tab), Key.of(KeyType.ReverseTab)), Action.SWITCH_FOCUS));
    b.add(new Binding(LISTS, List.of(Key.of('/')), Action.START_FILTER));
    b.add(new Binding(LISTS, List.of(Key.of('s')), Action.SORT));
    b.add(new Binding(LISTS, List.of(Key.of('r')), Action.RESCAN));
    b.add(new Binding(LISTS, List.of(Key.of('p')), Action.TOGGLE_PREVIEW));
    b.add(new Binding(LISTS, List.of(Key.of('+')), Action.WIDEN_PREVIEW));
    b.add(new Binding(LISTS, List.of(Key.of('-')), Action.NARROW_PREVIEW));
    b.add(new Binding(LISTS, List.of(Key.of('J')), Action.SCROLL_PREVIEW_DOWN));
    b.add(new Binding(LISTS, List.of(Key.of('K')), Action.SCROLL_PREVIEW_UP));
    b.add(new Binding(LISTS, List.of(Key.of('!')), Action.TOGGLE_PROBLEMS));
    b.add(new Binding(LISTS, List.of(Key.of('t')), Action.OPEN_TOPICS));
    b.add(new Binding(LISTS, List.of(Key.of('P')), Action.OPEN_PROVIDERS));
    b.add(new Binding(LISTS, List.of(Key.of('?')), Action.TOGGLE_HELP));
    b.add(new Binding(LISTS, List.of(Key.of('q')), Action.QUIT));
    b.add(new Binding(LISTS, List.of(Key.of('o')), Action.OPEN));
    b.add(new Binding(LISTS, List.of(Key.of('y')), Action.COPY_URLS));
    b.add(new Binding(LISTS, List.of(Key.of('Y')), Action.COPY_LINKS));

    Set<Context> timeline = EnumSet.of(Context.TIMELINE);
    b.add(new Binding(timeline, List.of(Key.of(KeyType.Enter)), Action.ACCEPT));
    b.add(new Binding(timeline, List.of(Key.of(KeyType.Escape)), Action.CLEAR_FILTER_OR_QUIT));
    b.add(new Binding(timeline, List.of(Key.of('N')), Action.TOGGLE_READ));
    b.add(new Binding(timeline, List.of(Key.of('A')), Action.MARK_ALL_READ));
    b.add(new Binding(timeline, List.of(Key.of('n')), Action.NEXT_UNREAD));

    Set<Context> related = EnumSet.of(Context.RELATED);
    b.add(new Binding(related, List.of(Key.of(KeyType.Enter)), Action.OPEN_LINKED));
    b.add(new Binding(related, List.of(Key.of(KeyType.Escape)), Action.SWITCH_FOCUS));

    Set<Context> filter = EnumSet.of(Context.FILTER);
    b.add(new Binding(filter, List.of(Key.of(KeyType.Enter)), Action.KEEP_FILTER));
    b.add(new Binding(filter, List.of(Key.of(KeyType.Escape)), Action.CLEAR_FILTER));
    b.add(new Binding(filter, List.of(Key.of(KeyType.Backspace)), Action.DELETE_FILTER_CHAR));
    b.add(new Binding(filter, List.of(Key.of(KeyType.Delete)), Action.DELETE_FILTER_NEXT_CHAR));
    b.add(new Binding(filter, List.of(Key.ctrl('w')), Action.DELETE_FILTER_WORD));
    b.add(new Binding(filter, List.of(Key.ctrl('u')), Action.DELETE_FILTER_TO_START));
    b.add(new Binding(filter, List.of(Key.ctrl('k')), Action.DELETE_FILTER_TO_END));
    b.add(
        new Binding(
            filter, List.of(Key.of(KeyType.ArrowLeft), Key.ctrl('b')), Action.CARET_LEFT));
    b.add(
        new Binding(
            filter, List.of(Key.of(KeyType.ArrowRight), Key.ctrl('f')), Action.CARET_RIGHT));
    b.add(new Binding(filter, List.of(Key.of(KeyType.Home), Key.ctrl('a')), Action.CARET_START));
    b.add(new Binding(filter, List.of(Key.of(KeyType.End), Key.ctrl('e')), Action.CARET_END));
    b.add(new Binding(filter, List.of(Key.alt('b')), Action.CARET_WORD_LEFT));
    b.add(new Binding(filter, List.of(Key.alt('f')), Action.CARET_WORD_RIGHT));
    b.add(
        new Binding(filter, List.of(Key.of(KeyType.ArrowDown), Key.ctrl('n')), Action.MOVE_DOWN));
    b.add(new Binding(filter, List.of(Key.of(KeyType.ArrowUp), Key.ctrl('p')), Action.MOVE_UP));
    b.add(new Binding(filter, List.of(Key.ctrl('r')), Action.RECALL_QUERY));

    Set<Context> problems = EnumSet.of(Context.PROBLEMS);
    b.add(
        new Binding(
            problems,
            List.of(Key.of('!'), Key.of(KeyType.Escape), Key.of('q')),
            Action.TOGGLE_PROBLEMS));
    b.add(new Binding(problems, List.of(Key.of(KeyType.Enter)), Action.SHOW_PROBLEM));

    Set<Context> marks = EnumSet.of(Context.MARKS);
    b.add(new Binding(marks, List.of(Key.of(' ')), Action.UNMARK_LISTED));
    b.add(new Binding(marks, List.of(Key.of(KeyType.Enter)), Action.GO_TO_MARKED));
    b.add(
        new Binding(
            marks, List.of(Key.of('M'), Key.of(KeyType.Escape), Key.of('q')),
            Action.TOGGLE_MARKS));
    FacetKeys.add(b);

    b.add(new Binding(EnumSet.allOf(Context.class), List.of(Key.ctrl('c')), Action.QUIT_NOW));
    return new KeyMap(b);
  }

  /** @return every binding, in the order they were declared; immutable */
  public List<Binding> bindings() {
    return bindings;
  }

  /**
   * The action of a keystroke in a context.
   *
   * @param context where the keystroke goes; never null
   * @param stroke the keystroke; never null
   * @return its action; empty when the key is not bound there (in the filter context, a character
   *     to type); in the help context every key has one
   */
  public Optional<Action> action(Context context, KeyStroke stroke) {
    Optional<Action> action = binding(context, stroke);
    if (action.isEmpty() && context == Context.HELP) {
      return Optional.of(Action.TOGGLE_HELP);
    }
    return action;
  }

  /**
   * The action a keystroke is bound to in a context, without the help's rule that any key closes
   * it: for telling whether an Alt+key is bound or is Esc, then the key.
   *
   * @param context where the keystroke goes; never null
   * @param stroke the keystroke; never null
   * @return the action bound to its key there; empty when there is none
   */
  public Optional<Action> binding(Context context, KeyStroke stroke) {
    return Optional.ofNullable(lookup.get(context).get(Key.of(stroke)));
  }

  /**
   * Whether a keystroke quits at once wherever it is pressed ({@link Action#QUIT_NOW} in every
   * context), so that the thread that reads keys can act on it before the keys queued ahead of it:
   * Ctrl-C quits within moments even while the UI thread is busy.
   *
   * @param stroke the keystroke; never null
   * @return true when its key is bound to {@link Action#QUIT_NOW} in every context
   */
  public boolean quitsNow(KeyStroke stroke) {
    Key key = Key.of(stroke);
    for (Context context : Context.values()) {
      if (lookup.get(context).get(key) != Action.QUIT_NOW) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text a keystroke types into the filter prompt.
   *
   * @param stroke a keystroke with no action in the filter context; never null
   * @return the character to type; empty for special keys and Ctrl or Alt combinations
   */
  public static Optional<String> typed(KeyStroke stroke) {
    if (stroke.getKeyType() != KeyType.Character || stroke.isCtrlDown() || stroke.isAltDown()) {
      return Optional.empty();
    }
    char c = stroke.getCharacter();
    return Character.isISOControl(c) ? Optional.empty() : Optional.of(String.valueOf(c));
  }
}
