package dev.tidings.browse;

/**
 * What the owner of a session knows that makes a pass of the filter not worth finishing: the
 * session has no threads, the UI has the thread that reads keys. A pass for text in the filter
 * prompt is abandoned while keys wait to be handled (they will change the text, or need the
 * result first: the pass runs again after them); any pass is abandoned once the user quits.
 * Both are asked from the threads a pass runs on, so they must be thread-safe and cheap.
 */
public interface Interruptions {

  /** Never interrupts: every pass runs to its end, as in tests. */
  Interruptions NONE =
      new Interruptions() {
        @Override
        public boolean keysWaiting() {
          return false;
        }

        @Override
        public boolean quitting() {
          return false;
        }
      };

  /** @return whether keystrokes have arrived that the session has not been given yet */
  boolean keysWaiting();

  /** @return whether the user has asked to quit at once (Ctrl-C) */
  boolean quitting();
}
