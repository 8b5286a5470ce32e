package dev.tidings.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.tidings.TestCorpora;
import dev.tidings.browse.Action;
import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Context;
import dev.tidings.browse.Corpus;
import dev.tidings.browse.Outcome;
import dev.tidings.repository.ArticleRepository;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --expect}: key names, keys refused, and which key accepted. */
class ExpectKeysTest {

  @Test
  void namesBecomeTheKeysLanternaReads() {
    assertThat(KeyNames.parse("ctrl-o").key()).isEqualTo(Key.of(new KeyStroke('o', true, false)));
    assertThat(KeyNames.parse("CTRL-O")).isEqualTo(new KeyNames.Named("ctrl-o", Key.ctrl('o')));
    assertThat(KeyNames.parse("alt-x").key()).isEqualTo(Key.of(new KeyStroke('x', false, true)));
    assertThat(KeyNames.parse("Alt-X")).isEqualTo(new KeyNames.Named("alt-X", Key.alt('X')));
    assertThat(KeyNames.parse("ctrl-alt-x").key())
        .isEqualTo(Key.of(new KeyStroke('x', true, true)));
    // The terminal sends NUL for Ctrl-Space; Lanterna reads it as Ctrl and a space.
    assertThat(KeyNames.parse("ctrl-space").key())
        .isEqualTo(Key.of(new KeyStroke(' ', true, false)));
    assertThat(KeyNames.parse("f5").key()).isEqualTo(Key.of(KeyType.F5));
    assertThat(KeyNames.parse("F12")).isEqualTo(new KeyNames.Named("f12", Key.of(KeyType.F12)));
    assertThat(KeyNames.parse("btab").key()).isEqualTo(Key.of(KeyType.ReverseTab));
    assertThat(KeyNames.parse("del").key()).isEqualTo(Key.of(KeyType.Delete));
    assertThat(KeyNames.parse("x").key()).isEqualTo(Key.of('x'));
    assertThat(KeyNames.parse("X").name()).isEqualTo("X");
    assertThat(KeyNames.parse("ctrl-m").key()).isEqualTo(Key.of(KeyType.Enter));
    assertThat(KeyNames.parse("ctrl-i").key()).isEqualTo(Key.of(KeyType.Tab));
  }

  @Test
  void unknownNamesAreRefused() {
    for (String name : List.of("hyper-x", "ctrl-", "ctrl-1", "f13", "alt-", "xx", "ctrl-alt-1")) {
      assertThatThrownBy(() -> KeyNames.parse(name))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("unknown key name '" + name + "' (names are like ctrl-o");
    }
  }

  @Test
  void aKeyBoundInTheTimelineIsRefused() {
    KeyMap keys = KeyMap.standard();
    assertThatThrownBy(() -> ExpectKeys.parse("ctrl-o,ctrl-c", keys))
        .hasMessage("ctrl-c is bound in the timeline (Ctrl-C: quit, even if marked)");
    assertThatThrownBy(() -> ExpectKeys.parse("enter", keys))
        .hasMessage("enter is bound in the timeline (Enter: accept: print URLs)");
    assertThatThrownBy(() -> ExpectKeys.parse("ctrl-m", keys))
        .hasMessage("ctrl-m is bound in the timeline (Enter: accept: print URLs)");
    assertThatThrownBy(() -> ExpectKeys.parse("j", keys)).hasMessageStartingWith("j is bound");
    assertThatThrownBy(() -> ExpectKeys.parse("ctrl-d", keys))
        .hasMessageStartingWith("ctrl-d is bound in the timeline (Ctrl-D: ");
  }

  @Test
  void emptyNamesAndTwoNamesOfOneKeyAreRefused() {
    KeyMap keys = KeyMap.standard();
    assertThatThrownBy(() -> ExpectKeys.parse("ctrl-o,,f5", keys))
        .hasMessage("an empty key name in 'ctrl-o,,f5'");
    assertThatThrownBy(() -> ExpectKeys.parse("", keys)).hasMessage("an empty key name in ''");
    assertThatThrownBy(() -> ExpectKeys.parse("bspace,ctrl-h", keys))
        .hasMessage("bspace and ctrl-h are the same key");
  }

  @Test
  void theKeysAreNamedInTheOrderGivenAndEnterHasAnEmptyName() {
    ExpectKeys expect = ExpectKeys.parse("ctrl-o,alt-x,f5,ctrl-space", KeyMap.standard());
    assertThat(expect.names()).containsExactly("ctrl-o", "alt-x", "f5", "ctrl-space");
    assertThat(expect.name(Key.ctrl('o'))).isEqualTo("ctrl-o");
    assertThat(expect.name(Key.of(KeyType.F5))).isEqualTo("f5");
    assertThat(expect.name(Key.of(KeyType.Enter))).isEmpty();
    assertThat(expect.name(null)).isEmpty();
    assertThat(ExpectKeys.none().isEmpty()).isTrue();
  }

  @Test
  void theKeysAreBoundToAcceptInTheTimelineAndTheRelatedStoriesOnly() {
    KeyMap keys = ExpectKeys.parse("ctrl-o", KeyMap.standard()).bind(KeyMap.standard());
    KeyStroke ctrlO = new KeyStroke('o', true, false);
    assertThat(keys.action(Context.TIMELINE, ctrlO)).contains(Action.ACCEPT);
    assertThat(keys.action(Context.RELATED, ctrlO)).contains(Action.ACCEPT);
    assertThat(keys.binding(Context.FILTER, ctrlO)).isEmpty();
    assertThat(keys.binding(Context.MARKS, ctrlO)).isEmpty();
    assertThat(ExpectKeys.none().bind(KeyMap.standard()).bindings())
        .isEqualTo(KeyMap.standard().bindings());
  }

  @Test
  void anExpectedKeyAcceptsAndTheBrowserSaysWhichKeyItWas() throws IOException {
    ExpectKeys expect = ExpectKeys.parse("ctrl-o,alt-x", KeyMap.standard());
    ArticleRepository repository = ArticleRepository.open(List.of(TestCorpora.seeds()));
    BrowseSession session = new BrowseSession(List.of(), Corpus.of(repository));
    session.update(repository.drain());
    Browser browser = browser(session, repository, expect.bind(KeyMap.standard()));
    assertThat(browser.acceptedBy()).isEmpty();

    assertThat(browser.handle(new KeyStroke('j', false, false))).isEqualTo(Outcome.CONTINUE);
    assertThat(browser.handle(new KeyStroke('x', false, true))).isEqualTo(Outcome.ACCEPT);

    assertThat(expect.name(browser.acceptedBy().orElseThrow())).isEqualTo("alt-x");
    assertThat(session.acceptedUrls()).containsExactly(session.visible().get(1).url());

    Browser other = browser(session, repository, expect.bind(KeyMap.standard()));
    assertThat(other.handle(new KeyStroke(KeyType.Enter))).isEqualTo(Outcome.ACCEPT);
    assertThat(expect.name(other.acceptedBy().orElseThrow())).isEmpty();
  }

  private static Browser browser(
      BrowseSession session, ArticleRepository repository, KeyMap keys) throws IOException {
    TerminalScreen screen =
        new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(80, 24)));
    screen.startScreen();
    return new Browser(screen, session, repository, keys, ZoneOffset.UTC);
  }
}
