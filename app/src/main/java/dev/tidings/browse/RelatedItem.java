package dev.tidings.browse;

import dev.tidings.model.RelatedStory;
import dev.tidings.repository.TimelineEntry;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the related stories panel: a related story and, when its URL is the URL of an article
 * of the corpus, that article.
 *
 * @param story the related story; never null
 * @param linked the article of the corpus with the story's URL; null when there is none
 */
public record RelatedItem(RelatedStory story, TimelineEntry linked) {

  /** @throws NullPointerException if {@code story} is null */
  public RelatedItem {
    Objects.requireNonNull(story, "story");
  }

  /** @return the linked article of the corpus, if any */
  public Optional<TimelineEntry> link() {
    return Optional.ofNullable(linked);
  }
}
