package dev.tidings.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Corpus;
import dev.tidings.browse.Outcome;
import dev.tidings.repository.ArticleRepository;
import dev.tidings.ui.view.Appearance;
import dev.tidings.ui.view.ViewSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The browser on Lanterna's virtual terminal, driven by keystrokes, with articles loaded on the
 * calling thread, dates in UTC and the time fixed at {@link #NOW}, so that screens are the same on
 * every machine. The OSC 8 sequences the browser writes are kept in {@link #links}.
 */
final class ScreenHarness {

  /** The time the screens are drawn at: a few days after the seeds' articles, in their year. */
  static final Instant NOW = Instant.parse("2021-12-20T12:00:00Z");

  final DefaultVirtualTerminal terminal;
  final BrowseSession session;
  final Browser browser;
  /** What the browser wrote besides Lanterna's output: the links' sequences. */
  final ByteArrayOutputStream links = new ByteArrayOutputStream();

  ScreenHarness(Path corpus, int columns, int rows) {
    this(corpus, columns, rows, 1 << 20, Appearance.DEFAULT);
  }

  /** In the colours and glyphs of {@code appearance}. */
  ScreenHarness(Path corpus, int columns, int rows, Appearance appearance) {
    this(corpus, columns, rows, 1 << 20, appearance);
  }

  /** With the article cache bounded to {@code cacheBytes}: 1 keeps no article cached. */
  ScreenHarness(Path corpus, int columns, int rows, long cacheBytes) {
    this(corpus, columns, rows, cacheBytes, Appearance.DEFAULT);
  }

  /** With the keys of {@code keyMap} (as a configuration file binds them). */
  ScreenHarness(Path corpus, int columns, int rows, KeyMap keyMap) {
    this(corpus, columns, rows, 1 << 20, Appearance.DEFAULT, keyMap, Commands.NONE);
  }

  /** With keys that run external commands (as a configuration file's {@code commands:}). */
  ScreenHarness(Path corpus, int columns, int rows, Commands commands) {
    this(corpus, columns, rows, 1 << 20, Appearance.DEFAULT, KeyMap.standard(), commands);
  }

  private ScreenHarness(
      Path corpus, int columns, int rows, long cacheBytes, Appearance appearance) {
    this(corpus, columns, rows, cacheBytes, appearance, KeyMap.standard(), Commands.NONE);
  }

  private ScreenHarness(
      Path corpus,
      int columns,
      int rows,
      long cacheBytes,
      Appearance appearance,
      KeyMap keyMap,
      Commands commands) {
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
              Corpus.of(repository),
            new ParallelFilterPass());
      session.update(repository.drain());
      // The corpus as a user would give it, relative to where tidings runs, so that the paths
      // the preview writes are the same on every machine.
      Path given = Path.of("").toAbsolutePath().relativize(corpus.toAbsolutePath());
      ViewSettings settings =
          new ViewSettings(
              ZoneOffset.UTC, Clock.fixed(NOW, ZoneOffset.UTC), appearance, List.of(given));
      browser =
          new Browser(
              screen, session, repository, keyMap, commands, settings, links::writeBytes);
      browser.refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Types keys and redraws after each. Keys: single characters, or {@code <Tab>}, {@code <Enter>},
   * {@code <Esc>}, {@code <Down>}, {@code <Up>}, {@code <Left>}, {@code <Right>}, {@code <Home>},
   * {@code <End>}, {@code <Backspace>}, {@code <Delete>}, {@code <PgDn>}, {@code <PgUp>}, {@code
   * <C-x>} (Ctrl) and {@code <A-x>} (Alt).
   */
  Outcome keys(String... keys) {
    Outcome outcome = Outcome.CONTINUE;
    for (String key : keys) {
      outcome = browser.handle(stroke(key));
      redraw();
    }
    return outcome;
  }

  /**
   * Sends a mouse event, as Lanterna reads it from the terminal, and redraws.
   *
   * @param type press, release or wheel
   * @param button Lanterna's button: 1 for the left one, 4 and 5 for the wheel
   * @param column the 0-based column
   * @param row the 0-based row
   */
  Outcome mouse(MouseActionType type, int button, int column, int row) {
    Outcome outcome =
        browser.handle(new MouseAction(type, button, new TerminalPosition(column, row)));
    redraw();
    return outcome;
  }

  /** Draws the frame again, as the browser does after a batch of events. */
  void redraw() {
    try {
      browser.refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Types each character of {@code text} as a key. */
  Outcome type(String text) {
    return keys(text.codePoints().mapToObj(Character::toString).toArray(String[]::new));
  }

  static KeyStroke stroke(String key) {
    return switch (key) {
      case "<Tab>" -> new KeyStroke(KeyType.Tab);
      case "<Enter>" -> new KeyStroke(KeyType.Enter);
      case "<Esc>" -> new KeyStroke(KeyType.Escape);
      case "<Down>" -> new KeyStroke(KeyType.ArrowDown);
      case "<Up>" -> new KeyStroke(KeyType.ArrowUp);
      case "<PgDn>" -> new KeyStroke(KeyType.PageDown);
      case "<PgUp>" -> new KeyStroke(KeyType.PageUp);
      case "<Backspace>" -> new KeyStroke(KeyType.Backspace);
      case "<Delete>" -> new KeyStroke(KeyType.Delete);
      case "<Left>" -> new KeyStroke(KeyType.ArrowLeft);
      case "<Right>" -> new KeyStroke(KeyType.ArrowRight);
      case "<Home>" -> new KeyStroke(KeyType.Home);
      case "<End>" -> new KeyStroke(KeyType.End);
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

  /**
   * The screen's looks, for review: a legend that names each look (attributes, then {@code
   * fg=}/{@code bg=} colours: an ANSI colour's name, {@code #n} for one of the 256, {@code
   * rgb(r,g,b)}), then one letter per cell ({@code .} for the terminal's own look, both columns of
   * a wide character alike).
   *
   * @return the legend and the grid, one line per row
   */
  String styles() {
    TerminalSize size = terminal.getTerminalSize();
    Map<String, Character> letters = new LinkedHashMap<>();
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    StringBuilder grid = new StringBuilder();
    for (int row = 0; row < size.getRows(); row++) {
      for (int column = 0; column < size.getColumns(); column++) {
        TextCharacter cell = terminal.getBufferCharacter(column, row);
        String look = look(cell);
        char letter =
            look.isEmpty()
                ? '.'
                : letters.computeIfAbsent(
                    look, l -> alphabet.charAt(Math.min(letters.size(), alphabet.length() - 1)));
        grid.append(letter);
        if (cell.isDoubleWidth()) {
          grid.append(letter);
          column++;
        }
      }
      grid.append('\n');
    }
    StringBuilder legend = new StringBuilder(". default\n");
    letters.forEach((look, letter) -> legend.append(letter).append(' ').append(look).append('\n'));
    return legend.append('\n').append(grid).toString();
  }

  private static String look(TextCharacter cell) {
    StringBuilder look = new StringBuilder();
    TreeSet<String> modifiers = new TreeSet<>();
    for (SGR sgr : cell.getModifiers()) {
      modifiers.add(sgr.name().toLowerCase(Locale.ROOT));
    }
    look.append(String.join(" ", modifiers));
    if (cell.getForegroundColor() != TextColor.ANSI.DEFAULT) {
      look.append(look.length() > 0 ? " " : "").append("fg=");
      look.append(color(cell.getForegroundColor()));
    }
    if (cell.getBackgroundColor() != TextColor.ANSI.DEFAULT) {
      look.append(look.length() > 0 ? " " : "").append("bg=");
      look.append(color(cell.getBackgroundColor()));
    }
    return look.toString();
  }

  private static String color(TextColor color) {
    if (color instanceof TextColor.ANSI ansi) {
      return ansi.name().toLowerCase(Locale.ROOT);
    }
    if (color instanceof TextColor.Indexed indexed) {
      String sgr = new String(indexed.getForegroundSGRSequence(), StandardCharsets.US_ASCII);
      return "#" + sgr.substring(sgr.lastIndexOf(';') + 1);
    }
    return "rgb(" + color.getRed() + "," + color.getGreen() + "," + color.getBlue() + ")";
  }

  /** @return the terminal cursor's column and row, as the last refresh left it */
  TerminalPosition cursor() {
    return terminal.getCursorBufferPosition();
  }

  /** @return the cell at a position, for checking styles */
  TextCharacter cell(int column, int row) {
    return terminal.getBufferCharacter(column, row);
  }

  /** @return the OSC 8 and other sequences the browser wrote itself, as text */
  String writtenLinks() {
    return links.toString(StandardCharsets.UTF_8);
  }
}
