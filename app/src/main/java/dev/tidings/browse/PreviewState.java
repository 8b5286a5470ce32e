package dev.tidings.browse;

import dev.tidings.model.Article;
import dev.tidings.model.RelatedStory;
import dev.tidings.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The preview of the current article and the related stories panel's cursor over its rows. A new
 * current row starts a preview that waits for its article; the article, once loaded, is shown
 * with its related stories resolved against the corpus and its referrers after them. An article
 * that arrives for a row the cursor has left is ignored. Not thread-safe.
 */
final class PreviewState {

  private final Corpus corpus;
  private final ListCursor relatedCursor = new ListCursor();
  /** Null when no row is current. */
  private Preview preview;

  PreviewState(Corpus corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  Optional<Preview> preview() {
    return Optional.ofNullable(preview);
  }

  /** @return the cursor over the related stories panel's rows */
  ListCursor relatedCursor() {
    return relatedCursor;
  }

  /** @return whether the current article is still being loaded */
  boolean isLoading() {
    return preview != null && preview.isLoading();
  }

  /** @return whether the panel has rows */
  boolean hasRelated() {
    return preview != null && !preview.related().isEmpty();
  }

  /** @return the panel's row under its cursor, or empty when the panel has none */
  Optional<RelatedItem> currentRelated() {
    return hasRelated()
        ? Optional.of(preview.related().get(relatedCursor.cursor()))
        : Optional.empty();
  }

  /**
   * Follows the current row: starts a new preview when the row is another than the one shown.
   *
   * @param current the current row; null when no row is visible
   * @return whether the panel was emptied (a new row, or none), so that it cannot keep the focus
   */
  boolean follow(TimelineEntry current) {
    if (current == null) {
      preview = null;
    } else if (preview == null || !preview.entry().equals(current)) {
      preview = Preview.loading(current);
    } else {
      return false;
    }
    relatedCursor.resize(0);
    relatedCursor.moveTo(0);
    return true;
  }

  /**
   * Shows a loaded article, with its related stories and referrers.
   *
   * @return whether it was shown: false when the preview no longer waits for that row
   */
  boolean loaded(TimelineEntry entry, Article article) {
    if (!isWaitingFor(entry)) {
      return false;
    }
    List<RelatedItem> related = new ArrayList<>(article.related().size());
    for (RelatedStory story : article.related()) {
      related.add(new RelatedItem(story, corpus.links().apply(story.webUrl()).orElse(null)));
    }
    for (TimelineEntry source : corpus.referrers().apply(article)) {
      related.add(RelatedItem.referrer(source));
    }
    preview = new Preview(entry, article, related, null);
    relatedCursor.resize(related.size());
    return true;
  }

  /** Shows why the article of a row could not be loaded, when the preview still waits for it. */
  void failed(TimelineEntry entry, String error) {
    if (isWaitingFor(entry)) {
      preview = new Preview(entry, null, List.of(), Objects.requireNonNull(error, "error"));
    }
  }

  private boolean isWaitingFor(TimelineEntry entry) {
    return preview != null && preview.entry().equals(entry) && preview.isLoading();
  }
}
