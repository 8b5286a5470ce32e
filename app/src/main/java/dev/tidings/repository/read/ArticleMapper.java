package dev.tidings.repository.read;

import dev.tidings.model.Article;
import dev.tidings.model.ArticleId;
import dev.tidings.model.Image;
import dev.tidings.model.Provider;
import dev.tidings.model.RelatedStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps a parsed front matter (scalars kept as strings) to an {@link Article}. Missing fields and
 * fields of the wrong shape become absent values; unknown fields, and {@code secured}, are ignored.
 * Titles and excerpts, the article's and its related stories', have their HTML character
 * references decoded ({@link CharacterReferences}); the index record's title is decoded the same
 * way ({@link IndexRecord}), so that both ways of reading a file give the same record.
 */
final class ArticleMapper {

  private ArticleMapper() {}

  /**
   * @param id the file the front matter came from; its name is the title when none is given
   * @param frontMatter the YAML mapping, as loaded with strings for all scalars
   * @param dating the article's date, from {@link Dates#dating} of its {@code publishedDateTime}
   * @return the article; never null
   */
  static Article article(ArticleId id, Map<?, ?> frontMatter, Dates.Dating dating) {
    return new Article(
        id,
        Article.titleOf(text(frontMatter, "title"), id.path()),
        text(frontMatter, "excerpt"),
        dating.instant(),
        dating.source(),
        string(frontMatter, "webUrl"),
        string(frontMatter, "originalUrl"),
        string(frontMatter, "ampWebUrl"),
        string(frontMatter, "cdnAmpWebUrl"),
        string(frontMatter, "category"),
        string(frontMatter, "type"),
        integer(frontMatter, "quality"),
        integer(frontMatter, "heat"),
        bool(frontMatter, "published"),
        provider(frontMatter.get("provider")),
        strings(frontMatter.get("topics")),
        images(frontMatter.get("images")),
        related(frontMatter.get("related")));
  }

  private static List<RelatedStory> related(Object value) {
    List<RelatedStory> stories = new ArrayList<>();
    for (Object item : list(value)) {
      if (item instanceof Map<?, ?> story) {
        stories.add(
            new RelatedStory(
                text(story, "title"),
                text(story, "excerpt"),
                Dates.parse(string(story, "publishedDateTime")),
                string(story, "webUrl"),
                provider(story.get("provider")),
                integer(story, "quality"),
                images(story.get("images"))));
      }
    }
    return stories;
  }

  private static Provider provider(Object value) {
    if (value instanceof Map<?, ?> provider) {
      return new Provider(string(provider, "name"), string(provider, "domain"));
    }
    String name = scalar(value);
    return name == null ? Provider.UNKNOWN : new Provider(name, null);
  }

  private static List<Image> images(Object value) {
    List<Image> images = new ArrayList<>();
    for (Object item : list(value)) {
      if (item instanceof Map<?, ?> image) {
        String url = string(image, "url");
        if (url != null) {
          images.add(new Image(url, integer(image, "width"), integer(image, "height")));
        }
      }
    }
    return images;
  }

  private static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    for (Object item : list(value)) {
      String string = scalar(item);
      if (string != null) {
        strings.add(string);
      }
    }
    return strings;
  }

  /** A list as itself, a single scalar as a list of one, anything else as empty. */
  private static List<?> list(Object value) {
    if (value instanceof List<?> list) {
      return list;
    }
    return scalar(value) == null ? List.of() : List.of(value);
  }

  /**
   * @return the text (a title, an excerpt) at {@code key}: the string scalar as {@link #scalar}
   *     reads it, its HTML character references decoded ({@link CharacterReferences}); or null
   */
  private static String text(Map<?, ?> map, String key) {
    return CharacterReferences.decode(string(map, key));
  }

  /** @return the string scalar at {@code key} as {@link #scalar} reads it, or null */
  static String string(Map<?, ?> map, String key) {
    return scalar(map.get(key));
  }

  /**
   * A string scalar, or null for anything else and for YAML's empty and null spellings; the one
   * rule for absent values, which the {@link FrontMatterScanner} applies too.
   */
  static String scalar(Object value) {
    if (!(value instanceof String string)) {
      return null;
    }
    String stripped = string.strip();
    return switch (stripped) {
      case "", "~", "null", "Null", "NULL" -> null;
      default -> string;
    };
  }

  private static Integer integer(Map<?, ?> map, String key) {
    return integer(string(map, key));
  }

  /**
   * The one rule for integer fields (quality, heat, sizes), which the {@link FrontMatterScanner}
   * applies too.
   *
   * @param text a scalar as {@link #scalar} reads it; may be null
   * @return its integer value, white space around it ignored; null when null or not an integer
   */
  static Integer integer(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException notAnInteger) {
      return null;
    }
  }

  /** YAML 1.2's core schema booleans only; YAML 1.1's yes/no/on/off are not booleans here. */
  private static Boolean bool(Map<?, ?> map, String key) {
    String text = string(map, key);
    if (text == null) {
      return null;
    }
    return switch (text.strip()) {
      case "true", "True", "TRUE" -> Boolean.TRUE;
      case "false", "False", "FALSE" -> Boolean.FALSE;
      default -> null;
    };
  }
}
