package dev.tidings.browse;

import dev.tidings.model.Problem;
import java.util.List;

/**
 * The problems view: whether it is shown, the problems it shows (as they were when it opened), its
 * cursor over them and whether the whole entry under the cursor is shown. Not thread-safe.
 */
final class ProblemsState {

  private final ListCursor cursor = new ListCursor();
  private List<Problem> problems = List.of();
  private boolean visible;
  private boolean entryShown;

  boolean isVisible() {
    return visible;
  }

  /** @return the problems shown; immutable */
  List<Problem> problems() {
    return problems;
  }

  ListCursor cursor() {
    return cursor;
  }

  /** @return whether the whole entry under the cursor is shown */
  boolean isEntryShown() {
    return entryShown;
  }

  /** Shows the whole entry under the cursor, or the list again. */
  void toggleEntry() {
    entryShown = !entryShown && !problems.isEmpty();
  }

  /** Shows the view over {@code now}, with the cursor on the first. */
  void open(List<Problem> now) {
    problems = List.copyOf(now);
    cursor.resize(problems.size());
    cursor.moveTo(0);
    visible = true;
    entryShown = false;
  }

  /** Closes the whole entry when it is shown, else the view. */
  void close() {
    if (entryShown) {
      entryShown = false;
    } else {
      visible = false;
    }
  }
}
