package dev.tidings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.tidings.TestCorpora;
import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Context;
import dev.tidings.browse.Corpus;
import dev.tidings.browse.Outcome;
import dev.tidings.model.Progress;
import dev.tidings.repository.ArticleRepository;
import dev.tidings.repository.Update;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keystrokes as they arrive from a terminal: Esc read together with a key, keys before rows. */
class BrowserKeysTest {

  @Test
  void escThenAKeyReadAsAltKeyClearsTheFilterThenMoves() {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 120, 30);
    harness.keys("/");
    harness.type("hk");
    harness.keys("<Enter>");
    assertThat(harness.session.filter().isEmpty()).isFalse();

    harness.keys("<A-j>");

    assertThat(harness.session.filter().isEmpty()).isTrue();
    assertThat(harness.session.timelineCursor().cursor()).isEqualTo(1);
  }

  @Test
  void escThenAKeyClosesTheProblemsViewThenActs() {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 120, 30);
    harness.keys("!");
    assertThat(harness.session.context()).isEqualTo(Context.PROBLEMS);

    harness.keys("<A-j>");

    assertThat(harness.session.context()).isEqualTo(Context.TIMELINE);
    assertThat(harness.session.timelineCursor().cursor()).isEqualTo(1);
  }

  @Test
  void escThenAKeyClosesTheHelpThenActs() {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 120, 30);
    harness.keys("?");
    assertThat(harness.session.context()).isEqualTo(Context.HELP);

    harness.keys("<A-j>");

    assertThat(harness.session.context()).isEqualTo(Context.TIMELINE);
    assertThat(harness.session.timelineCursor().cursor()).isEqualTo(1);
  }

  @Test
  void keysTypedBeforeTheFirstRowsActOnceRowsArrive() throws IOException {
    ArticleRepository repository = ArticleRepository.open(List.of(TestCorpora.seeds()));
    BrowseSession session = new BrowseSession(List.of(), Corpus.of(repository));
    Browser browser = beforeTheFirstRows(repository, session);

    assertThat(browser.handle(new KeyStroke('j', false, false))).isEqualTo(Outcome.CONTINUE);
    assertThat(browser.handle(new KeyStroke(KeyType.Enter))).isEqualTo(Outcome.CONTINUE);
    assertThat(session.acceptedUrls()).isEmpty();

    assertThat(browser.update(repository.drain())).isEqualTo(Outcome.ACCEPT);
    assertThat(session.acceptedUrls()).containsExactly(session.visible().get(1).url());
  }

  @Test
  void ctrlCQuitsAtOnceBeforeTheFirstRows() throws IOException {
    ArticleRepository repository = ArticleRepository.open(List.of(TestCorpora.seeds()));
    BrowseSession session = new BrowseSession(List.of(), Corpus.of(repository));
    Browser browser = beforeTheFirstRows(repository, session);

    assertThat(browser.handle(new KeyStroke('c', true, false))).isEqualTo(Outcome.QUIT);
  }

  /** A browser as at start: the session has no rows and indexing is not done. */
  private static Browser beforeTheFirstRows(ArticleRepository repository, BrowseSession session)
      throws IOException {
    TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(80, 24)));
    screen.startScreen();
    session.update(new Update(List.of(), List.of(), Progress.STARTING, 0, 0));
    return new Browser(screen, session, repository, KeyMap.standard(), ZoneOffset.UTC);
  }
}
