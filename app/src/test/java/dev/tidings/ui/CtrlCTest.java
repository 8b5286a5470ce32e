package dev.tidings.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.tidings.TestCorpora;
import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Corpus;
import dev.tidings.browse.FilterPass;
import dev.tidings.browse.Outcome;
import dev.tidings.repository.ArticleRepository;
import dev.tidings.ui.term.CtrlCWatch;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C does not wait its turn: read by the input thread, it ends a filter pass that is running
 * and the keys queued before it, whatever the UI thread is doing. (The timeout only keeps a broken
 * build from hanging; how fast it quits is measured by the benchmark.)
 */
class CtrlCTest {

  /**
   * A virtual terminal whose input is a queue of its own: Lanterna's holds the terminal's lock
   * while it waits for input, which would stop the UI thread's drawing meanwhile.
   */
  private static final class QueuedTerminal extends DefaultVirtualTerminal implements CtrlCWatch {
    final BlockingQueue<KeyStroke> keys = new LinkedBlockingQueue<>();
    volatile Runnable ctrlC;

    @Override
    public void whenCtrlC(Runnable action) {
      ctrlC = action;
    }

    QueuedTerminal() {
      super(new TerminalSize(80, 24));
    }

    @Override
    public KeyStroke readInput() {
      try {
        return keys.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new KeyStroke(KeyType.EOF);
      }
    }

    @Override
    public KeyStroke pollInput() {
      return keys.poll();
    }
  }

  @Test
  void ctrlCEndsAFilterPassThatWouldNeverEndOtherwise() throws Exception {
    QueuedTerminal terminal = new QueuedTerminal();
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    ArticleRepository repository =
        ArticleRepository.open(List.of(TestCorpora.seeds()), Runnable::run, 1 << 20);
    CountDownLatch passRunning = new CountDownLatch(1);
    // A pass that runs until it is abandoned: the UI thread is busy for as long as it runs.
    FilterPass endless =
        (rows, matcher, abandon) -> {
          passRunning.countDown();
          while (!abandon.getAsBoolean()) {
            Thread.onSpinWait();
          }
          return Optional.empty();
        };
    BrowseSession session = new BrowseSession(List.of(), Corpus.of(repository), endless);
    session.update(repository.drain());
    Browser browser = new Browser(screen, session, repository, KeyMap.standard(), ZoneOffset.UTC);
    terminal.keys.add(new KeyStroke('/', false, false));
    terminal.keys.add(new KeyStroke('x', false, false));
    Thread typist =
        new Thread(
            () -> {
              try {
                passRunning.await();
              } catch (InterruptedException e) {
                return;
              }
              // Keys queued behind the busy pass, then Ctrl-C: the last 'y' starts a pass that
              // only Ctrl-C can end.
              for (int i = 0; i < 500; i++) {
                terminal.keys.add(new KeyStroke('y', false, false));
              }
              terminal.keys.add(new KeyStroke('c', true, false));
            });
    typist.start();

    Outcome outcome =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> browser.run(() -> {}));

    assertThat(outcome).isEqualTo(Outcome.QUIT);
    assertThat(session.prompt().text()).startsWith("x").hasSizeLessThanOrEqualTo(501);
    typist.join();
  }

  @Test
  void aTerminalThatSeesCtrlCBeforeItsKeysAreReadEndsTheBrowserAtOnce() throws Exception {
    QueuedTerminal terminal = new QueuedTerminal();
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    ArticleRepository repository =
        ArticleRepository.open(List.of(TestCorpora.seeds()), Runnable::run, 1 << 20);
    CountDownLatch passRunning = new CountDownLatch(1);
    FilterPass endless =
        (rows, matcher, abandon) -> {
          passRunning.countDown();
          while (!abandon.getAsBoolean()) {
            Thread.onSpinWait();
          }
          return Optional.empty();
        };
    BrowseSession session = new BrowseSession(List.of(), Corpus.of(repository), endless);
    session.update(repository.drain());
    Browser browser = new Browser(screen, session, repository, KeyMap.standard(), ZoneOffset.UTC);
    terminal.keys.add(new KeyStroke('/', false, false));
    terminal.keys.add(new KeyStroke('x', false, false));
    Thread device =
        new Thread(
            () -> {
              try {
                passRunning.await();
              } catch (InterruptedException e) {
                return;
              }
              // Ctrl-C arrives on the device; the key itself is never read.
              terminal.ctrlC.run();
            });
    device.start();

    Outcome outcome =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> browser.run(() -> {}));

    assertThat(outcome).isEqualTo(Outcome.QUIT);
    assertThat(session.prompt().text()).isEqualTo("x");
    device.join();
  }

  @Test
  void ctrlCQuitsAtOnceWithMarks() throws IOException {
    ScreenHarness harness = new ScreenHarness(TestCorpora.seeds(), 80, 24);
    harness.keys(" ", " ");
    assertThat(harness.session.marks()).hasSize(2);

    assertThat(harness.keys("<C-c>")).isEqualTo(Outcome.QUIT);
  }
}
