package dev.tidings.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article: the front matter of one file, mapped to values. Unknown front matter fields are not
 * kept; {@code secured} is deliberately never read.
 *
 * @param id the file it was read from; never null
 * @param title the title; never null (the file name when the front matter has none)
 * @param excerpt the excerpt; never null, empty when missing
 * @param publishedDateTime when it was published (UTC instant); for an undated article (no valid
 *     {@code publishedDateTime}) the date that stands in for it, see {@code dateSource}; null only
 *     when there is none (an undated article read without its file)
 * @param dateSource where {@code publishedDateTime} comes from; never null
 * @param webUrl the canonical URL; null when missing
 * @param originalUrl the URL it was found at; null when missing
 * @param ampWebUrl the AMP version's URL; null when missing
 * @param cdnAmpWebUrl the AMP cache URL; null when missing
 * @param category such as {@code news}; null when missing
 * @param type such as {@code article} or {@code video}; null when missing
 * @param quality the source's quality score; null when missing or not a number
 * @param heat the source's heat score; null when missing or not a number
 * @param published the source's {@code published} flag; null when missing or not a boolean
 * @param provider the publisher; never null ({@link Provider#UNKNOWN} when missing)
 * @param topics topic names in file order; never null, immutable
 * @param images images in file order; never null, immutable
 * @param related related stories in file order; never null, immutable
 */
public record Article(
    ArticleId id,
    String title,
    String excerpt,
    Instant publishedDateTime,
    DateSource dateSource,
    String webUrl,
    String originalUrl,
    String ampWebUrl,
    String cdnAmpWebUrl,
    String category,
    String type,
    Integer quality,
    Integer heat,
    Boolean published,
    Provider provider,
    List<String> topics,
    List<Image> images,
    List<RelatedStory> related) {

  /**
   * Replaces missing strings and lists by empty ones and copies the lists.
   *
   * @throws NullPointerException if {@code id}, {@code title} or {@code dateSource} is null
   */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dateSource, "dateSource");
    excerpt = Objects.requireNonNullElse(excerpt, "");
    provider = Objects.requireNonNullElse(provider, Provider.UNKNOWN);
    topics = topics == null ? List.of() : List.copyOf(topics);
    images = images == null ? List.of() : List.copyOf(images);
    related = related == null ? List.of() : List.copyOf(related);
  }

  /**
   * The URL that stands for this article when it is chosen: {@code webUrl}, or {@code originalUrl}
   * when {@code webUrl} is missing.
   *
   * @return the URL, or empty when the article has neither
   */
  public Optional<String> url() {
    return Optional.ofNullable(urlOf(webUrl, originalUrl));
  }

  /**
   * The rule for the URL that stands for an article: its {@code webUrl}, or its {@code
   * originalUrl} when it has no {@code webUrl}. The one place the rule is written; the timeline's
   * rows follow it too.
   *
   * @param webUrl the front matter's {@code webUrl}; may be null
   * @param originalUrl the front matter's {@code originalUrl}; may be null
   * @return the URL; null when both are null
   */
  public static String urlOf(String webUrl, String originalUrl) {
    return webUrl != null ? webUrl : originalUrl;
  }

  /**
   * The rule for an article's title: the front matter's {@code title}, or, for an untitled
   * article, the name of its file.
   *
   * @param title the front matter's {@code title}; null when it has none
   * @param file the article file; never null
   * @return the title to show; never null
   */
  public static String titleOf(String title, Path file) {
    return title != null ? title : String.valueOf(file.getFileName());
  }
}
