package dev.tidings.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lanterna's {@link UnixTerminal} over {@code /dev/tty} streams, with Ctrl-C, Ctrl-\ and Ctrl-Z
 * trapped as keys, and two repairs for a buffered output stream: the size is read with {@code stty size} (an ioctl on
 * the device, no round trip to a terminal that may be at the far end of an SSH link), and when
 * Lanterna does ask the terminal for the cursor position the query is flushed before the reply is
 * awaited; buffered, it would sit unsent for Lanterna's five-second timeout.
 */
final class TtyTerminal extends UnixTerminal {

  private static final byte[] CURSOR_POSITION_QUERY = {0x1B, '[', '6', 'n'};

  /**
   * @param in the device's input
   * @param out the device's output, buffered
   * @throws IOException if {@code stty} cannot set the device up
   */
  TtyTerminal(InputStream in, OutputStream out) throws IOException {
    super(in, out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
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

  @Override
  protected void writeToTerminal(byte... bytes) throws IOException {
    super.writeToTerminal(bytes);
    if (Arrays.equals(bytes, CURSOR_POSITION_QUERY)) {
      flush();
    }
  }
}
