package dev.tidings.ui.term;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lanterna's {@link UnixTerminal} over {@code /dev/tty} streams, with Ctrl-C, Ctrl-\ and Ctrl-Z
 * trapped as keys (Ctrl-C also told of as soon as it arrives when the input is read ahead, see
 * {@link EagerInput}), given back through one {@link GiveBack} whoever asks (see {@link #giveBack()}),
 * and two repairs for a buffered output stream: the size is read with {@code stty size} (an ioctl on
 * the device, no round trip to a terminal that may be at the far end of an SSH link), and when
 * Lanterna does ask the terminal for the cursor position the query is flushed before the reply is
 * awaited; buffered, it would sit unsent for Lanterna's five-second timeout. A third repair is
 * for every terminal: each character is written as exactly its UTF-8 bytes (see {@link
 * #translateCharacter(char)}).
 *
 * <p>Not final only so that a test can run it over byte streams, with {@code stty} stubbed.
 */
class TtyTerminal extends UnixTerminal implements CtrlCWatch {

  private static final byte[] CURSOR_POSITION_QUERY = {0x1B, '[', '6', 'n'};

  /** Switches to the alternate screen, as Lanterna's {@code enterPrivateMode} does (1049). */
  private static final byte[] ALTERNATE_SCREEN = "\033[?1049h".getBytes(StandardCharsets.US_ASCII);

  /** The one-byte encodings of ASCII, shared: {@link #writeToTerminal} never changes its bytes. */
  private static final byte[][] ASCII = new byte[0x80][];

  static {
    for (int c = 0; c < ASCII.length; c++) {
      ASCII[c] = new byte[] {(byte) c};
    }
  }

  /** Whether mouse reporting is on ({@link #enableMouse()}), to be turned on again on resuming. */
  private volatile boolean mouse;

  /** Null only while Lanterna's constructor runs, which already registers its shutdown hook. */
  private final GiveBack giveBack;

  /** The input when it is read ahead, which tells of Ctrl-C; else null. */
  private final EagerInput eagerInput;

  /**
   * @param in the device's input
   * @param out the device's output: {@code giveBack}'s output, buffered
   * @param giveBack what gives the device back; never null
   * @throws IOException if {@code stty} cannot set the device up
   */
  TtyTerminal(InputStream in, OutputStream out, GiveBack giveBack) throws IOException {
    super(in, out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
    this.giveBack = giveBack;
    this.eagerInput = in instanceof EagerInput eager ? eager : null;
  }

  /**
   * Tells of Ctrl-C as soon as it arrives when the input is an {@link EagerInput}; else never
   * (Ctrl-C is then only read as a key).
   */
  @Override
  public void whenCtrlC(Runnable action) {
    if (eagerInput != null) {
      eagerInput.whenCtrlC(action);
    }
  }

  /**
   * Gives the terminal back, once, from any thread, without taking the screen's lock: see {@link
   * GiveBack#run}. Lanterna's paths all lead here: {@code stopScreen}, {@code close} and its
   * shutdown hook ("Lanterna STTY restore") call {@link #exitPrivateMode()} and {@link
   * #restoreTerminalSettings()}, overridden below; left to itself, that hook would write to the
   * buffered stream behind a frame the UI thread may still be writing and flushing, and turn off
   * mouse reporting only if Lanterna had turned it on.
   *
   * @throws IOException if the terminal could not be written or its settings restored, or did
   *     not respond in time
   */
  void giveBack() throws IOException {
    giveBack.run(super::restoreTerminalSettings);
  }

  /** Gives the terminal back; the screen is never entered again. */
  @Override
  public void exitPrivateMode() throws IOException {
    giveBack();
  }

  @Override
  protected void restoreTerminalSettings() throws IOException {
    if (giveBack == null) {
      // A signal while Lanterna's constructor runs: the screen is not entered yet.
      super.restoreTerminalSettings();
    } else {
      giveBack();
    }
  }

  /**
   * Gives the terminal back and drops Lanterna's shutdown hook, which the JVM refuses to remove
   * once it is shutting down (Lanterna does not expect that); the hook then finds the terminal
   * given back already.
   */
  @Override
  public void close() throws IOException {
    try {
      super.close();
    } catch (IllegalStateException shuttingDown) {
      giveBack();
    }
  }

  @Override
  protected TerminalSize findTerminalSize() throws IOException {
    String[] rowsAndColumns = runSTTYCommand("size").strip().split("\\s+");
    if (rowsAndColumns.length == 2) {
      try {
        int rows = Integer.parseInt(rowsAndColumns[0]);
        int columns = Integer.parseInt(rowsAndColumns[1]);
        if (rows > 0 && columns > 0) {
          return new TerminalSize(columns, rows);
        }
      } catch (NumberFormatException notASize) {
        // Fall through to asking the terminal itself.
      }
    }
    return super.findTerminalSize();
  }

  /**
   * Lanterna turns only Ctrl-C's signal off while it runs; this also turns off Ctrl-\ (SIGQUIT,
   * on which the JVM would print a thread dump to stdout, into the pipe of chosen URLs) and Ctrl-Z
   * (SIGTSTP, which would stop tidings with the terminal still raw), so all three arrive as keys.
   * Turning signals back on does nothing here: the settings saved with {@code stty -g} at start
   * are restored whole, where Lanterna would force {@code intr} to ^C whatever it was before.
   */
  @Override
  protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
    if (!enabled) {
      runSTTYCommand("intr", "undef", "quit", "undef", "susp", "undef");
    }
  }

  /**
   * Gives the terminal back for a while, as on quitting but without closing anything: writes
   * {@link GiveBack#SEQUENCE} (main screen, cursor shown, attributes reset) and restores the
   * settings saved with {@code stty -g} at start. {@link #resume()} takes it again.
   *
   * @throws IOException if the terminal cannot be written or {@code stty} fails
   */
  void suspend() throws IOException {
    writeRaw(GiveBack.SEQUENCE);
    // The parent's restore: this class's own override gives the terminal back for good.
    super.restoreTerminalSettings();
  }

  /**
   * Takes the terminal again after {@link #suspend()} as Lanterna took it at start (no echo, not
   * canonical, the signal keys trapped) and enters the alternate screen; the caller redraws it
   * whole.
   *
   * @throws IOException if the terminal cannot be written or {@code stty} fails
   */
  void resume() throws IOException {
    canonicalMode(false);
    keyEchoEnabled(false);
    keyStrokeSignalsEnabled(false);
    writeRaw(ALTERNATE_SCREEN);
    if (mouse) {
      writeRaw(SgrMouse.ON);
    }
  }

  /**
   * Turns on mouse reporting in SGR encoding ({@link SgrMouse#ON}) and decodes its sequences into
   * Lanterna's {@code MouseAction}s; {@link #suspend()} and giving back turn it off ({@link
   * GiveBack#SEQUENCE} turns off every mode), {@link #resume()} on again.
   *
   * @throws IOException if the terminal cannot be written
   */
  void enableMouse() throws IOException {
    if (!mouse) {
      getInputDecoder().addProfile(SgrMouse.profile());
      mouse = true;
    }
    writeRaw(SgrMouse.ON);
  }

  /**
   * Writes bytes as they are and flushes them: escape sequences Lanterna has no call for.
   *
   * @param bytes the bytes; never null
   * @throws IOException if the terminal cannot be written
   */
  void writeRaw(byte[] bytes) throws IOException {
    writeToTerminal(bytes);
    flush();
  }

  @Override
  protected void writeToTerminal(byte... bytes) throws IOException {
    super.writeToTerminal(bytes);
    if (Arrays.equals(bytes, CURSOR_POSITION_QUERY)) {
      flush();
    }
  }

  /**
   * Encodes one character as exactly its UTF-8 bytes (RFC 3629): one for ASCII, two for U+0080 to
   * U+07FF, three for the rest of the Basic Multilingual Plane. Lanterna 3.1.5's {@code
   * StreamBasedTerminal} returns the whole backing array of {@code Charset.encode}, which for a
   * character of two bytes is three long: a NUL followed every {@code é}, {@code ·}, NBSP, Greek or
   * Cyrillic letter on the wire. A lone surrogate, which has no UTF-8 form, becomes {@code ?}, as
   * the JDK's encoder replaces it (sanitized text holds none).
   *
   * @param c the character to write
   * @return its bytes; never null, never to be changed by the caller
   */
  @Override
  protected byte[] translateCharacter(char c) {
    if (c < 0x80) {
      return ASCII[c];
    }
    if (c < 0x800) {
      return new byte[] {(byte) (0xC0 | c >> 6), (byte) (0x80 | c & 0x3F)};
    }
    if (Character.isSurrogate(c)) {
      return ASCII['?'];
    }
    return new byte[] {
      (byte) (0xE0 | c >> 12), (byte) (0x80 | c >> 6 & 0x3F), (byte) (0x80 | c & 0x3F)
    };
  }
}
