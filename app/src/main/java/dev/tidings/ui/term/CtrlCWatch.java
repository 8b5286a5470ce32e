package dev.tidings.ui.term;

/**
 * A terminal that tells of Ctrl-C as soon as it arrives, ahead of the keys that came before it
 * and are not yet read: so that Ctrl-C quits at once even after a paste of 100 KB.
 */
public interface CtrlCWatch {

  /**
   * Sets what to run when Ctrl-C arrives, on a thread of the terminal's; it must be quick and
   * thread-safe. Ctrl-C is still read as a key afterwards.
   *
   * @param action what to run; never null
   */
  void whenCtrlC(Runnable action);
}
