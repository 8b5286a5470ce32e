package dev.tidings.browse;

import dev.tidings.model.Problem;
import java.util.List;

/**
 * The problems view: whether it is shown, the problems it shows (as they were when it opened) and
 * its cursor over them. Not thread-safe.
 */
final class ProblemsState {

  private final ListCursor cursor = new ListCursor();
  private List<Problem> problems = List.of();
  private boolean visible;

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

  /** Shows the view over {@code now}, with the cursor on the first. */
  void open(List<Problem> now) {
    problems = List.copyOf(now);
    cursor.resize(problems.size());
    cursor.moveTo(0);
    visible = true;
  }

  void close() {
    visible = false;
  }
}
