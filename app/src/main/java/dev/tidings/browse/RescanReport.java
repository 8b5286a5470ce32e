package dev.tidings.browse;

import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.Update;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a rescan asked for with {@code r} changed: articles added, removed and changed (a file
 * whose old row left and new row came in), counted from the updates that arrive while it runs,
 * for the status line ({@code rescanned: +3 -1 ~2}). Not thread-safe.
 */
final class RescanReport {

  private boolean running;
  private int added;
  private int removed;
  private int changed;

  /** @return whether a rescan runs, as far as the session knows */
  boolean isRunning() {
    return running;
  }

  /** A rescan starts (again): counting starts from nothing. */
  void start() {
    running = true;
    added = 0;
    removed = 0;
    changed = 0;
  }

  /** Counts an update's rows, while a rescan runs; reads only the update's own rows. */
  void count(Update update) {
    if (!running || update.isEmpty()) {
      return;
    }
    Set<Path> gone = new HashSet<>();
    for (TimelineEntry entry : update.removed()) {
      gone.add(entry.key().path());
    }
    for (TimelineEntry entry : update.added()) {
      if (gone.remove(entry.key().path())) {
        changed++;
      } else {
        added++;
      }
    }
    removed += gone.size();
  }

  /**
   * The rescan has ended.
   *
   * @return the status line's summary, such as {@code rescanned: +3 -1 ~2} or {@code rescanned: no
   *     changes}
   */
  String end() {
    running = false;
    if (added + removed + changed == 0) {
      return "rescanned: no changes";
    }
    return String.format(Locale.ROOT, "rescanned: +%,d -%,d ~%,d", added, removed, changed);
  }
}
