package dev.tidings.ui;

import java.io.IOException;

/**
 * Where escape sequences that Lanterna has no call for go: the terminal's output, written after a
 * frame is on the terminal. The sequences leave the cursor and the attributes as they found them.
 */
@FunctionalInterface
public interface LinkOutput {

  /**
   * Writes bytes to the terminal as they are, and flushes them.
   *
   * @param bytes the bytes; never null
   * @throws IOException if the terminal cannot be written
   */
  void write(byte[] bytes) throws IOException;
}
