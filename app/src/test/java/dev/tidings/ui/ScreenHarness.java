package dev.tidings.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Corpus;
import dev.tidings.browse.Outcome;
import dev.tidings.repository.ArticleRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The browser on Lanterna's virtual terminal, driven by keystrokes, with articles loaded on the
 * calling thread and dates in UTC, so that screens are the same on every machine.
 */
final class ScreenHarness {

  final DefaultVirtualTerminal terminal;
  final BrowseSession session;
  final Browser browser;

  ScreenHarness(Path corpus, int columns, int rows) {
    this(corpus, columns, rows, 1 << 20);
  }

  /** With the article cache bounded to {@code cacheBytes}: 1 keeps no article cached. */
  ScreenHarness(Path corpus, int columns, int rows, long cacheBytes) {
    try {
      terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
      TerminalScreen screen = new TerminalScreen(terminal);
      screen.startScreen();
      ArticleRepository repository =
          ArticleRepository.open(List.of(corpus), Runnable::run, cacheBytes);
      // As the browser gets them: an empty timeline, then the repository's changes.
      session =
          new BrowseSession(
              List.of(),
              new Corpus(
                  repository::findByUrl,
                  repository::referencedBy,
                  repository::problems,
                  repository::rescan),
            new ParallelFilterPass());
      session.update(repository.drain());
      browser = new Browser(screen, session, repository, KeyMap.standard(), ZoneOffset.UTC);
      browser.refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Types keys and redraws after each. Keys: single characters, or {@code <Tab>}, {@code <Enter>},
   * {@code <Esc>}, {@code <Down>}, {@code <Up>}, {@code <Backspace>}, {@code <C-x>} (Ctrl) and
   * {@code <A-x>} (Alt).
   */
  Outcome keys(String... keys) {
    Outcome outcome = Outcome.CONTINUE;
    for (String key : keys) {
      outcome = browser.handle(stroke(key));
      try {
        browser.refresh();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return outcome;
  }

  /** Types each character of {@code text} as a key. */
  Outcome type(String text) {
    return keys(text.codePoints().mapToObj(Character::toString).toArray(String[]::new));
  }

  private static KeyStroke stroke(String key) {
    return switch (key) {
      case "<Tab>" -> new KeyStroke(KeyType.Tab);
      case "<Enter>" -> new KeyStroke(KeyType.Enter);
      case "<Esc>" -> new KeyStroke(KeyType.Escape);
      case "<Down>" -> new KeyStroke(KeyType.ArrowDown);
      case "<Up>" -> new KeyStroke(KeyType.ArrowUp);
      case "<Backspace>" -> new KeyStroke(KeyType.Backspace);
      default -> {
        if (key.startsWith("<C-") && key.length() == 5) {
          yield new KeyStroke(key.charAt(3), true, false);
        }
        if (key.startsWith("<A-") && key.length() == 5) {
          yield new KeyStroke(key.charAt(3), false, true);
        }
        if (key.length() != 1) {
          throw new IllegalArgumentException("unknown key " + key);
        }
        yield new KeyStroke(key.charAt(0), false, false);
      }
    };
  }

  /** @return the whole screen as text, one line per row, trailing spaces kept */
  String screen() {
    TerminalSize size = terminal.getTerminalSize();
    StringBuilder text = new StringBuilder();
    for (int row = 0; row < size.getRows(); row++) {
      for (int column = 0; column < size.getColumns(); column++) {
        TextCharacter cell = terminal.getBufferCharacter(column, row);
        text.append(cell.getCharacterString());
        if (cell.isDoubleWidth()) {
          column++;
        }
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** @return the cell at a position, for checking styles */
  TextCharacter cell(int column, int row) {
    return terminal.getBufferCharacter(column, row);
  }
}
