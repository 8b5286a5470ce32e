package dev.tidings.repository.read;

import dev.tidings.model.Article;
import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import dev.tidings.model.Provider;
import dev.tidings.model.RelatedStory;
import dev.tidings.model.SearchTextWriter;
import dev.tidings.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the index keeps of one article file: the fields the timeline, the filter and link
 * resolution need, and nothing more (no images, no related stories' text). This is what the
 * persistent index stores per file and what indexing a file produces; so the excerpt is here, for
 * search, and a warm start never reads a file to get it.
 *
 * @param key the file version the record was read from; never null
 * @param published when the article was published (UTC instant), or the date that stands in for
 *     an undated one; null only when none is known
 * @param dateSource where {@code published} comes from; never null
 * @param title the title as read, its HTML character references decoded; never null
 * @param provider the provider's display name; never null, may be empty
 * @param url the article's URL (webUrl, else originalUrl); null when it has none
 * @param topics the topics as read; never null
 * @param ownUrls the article's own URLs (webUrl, originalUrl, ampWebUrl, cdnAmpWebUrl) normalised
 *     with {@link Urls#normalize(String)}, without duplicates; never null
 * @param relatedUrls the related stories' webUrls, normalised, without duplicates; never null
 * @param notes what was repaired to read the file (problems of kinds that do not skip it), in
 *     the order {@link ArticleReader} finds them; never null
 * @param excerpt the excerpt, its HTML character references decoded; never null, empty when
 *     missing
 * @param providerDomain the provider's domain; null when missing
 * @param quality the quality score; null when missing or not an integer
 * @param heat the heat score; null when missing or not an integer
 * @param relatedCount how many related stories the article has (mappings in its {@code related}
 *     list, with or without a URL); not negative
 */
public record IndexRecord(
    FileKey key,
    Instant published,
    DateSource dateSource,
    String title,
    String provider,
    String url,
    List<String> topics,
    List<String> ownUrls,
    List<String> relatedUrls,
    List<Problem> notes,
    String excerpt,
    String providerDomain,
    Integer quality,
    Integer heat,
    int relatedCount) {

  /**
   * @throws NullPointerException if a non-nullable component is null
   * @throws IllegalArgumentException if {@code relatedCount} is negative
   */
  public IndexRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(dateSource, "dateSource");
    notes = List.copyOf(notes);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(provider, "provider");
    topics = List.copyOf(topics);
    ownUrls = List.copyOf(ownUrls);
    relatedUrls = List.copyOf(relatedUrls);
    Objects.requireNonNull(excerpt, "excerpt");
    if (relatedCount < 0) {
      throw new IllegalArgumentException("relatedCount " + relatedCount);
    }
  }

  /**
   * A record without excerpt, domain or scores, whose related stories are those it has URLs of:
   * the form records had before they carried excerpts, for tests.
   *
   * @throws NullPointerException if a non-nullable argument is null
   */
  public IndexRecord(
      FileKey key,
      Instant published,
      DateSource dateSource,
      String title,
      String provider,
      String url,
      List<String> topics,
      List<String> ownUrls,
      List<String> relatedUrls,
      List<Problem> notes) {
    this(
        key, published, dateSource, title, provider, url, topics, ownUrls, relatedUrls, notes, "",
        null, null, null, relatedUrls.size());
  }

  /**
   * Builds the timeline row of this record, its search text in an array of its own.
   *
   * @return its row; never null
   */
  public TimelineEntry entry() {
    return entry(string -> string, new SearchTextWriter(0));
  }

  /**
   * Builds the timeline row of this record with strings that many rows share (providers, domains,
   * hosts, topics), so that a large timeline keeps each once, and its search text written by a
   * shared writer.
   *
   * @param shared returns a string equal to the one given, the same instance for equal strings;
   *     never null
   * @param writer writes the row's search text; never null, used on the calling thread only
   * @return its row; never null
   */
  public TimelineEntry entry(UnaryOperator<String> shared, SearchTextWriter writer) {
    String sharedProvider = shared.apply(provider);
    String domain = providerDomain == null ? null : shared.apply(providerDomain);
    String host = Urls.host(url);
    List<String> sharedTopics = topics;
    if (!topics.isEmpty()) {
      String[] each = new String[topics.size()];
      for (int i = 0; i < each.length; i++) {
        each[i] = shared.apply(topics.get(i));
      }
      sharedTopics = List.of(each);
    }
    return new TimelineEntry(
        key,
        published,
        dateSource,
        title,
        sharedProvider,
        url,
        domain,
        host == null ? null : shared.apply(host),
        sharedTopics,
        quality,
        heat,
        relatedCount > 0,
        !notes.isEmpty(),
        writer.add(title, provider, providerDomain, topics, excerpt));
  }

  /**
   * The record of a fully parsed article.
   *
   * @param key the file version it was read from; never null
   * @param article the article; never null
   * @param notes what was repaired to read it; never null
   * @return its record; never null
   */
  public static IndexRecord of(FileKey key, Article article, List<Problem> notes) {
    List<String> related = new ArrayList<>(article.related().size());
    for (RelatedStory story : article.related()) {
      related.add(Urls.normalize(story.webUrl()));
    }
    return new IndexRecord(
        key,
        article.publishedDateTime(),
        article.dateSource(),
        article.title(),
        article.provider().displayName(),
        article.url().orElse(null),
        article.topics(),
        ownUrls(article),
        distinct(related),
        notes,
        article.excerpt(),
        article.provider().domain(),
        article.quality(),
        article.heat(),
        article.related().size());
  }

  /**
   * An article's own URLs as a record keeps them ({@link #ownUrls()}): its webUrl, originalUrl,
   * ampWebUrl and cdnAmpWebUrl, in that order, normalised with {@link Urls#normalize(String)},
   * without nulls and duplicates.
   *
   * @param article the article; never null
   * @return the URLs; never null, may be empty
   */
  public static List<String> ownUrls(Article article) {
    return ownUrls(
        article.webUrl(), article.originalUrl(), article.ampWebUrl(), article.cdnAmpWebUrl());
  }

  /** The record of fields read by the {@link FrontMatterScanner}, mapped as the mapper does. */
  static IndexRecord of(
      FileKey key, FrontMatterScanner.Fields fields, Dates.Dating dating, List<Problem> notes) {
    List<String> related = new ArrayList<>(fields.relatedUrls().size());
    for (String url : fields.relatedUrls()) {
      related.add(Urls.normalize(url));
    }
    String webUrl = fields.webUrl();
    String originalUrl = fields.originalUrl();
    return new IndexRecord(
        key,
        dating.instant(),
        dating.source(),
        Article.titleOf(CharacterReferences.decode(fields.title()), key.path()),
        new Provider(fields.providerName(), fields.providerDomain()).displayName(),
        Article.urlOf(webUrl, originalUrl),
        fields.topics(),
        ownUrls(webUrl, originalUrl, fields.ampWebUrl(), fields.cdnAmpWebUrl()),
        distinct(related),
        notes,
        Objects.requireNonNullElse(CharacterReferences.decode(fields.excerpt()), ""),
        fields.providerDomain(),
        ArticleMapper.integer(fields.quality()),
        ArticleMapper.integer(fields.heat()),
        fields.relatedCount());
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
    return distinct(normalised);
  }

  /** @return {@code values} without nulls and duplicates, in their order */
  private static List<String> distinct(List<String> values) {
    Set<String> set = new LinkedHashSet<>();
    for (String value : values) {
      if (value != null) {
        set.add(value);
      }
    }
    return List.copyOf(set);
  }
}
