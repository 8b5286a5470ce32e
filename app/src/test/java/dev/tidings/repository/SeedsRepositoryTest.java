package dev.tidings.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.TestCorpora;
import dev.tidings.model.Article;
import dev.tidings.model.Image;
import dev.tidings.model.Problem;
import dev.tidings.model.Provider;
import dev.tidings.model.RelatedStory;
import dev.tidings.model.TimelineEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The repository over the five bundled seeds: every field, the related stories, the link. */
class SeedsRepositoryTest {

  private static ArticleRepository repository;

  @BeforeAll
  static void open() {
    repository = ArticleRepository.open(List.of(TestCorpora.seeds()), Runnable::run, 1 << 20);
  }

  private static Article article(String fileName) {
    Path path = TestCorpora.seeds().resolve(fileName);
    TimelineEntry entry =
        repository.timeline().stream()
            .filter(e -> e.key().path().equals(path))
            .findFirst()
            .orElseThrow();
    return repository.article(entry).join();
  }

  @Test
  void theTimelineHoldsTheFiveSeedsNewestFirstAndNothingIsSkipped() {
    // Nothing skipped; the seed 000's mojibake is repaired, and said.
    assertThat(repository.problems())
        .extracting(p -> p.path().getFileName().toString(), Problem::line, Problem::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "000_7a524827ed158465.txt", 29, Problem.Kind.MOJIBAKE));
    assertThat(repository.timeline())
        .extracting(e -> e.key().path().getFileName().toString())
        .containsExactly(
            "000_7a524827ed158465.txt",
            "001_1da51eb296397a1a.txt",
            "002_49af529f77e742f0.txt",
            "003_42814088be3eaa25.txt",
            "004_16931af027ae8194.txt");
    assertThat(repository.timeline())
        .extracting(TimelineEntry::published)
        .containsExactly(
            Instant.parse("2021-12-14T03:22:00Z"),
            Instant.parse("2021-12-13T07:35:00Z"),
            Instant.parse("2021-12-13T05:54:00Z"),
            Instant.parse("2021-12-09T07:49:00Z"),
            Instant.parse("2021-08-27T16:15:00Z"));
  }

  @Test
  void timelineRowsCarryTitleProviderUrlAndLowerCasedSearchText() {
    TimelineEntry first = repository.timeline().get(0);
    assertThat(first.title()).isEqualTo("Chinese AI company SenseTime postpones HK IPO after US ban");
    assertThat(first.provider()).isEqualTo("Marketing Interactive");
    assertThat(first.url())
        .isEqualTo(
            "https://www.marketing-interactive.com/chinese-ai-company-sensetime-postpones-hk-ipo-after-us-ban");
    // Since rows carry excerpts (issue 11) the search text is folded and holds the domain and the
    // excerpt too, in the order title, provider, domain, topics, excerpt.
    assertThat(first.searchText().text())
        .isEqualTo(
            "chinese ai company sensetime postpones hk ipo after us ban\n"
                + "marketing interactive\n"
                + "marketing-interactive.com\n"
                + "ai ethics\n"
                + "ai\n"
                + "it added, \"our ai ethics council, comprising both internal and external experts,"
                + " ensures that our business strictly adheres to recognised ethical principles and"
                + " standards. we have developed a code of ethics for ai sustainable development,"
                + " and we ...");
  }

  @Test
  void timelineRowsCarryWhatQueriesAsk() {
    TimelineEntry first = repository.timeline().get(0);
    assertThat(first.providerDomain()).isEqualTo("marketing-interactive.com");
    assertThat(first.host()).isEqualTo("www.marketing-interactive.com");
    assertThat(first.topics()).containsExactly("AI Ethics", "AI");
    assertThat(first.quality()).isEqualTo(39);
    assertThat(first.heat()).isEqualTo(-1);
    assertThat(first.hasRelated()).isTrue();
    // Seed 000 is the one whose mojibake is repaired.
    assertThat(repository.timeline())
        .filteredOn(TimelineEntry::repaired)
        .extracting(entry -> entry.key().path().getFileName().toString())
        .containsExactly("000_7a524827ed158465.txt");
  }

  @Test
  void seed000HasEveryField() {
    Article a = article("000_7a524827ed158465.txt");
    String url =
        "https://www.marketing-interactive.com/chinese-ai-company-sensetime-postpones-hk-ipo-after-us-ban";
    assertThat(a.title()).isEqualTo("Chinese AI company SenseTime postpones HK IPO after US ban");
    assertThat(a.excerpt())
        .isEqualTo(
            "It added, \"Our AI ethics council, comprising both internal and external experts,"
                + " ensures that our business strictly adheres to recognised ethical principles and"
                + " standards. We have developed a code of ethics for AI sustainable development,"
                + " and we ...");
    assertThat(a.publishedDateTime()).isEqualTo(Instant.parse("2021-12-14T03:22:00Z"));
    assertThat(a.webUrl()).isEqualTo(url);
    assertThat(a.originalUrl()).isEqualTo(url);
    assertThat(a.ampWebUrl()).isNull();
    assertThat(a.cdnAmpWebUrl()).isNull();
    assertThat(a.category()).isEqualTo("news");
    assertThat(a.type()).isEqualTo("article");
    assertThat(a.quality()).isEqualTo(39);
    assertThat(a.heat()).isEqualTo(-1);
    assertThat(a.published()).isFalse();
    assertThat(a.provider())
        .isEqualTo(new Provider("Marketing Interactive", "marketing-interactive.com"));
    assertThat(a.topics()).containsExactly("AI Ethics", "AI");
    assertThat(a.images())
        .containsExactly(
            new Image(
                "https://micdn-13a1c.kxcdn.com/images/hk/content-images/sensetime.jpg", 800, 444));
    assertThat(a.related()).hasSize(3);
    assertThat(a.related().get(0))
        .isEqualTo(
            new RelatedStory(
                "U.S. Set to Ban American Investment in Some Chinese Companies Over Surveillance",
                "A draft Treasury Department announcement says the companies, including a major"
                    + " drone maker, participate in China’s mass surveillance of Muslim ethnic"
                    + " groups.",
                Instant.parse("2021-12-15T18:14:00Z"),
                "https://www.wsj.com/articles/u-s-set-to-ban-american-investment-in-some-chinese-companies-over-surveillance-11639588940",
                new Provider("Wall Street Journal", "wsj.com"),
                168,
                List.of(new Image("https://images.wsj.net/im-452768/social", 1280, 640))));
    assertThat(a.related())
        .extracting(RelatedStory::title, s -> s.provider().name(), RelatedStory::quality)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "U.S. Set to Ban American Investment in Some Chinese Companies Over Surveillance",
                "Wall Street Journal",
                168),
            org.assertj.core.groups.Tuple.tuple(
                "US to shut all doors for Chinese chip manufacturer, AI Giant",
                "techwireasia.com",
                74),
            org.assertj.core.groups.Tuple.tuple(
                "Chinese automaker GAC invests in self-driving vehicle startup WeRide",
                "TechNode",
                44));
  }

  @Test
  void seed001HasEveryField() {
    Article a = article("001_1da51eb296397a1a.txt");
    String url =
        "https://www.forbes.com/sites/ywang/2021/12/13/chinese-ai-giant-sensetime-remains-committed-to-ipo-despite-us-blacklist/";
    assertThat(a.title())
        .isEqualTo("Chinese AI Giant SenseTime Remains Committed To IPO Despite U.S. Blacklist");
    assertThat(a.excerpt())
        .startsWith("Chinese artificial intelligence company SenseTime has decided to postpone")
        .endsWith("it still intends to complete the listing.");
    assertThat(a.publishedDateTime()).isEqualTo(Instant.parse("2021-12-13T07:35:00Z"));
    assertThat(a.webUrl()).isEqualTo(url);
    assertThat(a.originalUrl()).isEqualTo(url);
    assertThat(a.ampWebUrl()).isEqualTo(url + "amp/");
    assertThat(a.cdnAmpWebUrl())
        .isEqualTo(
            "https://www-forbes-com.cdn.ampproject.org/c/s/www.forbes.com/sites/ywang/2021/12/13/chinese-ai-giant-sensetime-remains-committed-to-ipo-despite-us-blacklist/amp/");
    assertThat(a.category()).isEqualTo("news");
    assertThat(a.type()).isEqualTo("article");
    assertThat(a.quality()).isEqualTo(87);
    assertThat(a.heat()).isEqualTo(-1);
    assertThat(a.published()).isFalse();
    assertThat(a.provider()).isEqualTo(new Provider("Forbes", "forbes.com"));
    assertThat(a.topics()).containsExactly("AI in Autos", "AI");
    assertThat(a.images())
        .containsExactly(
            new Image(
                "https://thumbor.forbes.com/thumbor/fit-in/1200x0/filters%3Aformat%28jpg%29/https%3A%2F%2Fspecials-images.forbesimg.com%2Fimageserve%2F61b6f6a34d9d48fe56dda795%2F0x0.jpg",
                1200,
                800));
    assertThat(a.related())
        .extracting(RelatedStory::title)
        .containsExactly(
            "U.S. to Bar Investment in Chinese AI Giant, Considers Banning Key Exports to Top Chip Maker",
            "Chinese AI Giant SenseTime Delays IPO as U.S. Prepares Investment Ban",
            "Chinese AI Company SenseTime Delays IPO as U.S. Imposes Investment Ban",
            "Cyber Daily: U.S. to Bar Investment in Chinese Facial Recognition Firm",
            "How Machine Learning is Changing Finance Forever",
            "U.S. adds Chinese AI startup SenseTime to economic blacklist",
            "US to blacklist Chinese AI company SenseTime over Xinjiang ahead of IPO",
            "Chinese AI company delays IPO after US blacklist");
    assertThat(a.related())
        .extracting(RelatedStory::quality)
        .containsExactly(94, 87, 87, 84, 76, 37, 17, 17);
    assertThat(a.related())
        .extracting(s -> s.provider().name())
        .containsExactly(
            "Wall Street Journal",
            "Wall Street Journal",
            "Wall Street Journal",
            "Wall Street Journal",
            "Impacts",
            "NIKKEI",
            "The Financial Times",
            "Webindia 123");
    assertThat(a.related().get(7).publishedDateTime())
        .isEqualTo(Instant.parse("2021-12-13T16:58:00Z"));
    assertThat(a.related().get(7).webUrl())
        .isEqualTo("https://news.webindia123.com/news/articles/World/20211213/3872980.html");
  }

  @Test
  void seed002HasEveryField() {
    Article a = article("002_49af529f77e742f0.txt");
    String url =
        "https://techcrunch.com/2021/12/12/chinas-ai-giant-sensetime-postpones-ipo-after-us-blacklisting/";
    assertThat(a.title()).isEqualTo("China’s AI giant SenseTime postpones IPO after US blacklisting");
    assertThat(a.excerpt())
        .startsWith("SenseTime, one of China’s most valuable AI solution providers")
        .endsWith("gave the go-ahead to SenseTime’s IPO.");
    assertThat(a.publishedDateTime()).isEqualTo(Instant.parse("2021-12-13T05:54:00Z"));
    assertThat(a.webUrl()).isEqualTo(url);
    assertThat(a.originalUrl()).isEqualTo(url);
    assertThat(a.ampWebUrl()).isEqualTo(url + "amp/");
    assertThat(a.cdnAmpWebUrl())
        .isEqualTo(
            "https://techcrunch-com.cdn.ampproject.org/c/s/techcrunch.com/2021/12/12/chinas-ai-giant-sensetime-postpones-ipo-after-us-blacklisting/amp/");
    assertThat(a.category()).isEqualTo("news");
    assertThat(a.type()).isEqualTo("article");
    assertThat(a.quality()).isEqualTo(87);
    assertThat(a.heat()).isEqualTo(107);
    assertThat(a.published()).isTrue();
    assertThat(a.provider()).isEqualTo(new Provider("TechCrunch", "techcrunch.com"));
    assertThat(a.topics()).containsExactly("AI");
    assertThat(a.images())
        .containsExactly(
            new Image(
                "https://techcrunch.com/wp-content/uploads/2018/08/sensetime1.jpg?w=1024",
                1024,
                546));
    assertThat(a.related())
        .extracting(RelatedStory::title, RelatedStory::webUrl)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "AI startup SenseTime discussing fate of $767m HK IPO with exchange",
                "https://www.dealstreetasia.com/stories/sensetime-hk-ipo-2-273541/"),
            org.assertj.core.groups.Tuple.tuple(
                "AI startup SenseTime Hong Kong IPO in limbo after US blacklisting",
                "https://cyprus-mail.com/2021/12/12/ai-startup-sensetime-hong-kong-ipo-in-limbo-after-us-blacklisting/"));
  }

  @Test
  void seed003HasEveryFieldAndNoAmpUrls() {
    Article a = article("003_42814088be3eaa25.txt");
    String url = "https://www.ft.com/content/8ee73509-e364-494e-b4c8-ff9a4f675078";
    assertThat(a.title())
        .isEqualTo("US to blacklist Chinese AI company SenseTime over Xinjiang ahead of IPO");
    assertThat(a.excerpt())
        .isEqualTo(
            "The US will put SenseTime, the Chinese artificial intelligence company that"
                + " specialises in facial recognition software, on an investment blacklist on"
                + " Friday, the same day that it prices its Hong Kong initial public offering.");
    assertThat(a.publishedDateTime()).isEqualTo(Instant.parse("2021-12-09T07:49:00Z"));
    assertThat(a.webUrl()).isEqualTo(url);
    assertThat(a.originalUrl()).isEqualTo(url);
    assertThat(a.ampWebUrl()).isNull();
    assertThat(a.cdnAmpWebUrl()).isNull();
    assertThat(a.category()).isEqualTo("news");
    assertThat(a.type()).isEqualTo("article");
    assertThat(a.quality()).isEqualTo(17);
    assertThat(a.heat()).isEqualTo(-1);
    assertThat(a.published()).isFalse();
    assertThat(a.provider()).isEqualTo(new Provider("The Financial Times", "ft.com"));
    assertThat(a.topics()).containsExactly("AI");
    assertThat(a.images()).isEmpty();
    assertThat(a.related()).hasSize(5);
    assertThat(a.related())
        .extracting(RelatedStory::quality)
        .containsExactly(94, 87, 84, 76, 37);
  }

  @Test
  void seed004HasEveryField() {
    Article a = article("004_16931af027ae8194.txt");
    assertThat(a.title())
        .isEqualTo(
            "SenseTime, artificial intelligence platform founded by CUHK professors, files to"
                + " raise at least US$2 billion in Hong Kong IPO");
    assertThat(a.excerpt()).startsWith("SenseTime Group , China’s largest artificial intelligence");
    assertThat(a.publishedDateTime()).isEqualTo(Instant.parse("2021-08-27T16:15:00Z"));
    assertThat(a.webUrl())
        .isEqualTo(
            "https://www.scmp.com/business/banking-finance/article/3146708/sensetime-artificial-intelligence-platform-founded-cuhk");
    assertThat(a.originalUrl()).isEqualTo(a.webUrl());
    assertThat(a.ampWebUrl())
        .isEqualTo(
            "https://amp.scmp.com/business/banking-finance/article/3146708/sensetime-artificial-intelligence-platform-founded-cuhk");
    assertThat(a.cdnAmpWebUrl())
        .isEqualTo(
            "https://amp-scmp-com.cdn.ampproject.org/c/s/amp.scmp.com/business/banking-finance/article/3146708/sensetime-artificial-intelligence-platform-founded-cuhk");
    assertThat(a.category()).isEqualTo("news");
    assertThat(a.type()).isEqualTo("article");
    assertThat(a.quality()).isEqualTo(77);
    assertThat(a.heat()).isEqualTo(97);
    assertThat(a.published()).isTrue();
    assertThat(a.provider()).isEqualTo(new Provider("South China Morning Post", "scmp.com"));
    assertThat(a.topics()).containsExactly("AI Ethics", "AI");
    assertThat(a.images()).hasSize(1);
    assertThat(a.images().get(0).width()).isEqualTo(1200);
    assertThat(a.images().get(0).height()).isEqualTo(630);
    assertThat(a.related())
        .extracting(RelatedStory::title, s -> s.provider().name(), RelatedStory::publishedDateTime)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "SenseTime, AI Startup to apply for IPO in Hong Kong",
                "tech",
                Instant.parse("2021-08-28T19:37:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                "Non-Profit Federated Learning Consortium (FLC) for Decentralized AI to Launch in"
                    + " Hong Kong, Receives $2M Pledge",
                "Business Insider",
                Instant.parse("2021-08-27T03:40:00Z")));
  }

  @Test
  void aRelatedStoryWithTheUrlOfASeedIsLinkedToIt() {
    Article forbes = article("001_1da51eb296397a1a.txt");
    RelatedStory ftStory = forbes.related().get(6);

    assertThat(repository.findByUrl(ftStory.webUrl()))
        .map(e -> e.key().path().getFileName().toString())
        .contains("003_42814088be3eaa25.txt");
    long linked =
        repository.timeline().stream()
            .map(e -> repository.article(e).join())
            .flatMap(article -> article.related().stream())
            .filter(story -> repository.findByUrl(story.webUrl()).isPresent())
            .count();
    assertThat(linked).isEqualTo(1);
  }

  @Test
  void theSecuredBlobIsNeverRead() throws java.io.IOException {
    for (TimelineEntry entry : repository.timeline()) {
      String file = java.nio.file.Files.readString(entry.key().path());
      java.util.regex.Matcher secured =
          java.util.regex.Pattern.compile("(?m)^secured: \"([^\"]+)\"").matcher(file);
      assertThat(secured.find()).isTrue();
      assertThat(repository.article(entry).join().toString()).doesNotContain(secured.group(1));
    }
  }
}
