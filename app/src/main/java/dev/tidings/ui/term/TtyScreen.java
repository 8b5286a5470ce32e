package dev.tidings.ui.term;

import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The full-screen terminal on {@code /dev/tty}, so that stdin and stdout stay free for pipes. Built
 * as a Lanterna {@link TtyTerminal} over the device's streams (not {@code DefaultTerminalFactory},
 * which opens a Swing window when stdout is not a console), with Ctrl-C trapped as a key. {@link
 * #close()} and {@link #giveBack()} give the terminal back as it was found, exactly once: main
 * screen, cursor shown, attributes reset, no mouse reporting, all flushed to the device, and the
 * saved {@code stty} settings restored. Lanterna's shutdown hook does the same when the JVM is
 * stopped by a signal; {@link #giveBack()} is for hooks of the caller's that must run after it.
 */
public final class TtyScreen implements AutoCloseable {

  /** The controlling terminal of the process. */
  public static final String DEVICE = "/dev/tty";

  /**
   * How long, in Lanterna's units of 250 ms, a lone ESC waits for the rest of a key sequence, so
   * that an arrow key split by a slow link is not read as Escape.
   */
  private static final int ESCAPE_WAIT_UNITS = 1;

  /**
   * The longest giving the terminal back waits for a terminal that takes no output (stopped with Ctrl-S, a stalled
   * link); a responsive one takes a few milliseconds plus a run of {@code stty}.
   */
  private static final Duration RESTORE_LIMIT = Duration.ofSeconds(3);

  private final TtyTerminal terminal;
  private final TerminalScreen screen;
  /** The device's input, read ahead ({@link EagerInput}). */
  private final EagerInput input;

  private TtyScreen(TtyTerminal terminal, TerminalScreen screen, EagerInput input) {
    this.terminal = terminal;
    this.screen = screen;
    this.input = input;
  }

  /**
   * Checks that the process has a terminal to draw on, without changing it, so that a command
   * with no terminal fails before any slow work.
   *
   * @throws IOException if {@link #DEVICE} cannot be opened for reading and writing, such as
   *     {@code /dev/tty (No such device or address)} in a process with no controlling terminal
   */
  public static void checkAvailable() throws IOException {
    new FileInputStream(DEVICE).close();
    new FileOutputStream(DEVICE).close();
  }

  /**
   * Opens {@link #DEVICE}, takes it into raw mode and switches to the alternate screen.
   *
   * @return the started screen
   * @throws IOException if there is no terminal or it cannot be set up; the terminal is left as
   *     it was
   */
  public static TtyScreen open() throws IOException {
    return open(false);
  }

  /**
   * Opens {@link #DEVICE} as {@link #open()} does, with mouse reporting on when asked: SGR
   * encoding only (DECSET 1000 and 1006), turned off on every way out (giving back, {@link
   * #suspend()}) and on again by {@link #resume()}; mouse events are read as Lanterna's {@code
   * MouseAction} keystrokes.
   *
   * @param mouse whether to turn mouse reporting on
   * @return the started screen
   * @throws IOException as {@link #open()}
   */
  public static TtyScreen open(boolean mouse) throws IOException {
    // Read ahead, so that Ctrl-C is seen when it arrives (see EagerInput).
    EagerInput in =
        EagerInput.start(FileChannel.open(Path.of(DEVICE), StandardOpenOption.READ));
    TtyTerminal terminal = null;
    try {
      GiveBack giveBack = new GiveBack(new FileOutputStream(DEVICE), RESTORE_LIMIT);
      OutputStream out = new BufferedOutputStream(giveBack.output(), 1 << 16);
      terminal = new TtyTerminal(in, out, giveBack);
      terminal.getInputDecoder().setTimeoutUnits(ESCAPE_WAIT_UNITS);
      TerminalScreen screen = new TerminalScreen(terminal);
      screen.startScreen();
      if (mouse) {
        terminal.enableMouse();
      }
      return new TtyScreen(terminal, screen, in);
    } catch (IOException | RuntimeException e) {
      if (terminal != null) {
        try {
          terminal.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      in.close();
      throw e;
    }
  }

  /** @return the started screen */
  public TerminalScreen screen() {
    return screen;
  }

  /**
   * Writes an escape sequence that Lanterna has no call for, such as the OSC 8 sequences that
   * make hyperlinks, after the screen's own output, and flushes it. Call on the thread that
   * refreshes the screen; the sequence must leave the cursor and attributes as it found them.
   * Dropped once the terminal is given back.
   *
   * @param bytes the sequence; never null
   * @throws IOException if the terminal cannot be written
   */
  public void writeSequence(byte[] bytes) throws IOException {
    terminal.writeRaw(bytes);
  }

  /**
   * Gives the terminal to another program for a while (a terminal browser): exactly as on quitting
   * (main screen, cursor shown, attributes reset, the {@code stty} settings found at start), and
   * stops reading its input so that the program gets every key. Call on the UI thread between
   * frames; {@link #resume()} takes it back.
   *
   * @throws IOException if the terminal cannot be written or set
   */
  public void suspend() throws IOException {
    input.pause();
    terminal.suspend();
  }

  /**
   * Takes the terminal back after {@link #suspend()}: raw mode, the alternate screen, its input
   * read again. The caller then redraws the whole screen (a complete refresh).
   *
   * @throws IOException if the terminal cannot be opened, written or set
   */
  public void resume() throws IOException {
    input.resume(FileChannel.open(Path.of(DEVICE), StandardOpenOption.READ));
    terminal.resume();
  }

  /**
   * Gives the terminal back now, or waits for the thread that already does, from any thread: for
   * a shutdown hook that must print after the screen is gone. Takes no lock the UI thread may
   * hold; whatever the screen writes afterwards is dropped. Returns within a few seconds even when
   * the terminal takes no output.
   *
   * @throws IOException if the terminal could not be written or its settings restored (it may be
   *     gone, after a hangup), or did not respond in time
   */
  public void giveBack() throws IOException {
    terminal.giveBack();
  }

  /**
   * Gives the terminal back ({@link #giveBack()}) and removes Lanterna's shutdown hook, then closes
   * the device's input: its reads are through a channel, which the JDK closes safely under a
   * blocked read (the descriptor's number is kept until the reading thread has left), and a thread
   * left blocked in a read would hold up the JVM's exit. Safe to call twice and from any thread.
   *
   * @throws IOException as {@link #giveBack()}
   */
  @Override
  public void close() throws IOException {
    try {
      terminal.close();
    } finally {
      input.close();
    }
  }
}
