package dev.tidings.browse;

import dev.tidings.model.Provider;
import dev.tidings.model.RelatedStory;
import dev.tidings.model.TimelineEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the related stories panel: either a related story of the current article (linked to
 * the article of the corpus with the same URL, when there is one) or an article of the corpus that
 * names the current article among its own related stories (a referrer, always linked).
 *
 * @param story the story as shown; never null
 * @param linked the article of the corpus the row leads to; null when there is none
 * @param referrer whether the row is an article that refers to the current one
 */
public record RelatedItem(RelatedStory story, TimelineEntry linked, boolean referrer) {

  /** @throws NullPointerException if {@code story} is null, or {@code linked} for a referrer */
  public RelatedItem {
    Objects.requireNonNull(story, "story");
    if (referrer) {
      Objects.requireNonNull(linked, "linked");
    }
  }

  /**
   * A related story of the current article.
   *
   * @param story the story; never null
   * @param linked the article of the corpus with the story's URL; null when there is none
   */
  public RelatedItem(RelatedStory story, TimelineEntry linked) {
    this(story, linked, false);
  }

  /**
   * An article of the corpus that names the current article as related.
   *
   * @param source its row; never null
   * @return the panel's row for it
   */
  public static RelatedItem referrer(TimelineEntry source) {
    RelatedStory story =
        new RelatedStory(
            source.title(),
            "",
            source.published(),
            source.url(),
            new Provider(source.provider(), null),
            null,
            List.of());
    return new RelatedItem(story, source, true);
  }

  /** @return the linked article of the corpus, if any */
  public Optional<TimelineEntry> link() {
    return Optional.ofNullable(linked);
  }
}
