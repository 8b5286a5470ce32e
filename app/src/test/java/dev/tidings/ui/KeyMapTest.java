package dev.tidings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.tidings.browse.Action;
import dev.tidings.browse.Context;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeyMapTest {

  private final KeyMap keys = KeyMap.standard();

  private static KeyStroke key(char c) {
    return new KeyStroke(c, false, false);
  }

  private static KeyStroke ctrl(char c) {
    return new KeyStroke(c, true, false);
  }

  private static KeyStroke key(KeyType type) {
    return new KeyStroke(type);
  }

  @Test
  void vimKeysAndArrowKeysMoveInBothLists() {
    for (Context context : EnumSet.of(Context.TIMELINE, Context.RELATED)) {
      assertThat(keys.action(context, key('j'))).contains(Action.MOVE_DOWN);
      assertThat(keys.action(context, key(KeyType.ArrowDown))).contains(Action.MOVE_DOWN);
      assertThat(keys.action(context, key('k'))).contains(Action.MOVE_UP);
      assertThat(keys.action(context, key(KeyType.ArrowUp))).contains(Action.MOVE_UP);
      assertThat(keys.action(context, key(KeyType.PageDown))).contains(Action.PAGE_DOWN);
      assertThat(keys.action(context, key(KeyType.PageUp))).contains(Action.PAGE_UP);
      assertThat(keys.action(context, ctrl('d'))).contains(Action.HALF_PAGE_DOWN);
      assertThat(keys.action(context, ctrl('u'))).contains(Action.HALF_PAGE_UP);
      assertThat(keys.action(context, key('g'))).contains(Action.FIRST);
      assertThat(keys.action(context, key(KeyType.Home))).contains(Action.FIRST);
      assertThat(keys.action(context, key('G'))).contains(Action.LAST);
      assertThat(keys.action(context, key(KeyType.End))).contains(Action.LAST);
      assertThat(keys.action(context, key(' '))).contains(Action.TOGGLE_MARK);
      assertThat(keys.action(context, key(KeyType.Tab))).contains(Action.SWITCH_FOCUS);
      assertThat(keys.action(context, key('q'))).contains(Action.QUIT);
      assertThat(keys.action(context, key('?'))).contains(Action.TOGGLE_HELP);
    }
  }

  @Test
  void enterAndEscapeDependOnTheContext() {
    assertThat(keys.action(Context.TIMELINE, key(KeyType.Enter))).contains(Action.ACCEPT);
    assertThat(keys.action(Context.RELATED, key(KeyType.Enter))).contains(Action.OPEN_LINKED);
    assertThat(keys.action(Context.FILTER, key(KeyType.Enter))).contains(Action.KEEP_FILTER);
    assertThat(keys.action(Context.TIMELINE, key(KeyType.Escape)))
        .contains(Action.CLEAR_FILTER_OR_QUIT);
    assertThat(keys.action(Context.RELATED, key(KeyType.Escape))).contains(Action.SWITCH_FOCUS);
    assertThat(keys.action(Context.FILTER, key(KeyType.Escape))).contains(Action.CLEAR_FILTER);
  }

  @Test
  void oOpensAndYCopiesInBothListsButAreTypedInTheFilter() {
    for (Context context : EnumSet.of(Context.TIMELINE, Context.RELATED)) {
      assertThat(keys.action(context, key('o'))).contains(Action.OPEN);
      assertThat(keys.action(context, key('y'))).contains(Action.COPY_URLS);
      assertThat(keys.action(context, key('Y'))).contains(Action.COPY_LINKS);
    }
    assertThat(keys.action(Context.FILTER, key('o'))).isEmpty();
    assertThat(keys.action(Context.FILTER, key('y'))).isEmpty();
  }

  @Test
  void ctrlCQuitsEverywhere() {
    for (Context context : Context.values()) {
      assertThat(keys.action(context, ctrl('c'))).contains(Action.QUIT_NOW);
    }
    assertThat(keys.quitsNow(ctrl('c'))).isTrue();
    assertThat(keys.quitsNow(key('q'))).isFalse();
    assertThat(keys.quitsNow(new KeyStroke('c', false, true))).isFalse();
  }

  @Test
  void altIsPartOfACharactersKeyOnly() {
    assertThat(Key.of(new KeyStroke('b', false, true))).isEqualTo(Key.alt('b'));
    assertThat(Key.of(new KeyStroke('b', false, true))).isNotEqualTo(Key.of('b'));
    assertThat(Key.of(new KeyStroke(KeyType.ArrowDown, false, true)))
        .isEqualTo(Key.of(KeyType.ArrowDown));
    assertThat(keys.binding(Context.HELP, key('x'))).isEmpty();
    assertThat(keys.action(Context.HELP, key('x'))).contains(Action.TOGGLE_HELP);
  }

  @Test
  void inTheFilterLettersAreTypedNotActions() {
    assertThat(keys.action(Context.FILTER, key('j'))).isEmpty();
    assertThat(keys.action(Context.FILTER, key('q'))).isEmpty();
    assertThat(KeyMap.typed(key('q'))).contains("q");
    assertThat(KeyMap.typed(key(' '))).contains(" ");
    assertThat(KeyMap.typed(ctrl('w'))).isEmpty();
    assertThat(KeyMap.typed(key(KeyType.ArrowLeft))).isEmpty();
    assertThat(keys.action(Context.FILTER, ctrl('w'))).contains(Action.DELETE_FILTER_WORD);
    assertThat(keys.action(Context.FILTER, key(KeyType.Backspace)))
        .contains(Action.DELETE_FILTER_CHAR);
  }

  @Test
  void thePromptEditsAsReadlineDoes() {
    Object[][] expected = {
      {key(KeyType.ArrowLeft), Action.CARET_LEFT},
      {ctrl('b'), Action.CARET_LEFT},
      {key(KeyType.ArrowRight), Action.CARET_RIGHT},
      {ctrl('f'), Action.CARET_RIGHT},
      {key(KeyType.Home), Action.CARET_START},
      {ctrl('a'), Action.CARET_START},
      {key(KeyType.End), Action.CARET_END},
      {ctrl('e'), Action.CARET_END},
      {new KeyStroke('b', false, true), Action.CARET_WORD_LEFT},
      {new KeyStroke('f', false, true), Action.CARET_WORD_RIGHT},
      {key(KeyType.Delete), Action.DELETE_FILTER_NEXT_CHAR},
      {ctrl('u'), Action.DELETE_FILTER_TO_START},
      {ctrl('k'), Action.DELETE_FILTER_TO_END},
      {ctrl('w'), Action.DELETE_FILTER_WORD},
      {key(KeyType.ArrowDown), Action.MOVE_DOWN},
      {ctrl('n'), Action.MOVE_DOWN},
      {ctrl('p'), Action.MOVE_UP},
    };
    for (Object[] pair : expected) {
      assertThat(keys.action(Context.FILTER, (KeyStroke) pair[0])).as("%s", pair[0])
          .contains((Action) pair[1]);
    }
    // Outside the prompt, Alt-B is Esc then b, and Ctrl-U still pages.
    assertThat(keys.binding(Context.TIMELINE, new KeyStroke('b', false, true))).isEmpty();
    assertThat(keys.action(Context.TIMELINE, ctrl('u'))).contains(Action.HALF_PAGE_UP);
  }

  @Test
  void ctrlRRecallsAnEarlierQueryOnlyInTheFilterPrompt() {
    assertThat(keys.action(Context.FILTER, ctrl('r'))).contains(Action.RECALL_QUERY);
    assertThat(KeyMap.typed(ctrl('r'))).isEmpty();
    // Elsewhere Ctrl-R is no binding (reserved), and r still rescans.
    assertThat(keys.binding(Context.TIMELINE, ctrl('r'))).isEmpty();
    assertThat(keys.action(Context.TIMELINE, key('r'))).contains(Action.RESCAN);
    // Up and Down stay the timeline's moves in the key map: the session recalls with them.
    assertThat(keys.action(Context.FILTER, key(KeyType.ArrowUp))).contains(Action.MOVE_UP);
  }

  @Test
  void previewKeysWorkInBothListsAndDoNotClashWithTheirMoves() {
    for (Context context : EnumSet.of(Context.TIMELINE, Context.RELATED)) {
      assertThat(keys.action(context, key('p'))).contains(Action.TOGGLE_PREVIEW);
      assertThat(keys.action(context, key('+'))).contains(Action.WIDEN_PREVIEW);
      assertThat(keys.action(context, key('-'))).contains(Action.NARROW_PREVIEW);
      assertThat(keys.action(context, key('J'))).contains(Action.SCROLL_PREVIEW_DOWN);
      assertThat(keys.action(context, key('K'))).contains(Action.SCROLL_PREVIEW_UP);
    }
    assertThat(keys.action(Context.FILTER, key('J'))).isEmpty();
  }

  @Test
  void inTheHelpTheMovingKeysScrollIt() {
    assertThat(keys.action(Context.HELP, key('j'))).contains(Action.MOVE_DOWN);
    assertThat(keys.action(Context.HELP, key(KeyType.PageDown))).contains(Action.PAGE_DOWN);
    assertThat(keys.action(Context.HELP, key('q'))).contains(Action.TOGGLE_HELP);
  }

  @Test
  void enterInTheProblemsShowsTheWholeEntry() {
    assertThat(keys.action(Context.PROBLEMS, key(KeyType.Enter))).contains(Action.SHOW_PROBLEM);
  }

  @Test
  void bulkMarkKeysWorkInBothListsAndTheMarksViewHasItsOwnKeys() {
    for (Context context : EnumSet.of(Context.TIMELINE, Context.RELATED)) {
      assertThat(keys.action(context, key('a'))).contains(Action.MARK_ALL);
      assertThat(keys.action(context, key('u'))).contains(Action.UNMARK_ALL);
      assertThat(keys.action(context, key('*'))).contains(Action.INVERT_MARKS);
      assertThat(keys.action(context, key('M'))).contains(Action.TOGGLE_MARKS);
    }
    assertThat(keys.action(Context.FILTER, key('a'))).isEmpty();
    assertThat(keys.action(Context.FILTER, key('M'))).isEmpty();
    assertThat(keys.action(Context.MARKS, key(' '))).contains(Action.UNMARK_LISTED);
    assertThat(keys.action(Context.MARKS, key(KeyType.Enter))).contains(Action.GO_TO_MARKED);
    assertThat(keys.action(Context.MARKS, key('M'))).contains(Action.TOGGLE_MARKS);
    assertThat(keys.action(Context.MARKS, key('q'))).contains(Action.TOGGLE_MARKS);
    assertThat(keys.action(Context.MARKS, key(KeyType.Escape))).contains(Action.TOGGLE_MARKS);
    assertThat(keys.action(Context.MARKS, key('j'))).contains(Action.MOVE_DOWN);
    assertThat(keys.action(Context.MARKS, key('G'))).contains(Action.LAST);
    assertThat(keys.action(Context.MARKS, key('a'))).isEmpty();
    assertThat(keys.action(Context.MARKS, ctrl('c'))).contains(Action.QUIT_NOW);
  }

  @Test
  void tAndShiftPOpenTheTopicAndProviderListsFromBothLists() {
    for (Context context : EnumSet.of(Context.TIMELINE, Context.RELATED)) {
      assertThat(keys.action(context, key('t'))).contains(Action.OPEN_TOPICS);
      assertThat(keys.action(context, key('P'))).contains(Action.OPEN_PROVIDERS);
    }
    assertThat(keys.action(Context.FILTER, key('t'))).isEmpty();
    assertThat(keys.action(Context.PROBLEMS, key('t'))).isEmpty();
  }

  @Test
  void inTheTopicAndProviderListsLettersAreTypedAndSpecialKeysAct() {
    for (char c : "jkgGqtP/?! ".toCharArray()) {
      assertThat(keys.action(Context.FACETS, key(c))).as("%s", c).isEmpty();
    }
    Object[][] expected = {
      {key(KeyType.ArrowDown), Action.MOVE_DOWN},
      {ctrl('n'), Action.MOVE_DOWN},
      {key(KeyType.ArrowUp), Action.MOVE_UP},
      {ctrl('p'), Action.MOVE_UP},
      {key(KeyType.PageDown), Action.PAGE_DOWN},
      {key(KeyType.PageUp), Action.PAGE_UP},
      {key(KeyType.Home), Action.FIRST},
      {key(KeyType.End), Action.LAST},
      {key(KeyType.Enter), Action.FILTER_BY_FACET},
      {key(KeyType.Tab), Action.SWITCH_FACETS},
      {key(KeyType.ReverseTab), Action.SWITCH_FACETS},
      {key(KeyType.Backspace), Action.DELETE_FACET_CHAR},
      {key(KeyType.Escape), Action.FACETS_BACK},
    };
    for (Object[] pair : expected) {
      assertThat(keys.action(Context.FACETS, (KeyStroke) pair[0])).as("%s", pair[0])
          .contains((Action) pair[1]);
    }
  }

  @Test
  void anyKeyClosesTheHelp() {
    assertThat(keys.action(Context.HELP, key('x'))).contains(Action.TOGGLE_HELP);
    assertThat(keys.action(Context.HELP, key(KeyType.Escape))).contains(Action.TOGGLE_HELP);
  }

  @Test
  void everyActionHasAKeyAndADescriptionThatFitsTheHelp() {
    Set<Action> bound =
        keys.bindings().stream().map(KeyMap.Binding::action).collect(Collectors.toSet());
    assertThat(bound).containsExactlyInAnyOrder(Action.values());
    for (Action action : Action.values()) {
      assertThat(action.description().length()).isBetween(1, 20);
    }
  }

  @Test
  void labelsNameKeysTheWayTheHelpShowsThem() {
    assertThat(Key.ctrl('d').label()).isEqualTo("Ctrl-D");
    assertThat(Key.of(' ').label()).isEqualTo("Space");
    assertThat(Key.of(KeyType.PageDown).label()).isEqualTo("PgDn");
    assertThat(Key.of(KeyType.Escape).label()).isEqualTo("Esc");
    assertThat(Key.of('G').label()).isEqualTo("G");
    assertThat(Key.alt('b').label()).isEqualTo("Alt-B");
    assertThat(Key.alt('B').label()).isEqualTo("Alt-Shift-B");
  }
}
