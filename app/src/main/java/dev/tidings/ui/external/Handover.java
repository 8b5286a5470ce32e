package dev.tidings.ui.external;

import java.io.IOException;

/**
 * Gives the terminal to a program that draws in it (a terminal browser) and takes it back: the
 * full-screen UI suspended, the terminal as it was before tidings started, then the screen
 * entered again and redrawn.
 */
public interface Handover {

  /** A terminal that is not handed over (tests, or no terminal): both steps do nothing. */
  Handover NONE =
      new Handover() {
        @Override
        public void suspend() {}

        @Override
        public void resume() {}
      };

  /** One step of a handover. */
  @FunctionalInterface
  interface Step {
    /** @throws IOException if the terminal cannot be written or set up */
    void run() throws IOException;
  }

  /**
   * @param suspend what {@link #suspend()} runs; never null
   * @param resume what {@link #resume()} runs; never null
   * @return a handover of the two steps
   */
  static Handover of(Step suspend, Step resume) {
    return new Handover() {
      @Override
      public void suspend() throws IOException {
        suspend.run();
      }

      @Override
      public void resume() throws IOException {
        resume.run();
      }
    };
  }

  /**
   * Gives the terminal back as on quitting: main screen, cursor shown, saved settings restored,
   * and stops reading its input.
   *
   * @throws IOException if the terminal cannot be written or set up
   */
  void suspend() throws IOException;

  /**
   * Takes the terminal again after {@link #suspend()}: raw mode, the alternate screen, input read
   * again. The caller redraws the whole screen.
   *
   * @throws IOException if the terminal cannot be written or set up
   */
  void resume() throws IOException;
}
