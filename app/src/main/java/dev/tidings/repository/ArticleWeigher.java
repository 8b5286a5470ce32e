package dev.tidings.repository;

import dev.tidings.model.Article;
import dev.tidings.model.Image;
import dev.tidings.model.Provider;
import dev.tidings.model.RelatedStory;

/**
 * Estimates the heap bytes an {@link Article} holds, for the cache's weight bound. An estimate, not
 * a measurement: two bytes per character (the worst case of compact strings), plus a fixed
 * allowance per object for headers and references.
 */
final class ArticleWeigher {

  private static final int OBJECT = 48;

  private ArticleWeigher() {}

  /** @return the estimated bytes, at least 1 and at most {@link Integer#MAX_VALUE} */
  static int weigh(Article article) {
    long bytes = OBJECT * 4L;
    bytes += chars(article.title()) + chars(article.excerpt());
    bytes += chars(article.webUrl()) + chars(article.originalUrl());
    bytes += chars(article.ampWebUrl()) + chars(article.cdnAmpWebUrl());
    bytes += chars(article.category()) + chars(article.type());
    bytes += provider(article.provider());
    for (String topic : article.topics()) {
      bytes += chars(topic);
    }
    for (Image image : article.images()) {
      bytes += chars(image.url());
    }
    for (RelatedStory story : article.related()) {
      bytes += OBJECT * 2L + chars(story.title()) + chars(story.excerpt()) + chars(story.webUrl());
      bytes += provider(story.provider());
      for (Image image : story.images()) {
        bytes += chars(image.url());
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, bytes));
  }

  private static long provider(Provider provider) {
    return OBJECT + chars(provider.name()) + chars(provider.domain());
  }

  private static long chars(String string) {
    return string == null ? 0 : OBJECT + 2L * string.length();
  }
}
