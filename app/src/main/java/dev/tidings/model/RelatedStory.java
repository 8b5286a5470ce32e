package dev.tidings.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A story that an article lists under {@code related}. It may or may not be an article of the
 * corpus as well; the repository resolves that link by URL.
 *
 * @param title the title; never null, empty when missing
 * @param excerpt the excerpt; never null, empty when missing
 * @param publishedDateTime when it was published (UTC instant); null when missing or invalid
 * @param webUrl the story's URL; null when missing
 * @param provider the publisher; never null ({@link Provider#UNKNOWN} when missing)
 * @param quality the source's quality score; null when missing or not a number
 * @param images images, in file order; never null, immutable
 */
public record RelatedStory(
    String title,
    String excerpt,
    Instant publishedDateTime,
    String webUrl,
    Provider provider,
    Integer quality,
    List<Image> images) {

  /** Replaces missing strings and lists by empty ones and copies the list. */
  public RelatedStory {
    title = Objects.requireNonNullElse(title, "");
    excerpt = Objects.requireNonNullElse(excerpt, "");
    provider = Objects.requireNonNullElse(provider, Provider.UNKNOWN);
    images = images == null ? List.of() : List.copyOf(images);
  }
}
