package dev.tidings.browse;

import dev.tidings.model.TimelineEntry;
import java.util.Objects;
import java.util.Optional;

/**
 * One accepted URL and what the timeline knows of it. Accepted items are URLs (marks are URLs): a
 * marked related story may have no article in the timeline, and then has no row.
 *
 * @param url the accepted URL; never null
 * @param row the first timeline row with that URL, or null when no row has it
 */
public record Accepted(String url, TimelineEntry row) {

  /** @throws NullPointerException if {@code url} is null */
  public Accepted {
    Objects.requireNonNull(url, "url");
  }

  /** @return the timeline row of the URL; empty when no article in the timeline has it */
  public Optional<TimelineEntry> article() {
    return Optional.ofNullable(row);
  }
}
