package dev.tidings.ui;

import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The full-screen terminal on {@code /dev/tty}, so that stdin and stdout stay free for pipes. Built
 * as a Lanterna {@link TtyTerminal} over the device's streams (not {@code DefaultTerminalFactory},
 * which opens a Swing window when stdout is not a console), with Ctrl-C trapped as a key. {@link
 * #close()} gives the terminal back as it was found: main screen, cursor shown, colours reset and
 * the saved {@code stty} settings restored; Lanterna's shutdown hook does the same when the JVM is
 * stopped by a signal.
 */
public final class TtyScreen implements AutoCloseable {

  /** The controlling terminal of the process. */
  public static final String DEVICE = "/dev/tty";

  /**
   * How long, in Lanterna's units of 250 ms, a lone ESC waits for the rest of a key sequence, so
   * that an arrow key split by a slow link is not read as Escape.
   */
  private static final int ESCAPE_WAIT_UNITS = 1;

  private final OutputStream out;
  private final TtyTerminal terminal;
  private final TerminalScreen screen;

  private TtyScreen(OutputStream out, TtyTerminal terminal, TerminalScreen screen) {
    this.out = out;
    this.terminal = terminal;
    this.screen = screen;
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
    InputStream in = new FileInputStream(DEVICE);
    OutputStream out;
    TtyTerminal terminal = null;
    try {
      out = new BufferedOutputStream(new FileOutputStream(DEVICE), 1 << 16);
      terminal = new TtyTerminal(in, out);
      terminal.getInputDecoder().setTimeoutUnits(ESCAPE_WAIT_UNITS);
      TerminalScreen screen = new TerminalScreen(terminal);
      screen.startScreen();
      return new TtyScreen(out, terminal, screen);
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
   * Leaves the alternate screen and restores the terminal's settings. Safe to call twice. The
   * input stream stays open: the input thread may be blocked reading it, and closing a descriptor
   * under a blocked read would let the number be reused; the process is about to exit anyway.
   *
   * @throws IOException if the terminal cannot be written
   */
  @Override
  public void close() throws IOException {
    try {
      screen.stopScreen(false);
    } finally {
      try {
        terminal.close();
      } finally {
        out.flush();
      }
    }
  }
}
