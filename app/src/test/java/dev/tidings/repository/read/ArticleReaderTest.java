package dev.tidings.repository.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.model.Article;
import dev.tidings.model.ArticleId;
import dev.tidings.model.DateSource;
import dev.tidings.model.Provider;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

  private static final ArticleId ID = new ArticleId(Path.of("/news/2021-12-14-story.md"));
  private final ArticleReader reader = new ArticleReader();

  @Test
  void missingFieldsAreAbsentAndTheTitleFallsBackToTheFileName() throws Exception {
    Article article = reader.parse(ID, "---\nunknown: field\n---\n");

    assertThat(article.title()).isEqualTo("2021-12-14-story.md");
    assertThat(article.excerpt()).isEmpty();
    // Undated: the day the file name starts with stands in.
    assertThat(article.publishedDateTime()).isEqualTo(Instant.parse("2021-12-14T00:00:00Z"));
    assertThat(article.dateSource()).isEqualTo(DateSource.FILE_NAME);
    assertThat(article.webUrl()).isNull();
    assertThat(article.originalUrl()).isNull();
    assertThat(article.ampWebUrl()).isNull();
    assertThat(article.cdnAmpWebUrl()).isNull();
    assertThat(article.category()).isNull();
    assertThat(article.type()).isNull();
    assertThat(article.quality()).isNull();
    assertThat(article.heat()).isNull();
    assertThat(article.published()).isNull();
    assertThat(article.provider()).isEqualTo(Provider.UNKNOWN);
    assertThat(article.topics()).isEmpty();
    assertThat(article.images()).isEmpty();
    assertThat(article.related()).isEmpty();
    assertThat(article.url()).isEmpty();
  }

  @Test
  void theUrlIsTheWebUrlElseTheOriginalUrl() throws Exception {
    assertThat(reader.parse(ID, "---\nwebUrl: https://a/\noriginalUrl: https://b/\n---\n").url())
        .contains("https://a/");
    assertThat(reader.parse(ID, "---\noriginalUrl: https://b/\n---\n").url())
        .contains("https://b/");
  }

  @Test
  void scalarsStayStringsSoTitlesThatLookLikeOtherTypesSurvive() throws Exception {
    Article article =
        reader.parse(ID, "---\ntitle: 2021-12-14\nexcerpt: yes\ntopics: [on, 1.50, null]\n---\n");

    assertThat(article.title()).isEqualTo("2021-12-14");
    assertThat(article.excerpt()).isEqualTo("yes");
    assertThat(article.topics()).containsExactly("on", "1.50");
  }

  @Test
  void datesWithOffsetsAndWithoutAreParsedAsInstants() throws Exception {
    assertThat(date("2021-12-14T03:22:00Z")).isEqualTo(Instant.parse("2021-12-14T03:22:00Z"));
    assertThat(date("2021-12-14T11:22:00+08:00")).isEqualTo(Instant.parse("2021-12-14T03:22:00Z"));
    assertThat(date("2021-12-14 03:22:00")).isEqualTo(Instant.parse("2021-12-14T03:22:00Z"));
    assertThat(date("2021-12-14")).isEqualTo(Instant.parse("2021-12-14T00:00:00Z"));
    assertThat(date("last Tuesday")).isNull();
  }

  /** @return the date of the front matter, or null when the article is undated */
  private Instant date(String text) throws Exception {
    Article article = reader.parse(ID, "---\npublishedDateTime: " + text + "\n---\n");
    return article.dateSource() == DateSource.FRONT_MATTER ? article.publishedDateTime() : null;
  }

  @Test
  void fieldsOfTheWrongShapeAreAbsent() throws Exception {
    Article article =
        reader.parse(
            ID,
            "---\ntitle: [a, b]\nquality: high\npublished: maybe\nprovider: Reuters\n"
                + "images: [{width: 3}, {url: 'https://i/1.jpg', width: wide}]\n"
                + "related: [just a string, {title: R}]\ntopics: AI\n---\n");

    assertThat(article.title()).isEqualTo("2021-12-14-story.md");
    assertThat(article.quality()).isNull();
    assertThat(article.published()).isNull();
    assertThat(article.provider()).isEqualTo(new Provider("Reuters", null));
    assertThat(article.images()).hasSize(1);
    assertThat(article.images().get(0).url()).isEqualTo("https://i/1.jpg");
    assertThat(article.images().get(0).width()).isNull();
    assertThat(article.related()).hasSize(1);
    assertThat(article.related().get(0).title()).isEqualTo("R");
    assertThat(article.topics()).isEqualTo(List.of("AI"));
  }

  @Test
  void invalidYamlIsAFormatErrorWithTheLineOfTheFile() {
    assertThatThrownBy(() -> reader.parse(ID, "---\ntitle: a\nexcerpt: \"open\n---\n"))
        .isInstanceOf(ArticleFormatException.class)
        .hasMessageStartingWith("invalid YAML")
        .satisfies(e -> assertThat(((ArticleFormatException) e).line()).isGreaterThan(1));
  }

  @Test
  void aFrontMatterThatIsNotAMappingIsAFormatError() {
    assertThatThrownBy(() -> reader.parse(ID, "---\n- a\n- b\n---\n"))
        .isInstanceOf(ArticleFormatException.class)
        .hasMessageContaining("not a mapping");
  }

  @Test
  void javaClassTagsAreRefused() {
    assertThatThrownBy(
            () -> reader.parse(ID, "---\ntitle: !!javax.script.ScriptEngineManager [x]\n---\n"))
        .isInstanceOf(ArticleFormatException.class)
        .hasMessageStartingWith("invalid YAML");
  }

  @Test
  void aliasBombsAreRefused() {
    StringBuilder yaml = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
    char previous = 'a';
    for (char name = 'b'; name <= 'k'; name++) {
      yaml.append(name).append(": &").append(name).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = name;
    }
    yaml.append("---\n");

    assertThatThrownBy(() -> reader.parse(ID, yaml.toString()))
        .isInstanceOf(ArticleFormatException.class)
        .hasMessageStartingWith("invalid YAML");
  }
}
