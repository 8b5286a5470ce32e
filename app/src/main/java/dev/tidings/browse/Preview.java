package dev.tidings.browse;

import dev.tidings.model.Article;
import dev.tidings.model.TimelineEntry;
import java.util.List;
import java.util.Objects;

/**
 * What is known of the current article: still loading, loaded (with its related stories resolved
 * against the corpus), or failed to load.
 *
 * @param entry the timeline row it is for; never null
 * @param article the full article; null while loading or when loading failed
 * @param related the related stories panel's rows; never null, empty unless loaded
 * @param error why loading failed; null unless it failed
 */
public record Preview(
    TimelineEntry entry, Article article, List<RelatedItem> related, String error) {

  /** @throws NullPointerException if {@code entry} is null */
  public Preview {
    Objects.requireNonNull(entry, "entry");
    related = related == null ? List.of() : List.copyOf(related);
  }

  static Preview loading(TimelineEntry entry) {
    return new Preview(entry, null, List.of(), null);
  }

  /** @return whether the article is still being loaded */
  public boolean isLoading() {
    return article == null && error == null;
  }
}
