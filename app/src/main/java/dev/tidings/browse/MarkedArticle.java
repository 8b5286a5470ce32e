package dev.tidings.browse;

import dev.tidings.model.TimelineEntry;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the marks view: a marked URL and the timeline's row with that URL (the newest one when
 * several rows share it), as they were when the view opened.
 *
 * @param url the marked URL; never null
 * @param entry the timeline's row with that URL, or null when no article of the timeline has it
 *     (its file is gone, or the mark came from a related story outside the corpus)
 */
public record MarkedArticle(String url, TimelineEntry entry) {

  /**
   * @throws NullPointerException if {@code url} is null
   */
  public MarkedArticle {
    Objects.requireNonNull(url, "url");
  }

  /** @return the timeline's row with the URL, or empty when the timeline has none */
  public Optional<TimelineEntry> article() {
    return Optional.ofNullable(entry);
  }
}
