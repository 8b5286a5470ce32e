package dev.tidings.repository.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import dev.tidings.model.Article;
import dev.tidings.model.ArticleId;
import dev.tidings.model.FileKey;
import dev.tidings.model.RelatedStory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** HTML character references in titles and excerpts are decoded, on both ways of reading. */
class CharacterReferencesTest {

  /** A character reference that is still there after decoding. */
  private static final Pattern REFERENCE =
      Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|nbsp|amp|hellip|quot|lt|gt|rsquo|ldquo|rdquo);");

  private final ArticleReader reader = new ArticleReader();

  @Test
  void namedAndNumericReferencesAreDecoded() {
    assertThat(CharacterReferences.decode("we&#8217;re &#x201C;here&#x201d; &amp; &nbsp;now&hellip;"))
        .isEqualTo("we\u2019re \u201Chere\u201D & \u00A0now\u2026");
    assertThat(CharacterReferences.decode("&#038; &lt;b&gt; &quot;q&quot; &apos;a&apos; &eacute;&euro;"))
        .isEqualTo("& <b> \"q\" 'a' \u00E9\u20AC");
    assertThat(CharacterReferences.decode("&#x1F600;")).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void textWithoutReferencesIsLeftAsItIs() {
    String plain = "SenseTime postpones IPO";
    assertThat(CharacterReferences.decode(plain)).isSameAs(plain);
    assertThat(CharacterReferences.decode(null)).isNull();
    for (String text :
        List.of("AT&T", "R&D & Q&A", "&copy2021", "&amp", "&#38", "&#;", "&#x;", "&#-1;", "&",
            "a&", "&unknown;", "&#\uFF11;")) {
      assertThat(CharacterReferences.decode(text)).as(text).isEqualTo(text);
    }
  }

  @Test
  void aNumericReferenceToNoCharacterIsTheReplacementCharacter() {
    // Commons Text 1.15 throws on a code point past U+10FFFF; the HTML standard says U+FFFD.
    for (String text :
        List.of("&#x110000;", "&#1114112;", "&#x7FFFFFFF;", "&#99999999999999999999;",
            "&#x0000000000110000;", "&#0;", "&#xD800;", "&#57343;")) {
      assertThat(CharacterReferences.decode("a" + text + "b")).as(text).isEqualTo("a\uFFFDb");
    }
    assertThat(CharacterReferences.decode("&#x10FFFF;")).isEqualTo("\uDBFF\uDFFF");
    assertThat(CharacterReferences.decode("&#00000000000065;")).isEqualTo("A");
  }

  @Test
  void titlesAndExcerptsOfArticlesAndRelatedStoriesAreDecodedButNotUrlsOrProviders()
      throws Exception {
    Article article =
        reader.parse(
            new ArticleId(Path.of("/news/a.md")),
            String.join(
                "\n",
                "---",
                "title: We&#8217;re &amp; you",
                "excerpt: \"&ldquo;Quoted&rdquo;&nbsp;&hellip;\"",
                "webUrl: https://example.com/?a=1&amp;b=2",
                "provider:",
                "  name: A&amp;B",
                "related:",
                "- title: It&#39;s",
                "  excerpt: x &lt; y",
                "  webUrl: https://example.com/r?x=1&amp;y",
                "---",
                ""));

    assertThat(article.title()).isEqualTo("We\u2019re & you");
    assertThat(article.excerpt()).isEqualTo("\u201CQuoted\u201D\u00A0\u2026");
    assertThat(article.webUrl()).isEqualTo("https://example.com/?a=1&amp;b=2");
    assertThat(article.provider().name()).isEqualTo("A&amp;B");
    RelatedStory story = article.related().get(0);
    assertThat(story.title()).isEqualTo("It's");
    assertThat(story.excerpt()).isEqualTo("x < y");
    assertThat(story.webUrl()).isEqualTo("https://example.com/r?x=1&amp;y");
  }

  @Test
  void bothWaysOfReadingGiveTheDecodedTitle() throws Exception {
    Path file = Files.createTempFile("references", ".md");
    try {
      Files.writeString(
          file, "---\ntitle: We&#8217;re &amp; &#x110000;\nwebUrl: https://a.com/\n---\n");
      FileKey key = FileKey.of(file, Files.readAttributes(file, BasicFileAttributes.class));
      byte[] bytes = Files.readAllBytes(file);
      assertThat(FrontMatterScanner.scan(bytes, bytes.length)).as("scanner answers").isNotNull();

      IndexRecord fast = reader.readRecord(key, true);
      assertThat(fast.title()).isEqualTo("We\u2019re & \uFFFD");
      assertThat(fast).isEqualTo(reader.readRecord(key, false));
    } finally {
      Files.delete(file);
    }
  }

  /** The shared corpus has references in 92 of its 674 articles; none is left after reading. */
  @Test
  void noReferenceIsLeftInTheSharedCorpus() throws IOException {
    Assumptions.assumeTrue(
        TestCorpora.sharedCorpus().isPresent(), "../shared/corpus/powerapps is not here");
    List<Path> files;
    try (Stream<Path> list = Files.list(TestCorpora.sharedCorpus().get())) {
      files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    int withReferences = 0;
    List<String> left = new ArrayList<>();
    for (Path file : files) {
      String raw = Files.readString(file, StandardCharsets.UTF_8);
      Article article;
      try {
        article = reader.read(FileKey.of(file, Files.readAttributes(file, BasicFileAttributes.class)));
      } catch (ArticleFormatException e) {
        continue;
      }
      List<String> texts = new ArrayList<>(List.of(article.title(), article.excerpt()));
      for (RelatedStory story : article.related()) {
        texts.add(story.title());
        texts.add(story.excerpt());
      }
      if (REFERENCE.matcher(raw).find()) {
        withReferences++;
      }
      for (String text : texts) {
        if (text != null && REFERENCE.matcher(text).find()) {
          left.add(file.getFileName() + ": " + text);
        }
      }
    }
    assertThat(withReferences).isGreaterThan(0);
    assertThat(left).isEmpty();
  }
}
