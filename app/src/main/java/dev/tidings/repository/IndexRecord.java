package dev.tidings.repository;

import dev.tidings.model.Article;
import dev.tidings.model.Provider;
import dev.tidings.model.RelatedStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the index keeps of one article file: the fields the timeline, the filter and link
 * resolution need, and nothing more (no excerpt, no images, no related stories' text). This is
 * what the persistent index stores per file and what indexing a file produces.
 *
 * @param key the file version the record was read from; never null
 * @param published when the article was published (UTC instant); null when undated
 * @param title the title as read; never null
 * @param provider the provider's display name; never null, may be empty
 * @param url the article's URL (webUrl, else originalUrl); null when it has none
 * @param topics the topics as read; never null
 * @param ownUrls the article's own URLs (webUrl, originalUrl, ampWebUrl, cdnAmpWebUrl) normalised
 *     with {@link Urls#normalize(String)}, without duplicates; never null
 * @param relatedUrls the related stories' webUrls, normalised, without duplicates; never null
 */
public record IndexRecord(
    FileKey key,
    Instant published,
    String title,
    String provider,
    String url,
    List<String> topics,
    List<String> ownUrls,
    List<String> relatedUrls) {

  /** @throws NullPointerException if a non-nullable component is null */
  public IndexRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(provider, "provider");
    topics = List.copyOf(topics);
    ownUrls = List.copyOf(ownUrls);
    relatedUrls = List.copyOf(relatedUrls);
  }

  /**
   * The record of a fully parsed article.
   *
   * @param key the file version it was read from; never null
   * @param article the article; never null
   * @return its record; never null
   */
  public static IndexRecord of(FileKey key, Article article) {
    List<String> related = new ArrayList<>(article.related().size());
    for (RelatedStory story : article.related()) {
      related.add(Urls.normalize(story.webUrl()));
    }
    return new IndexRecord(
        key,
        article.publishedDateTime(),
        article.title(),
        article.provider().displayName(),
        article.url().orElse(null),
        article.topics(),
        ownUrls(
            article.webUrl(), article.originalUrl(), article.ampWebUrl(), article.cdnAmpWebUrl()),
        FrontMatterIndexer.distinct(related));
  }

  /** The record of fields read by the {@link FrontMatterIndexer}, mapped as the mapper does. */
  static IndexRecord of(FileKey key, FrontMatterIndexer.Fields fields) {
    List<String> related = new ArrayList<>(fields.relatedUrls().size());
    for (String url : fields.relatedUrls()) {
      related.add(Urls.normalize(url));
    }
    String webUrl = fields.webUrl();
    String originalUrl = fields.originalUrl();
    return new IndexRecord(
        key,
        Dates.parse(fields.published()),
        fields.title() != null ? fields.title() : String.valueOf(key.path().getFileName()),
        new Provider(fields.providerName(), fields.providerDomain()).displayName(),
        webUrl != null ? webUrl : originalUrl,
        fields.topics(),
        ownUrls(webUrl, originalUrl, fields.ampWebUrl(), fields.cdnAmpWebUrl()),
        FrontMatterIndexer.distinct(related));
  }

  private static List<String> ownUrls(String... urls) {
    List<String> normalised = new ArrayList<>(urls.length);
    for (int i = 0; i < urls.length; i++) {
      // webUrl and originalUrl are often the same text: normalise it once.
      boolean repeated = false;
      for (int j = 0; j < i && !repeated; j++) {
        repeated = urls[i] != null && urls[i].equals(urls[j]);
      }
      if (!repeated) {
        normalised.add(Urls.normalize(urls[i]));
      }
    }
    return FrontMatterIndexer.distinct(normalised);
  }
}
