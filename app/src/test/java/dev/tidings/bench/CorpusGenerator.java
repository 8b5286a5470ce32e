package dev.tidings.bench;

import dev.tidings.model.Provider;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus for benchmarks: {@code CorpusGenerator N DIR [SEED]} writes N article
 * files into DIR (created; a DIR that exists must be empty) in the format of {@code seeds/} and the
 * shared corpus: a YAML front matter block (category, title, excerpt, publishedDateTime, the URLs,
 * type, quality, heat, published, provider, topics, images, on about a third of the articles
 * related stories, secured) and a short Markdown body.
 *
 * <p>Files go to {@code DIR/<year>/<month>/<yyyy-mm-dd>-<slug>-<n>.md}, n being the article's
 * number (0 to N-1), so the corpus is a tree. Every article is a pure function of (SEED, n): the
 * output does not depend on the number of threads, nothing is held in memory, and a related story
 * that points at another generated article is computed from that article's number. Such a link is
 * sometimes written in a different but equivalent form (upper-case host, trailing slash added or
 * removed, extra {@code utm_} parameters); other related stories point outside the corpus.
 *
 * <p>About 5% of the titles hold a non-ASCII word (café, Zürich, 中国…), about 3% of the dates are
 * written with a {@code +08:00} offset, webUrls are unique (the path ends with the article number)
 * and some carry {@code ?utm_source=…} or a trailing slash. Files average about 3.3 KB (the seeds
 * 5.2 KB, the shared corpus 1.5 KB).
 *
 * <p>This is a tool, not a test: it is run by {@code dist/src/bench/bench.sh}.
 */
public final class CorpusGenerator {

  private CorpusGenerator() {}

  /** 2020-01-01T00:00:00Z: the corpus spans five years from here. */
  private static final long START_EPOCH = 1_577_836_800L;

  private static final long SPAN_SECONDS = 5L * 365 * 24 * 3600 + 24 * 3600;

  /**
   * @param args N, DIR and optionally SEED (default 1)
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 2 || args.length > 3) {
      err.println("usage: CorpusGenerator N DIR [SEED]");
      return 2;
    }
    int count;
    long seed;
    try {
      count = Integer.parseInt(args[0].replace("_", "").replace(",", ""));
      seed = args.length == 3 ? Long.parseLong(args[2]) : 1L;
    } catch (NumberFormatException e) {
      err.println("CorpusGenerator: N and SEED must be integers: " + e.getMessage());
      return 2;
    }
    if (count < 0) {
      err.println("CorpusGenerator: N must not be negative");
      return 2;
    }
    Path dir = Path.of(args[1]);
    try {
      if (Files.exists(dir)) {
        if (!Files.isDirectory(dir)) {
          err.println("CorpusGenerator: " + dir + " exists and is not a directory");
          return 2;
        }
        try (Stream<Path> entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            err.println("CorpusGenerator: refusing to write into non-empty directory " + dir);
            return 2;
          }
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      err.println("CorpusGenerator: cannot create " + dir + ": " + e);
      return 1;
    }
    long started = System.nanoTime();
    Generator generator = new Generator(seed, count, dir);
    try {
      IntStream.range(0, count).parallel().forEach(generator::write);
    } catch (UncheckedIOException e) {
      err.println("CorpusGenerator: " + e.getCause());
      return 1;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        Locale.ROOT,
        "wrote %,d articles (%,d bytes, mean %,d B) to %s in %.1f s%n",
        count,
        generator.bytes.get(),
        count == 0 ? 0 : generator.bytes.get() / count,
        dir,
        seconds);
    return 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Vocabulary

  private static final String[] COMPANIES = {
    "Microsoft", "Google", "Apple", "Amazon", "Meta", "Nvidia", "Intel", "Samsung", "Tesla",
    "OpenAI", "SenseTime", "Alibaba", "Tencent", "IBM", "Oracle", "SAP", "Siemens", "Toyota",
    "Netflix", "Spotify", "Uber", "Airbnb", "Shopify", "Stripe", "Salesforce", "Adobe", "Cisco",
    "Dell", "HP", "Lenovo", "Huawei", "Xiaomi", "Sony", "Nintendo", "Ford", "Volkswagen", "BMW",
    "Airbus", "Boeing", "Pfizer", "Moderna", "Visa", "Mastercard", "PayPal", "JPMorgan",
    "Goldman Sachs", "ByteDance", "TikTok", "Qualcomm", "AMD", "Arm", "TSMC", "Baidu", "Rivian",
    "Zoom", "Slack", "GitHub", "Atlassian", "Snowflake", "Databricks", "Anthropic", "Mistral",
    "Canva", "Grab", "Sea", "Infosys", "Tata", "Reliance", "Ericsson", "Nokia", "Philips",
    "Unilever", "Nestle", "Shell", "BP", "Siemens Energy", "Hyundai", "LG", "Panasonic"
  };

  private static final String[] VERBS = {
    "launches", "unveils", "delays", "cuts", "expands", "acquires", "bans", "backs", "rejects",
    "tests", "warns about", "bets on", "doubles down on", "scraps", "probes", "sues over",
    "partners on", "invests in", "postpones", "rolls out", "previews", "raises prices for",
    "slashes", "targets", "opens", "shuts down", "defends", "reveals", "reports", "plans",
    "pauses", "revives", "rethinks", "ships", "upgrades", "retires", "open-sources", "licenses"
  };

  private static final String[] ADJECTIVES = {
    "new", "generative", "open-source", "cloud", "quantum", "low-code", "autonomous", "electric",
    "digital", "global", "remote", "hybrid", "secure", "faster", "cheaper", "custom", "major",
    "record", "first", "next-generation", "AI-powered", "industrial", "green", "mobile",
    "enterprise", "private", "public", "smart", "national", "regional", "experimental",
    "controversial", "long-awaited", "flagship", "budget", "premium", "modular", "wireless"
  };

  private static final String[] NOUNS = {
    "chip", "platform", "model", "data center", "app", "service", "update", "feature",
    "investment", "deal", "merger", "IPO", "policy", "rules", "tariffs", "battery", "network",
    "satellite", "robot", "vaccine", "subscription", "marketplace", "browser", "assistant",
    "framework", "security patch", "supply chain", "factory", "workforce", "headset",
    "smartphone", "laptop", "server", "database", "API", "toolkit", "strategy", "budget",
    "roadmap", "partnership", "lawsuit", "report", "survey", "study", "forecast", "outage",
    "breach", "funding round", "chatbot", "search engine", "operating system", "ad business",
    "payments system", "delivery fleet", "research lab", "cloud region", "pricing plan"
  };

  private static final String[] PLACES = {
    "Europe", "Asia", "the US", "China", "India", "London", "Berlin", "Tokyo", "Singapore",
    "Texas", "California", "Hong Kong", "Seoul", "Paris", "Toronto", "Sydney", "Dubai",
    "Nairobi", "Lagos", "Mexico City", "Brazil", "Japan", "Germany", "Canada", "Australia",
    "Ireland", "the Netherlands", "Spain", "Italy", "Poland", "Vietnam", "Indonesia"
  };

  /** Words that put a title outside ASCII; about 5% of the titles get one. */
  private static final String[] NON_ASCII = {
    "café", "Zürich", "中国", "São Paulo", "München", "Kraków", "Québec", "Malmö", "Ørsted",
    "naïve", "résumé", "Düsseldorf", "Łódź", "İstanbul", "東京", "Bogotá", "Reykjavík",
    "Göteborg", "Genève", "Ōsaka", "Köln", "Curaçao", "Škoda", "Citroën", "Nestlé", "Señor",
    "北京", "서울", "Αθήνα", "Москва"
  };

  private static final String[] TAILS = {
    "after US ban", "amid chip shortage", "as prices rise", "despite backlash", "for 2024",
    "in record deal", "ahead of earnings", "to cut costs", "under new rules", "with AI push",
    "as demand slows", "after outage", "before holiday season", "in bid to win developers",
    "amid antitrust probe", "to boost growth", "after layoffs", "as rivals catch up",
    "in surprise move", "to meet climate goals", "despite weak sales", "for small businesses"
  };

  private static final String[] SUFFIXES = {
    ": what you need to know", ": report", ", sources say", ": here's why it matters",
    ", analysts say", " - and what comes next", ": first look", " (updated)", ", filing shows"
  };

  private static final String[] GROUPS = {
    "regulators", "lawmakers", "researchers", "startups", "investors", "analysts", "customers",
    "developers", "employees", "unions", "advertisers", "retailers", "hospitals", "banks",
    "schools", "carmakers", "chipmakers", "consumers", "publishers", "governments"
  };

  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  private static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };

  private static final String[] SENTENCES = {
    "{C} said on {W} that it {V} the {A} {N} in {P}, according to people familiar with the matter.",
    "The {N} is expected to reach {G} in {P} by {Y}.",
    "Analysts said the {A} {N} could reshape how {G} work with {C}.",
    "{C} did not immediately respond to a request for comment.",
    "The company said the {N} would be available to {G} later this year.",
    "It added that the {A} {N} had been tested with {D} {G} across {P}.",
    "Shares of {C} rose {D} percent in early trading after the announcement.",
    "Critics warn that the {N} raises new questions for {G} and {G2}.",
    "The move follows a {A} {N} announced in {M}.",
    "{C} has been under pressure from {G} over its {N} plans.",
    "Officials in {P} are reviewing the {N}, a spokesperson said.",
    "The {A} {N} will initially launch in {P} before expanding to other markets.",
    "According to a {N} published in {M}, {D} percent of {G} plan to follow.",
    "Rivals including {C2} are working on a similar {N}.",
    "\"We are excited to bring the {N} to {G} in {P},\" the company said in a statement.",
    "The {N} costs about {D} dollars a month, roughly what {C2} charges.",
    "Earlier this year, {C} scrapped a {A} {N} after complaints from {G}.",
    "The details were first reported by {R}."
  };

  private static final String[] HEADINGS = {
    "Why it matters", "What happens next", "Background", "The details", "Key takeaways",
    "What they said", "By the numbers", "The bigger picture"
  };

  private static final String[] SECTIONS = {
    "technology", "business", "world", "markets", "science", "policy", "enterprise", "cloud"
  };

  private static final String[] UTM = {
    "?utm_source=rss&utm_medium=feed",
    "?utm_source=twitter",
    "?utm_source=newsletter&utm_medium=email&utm_campaign=daily",
    "?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+tech",
    "?utm_source=linkedin&utm_medium=social"
  };

  private static final String[] EXTRA_UTM = {
    "utm_source=related",
    "utm_medium=referral&utm_source=partner",
    "utm_campaign=weekly&utm_content=link",
    "utm_source=google&utm_medium=cpc"
  };

  private static final int[][] IMAGE_SIZES = {
    {800, 444}, {1280, 640}, {1200, 630}, {450, 300}, {540, 540}, {1024, 576}, {400, 400},
    {1600, 900}, {640, 360}, {1920, 1080}
  };

  private static final char[] BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static final List<Provider> PROVIDERS = providers();

  private static final List<String> TOPICS = topics();

  // ---------------------------------------------------------------------------------------------
  // Providers and topics: fixed sets, the same for every seed.

  /** A news provider: name, domain, the host its URLs use and the style of its paths. */
  private record Provider(String name, String domain, String host, int pathStyle, boolean logo) {}

  private static List<Provider> providers() {
    String[] prefixes = {
      "Tech", "Daily", "Global", "Market", "Cloud", "Data", "Silicon", "Metro", "Pacific",
      "Atlantic", "Northern", "Capital", "Future", "Digital", "Open", "Morning", "Evening", "Wire",
      "Asia", "Euro", "Valley", "Harbor", "Summit", "Signal", "Circuit"
    };
    String[] suffixes = {
      "Times", "Post", "Wire", "Journal", "Herald", "Insider", "Review", "Daily", "News",
      "Observer", "Tribune", "Monitor", "Gazette", "Report", "Digest", "Beat", "Chronicle",
      "Register", "Dispatch", "Weekly"
    };
    String[] tlds = {
      ".com", ".com", ".com", ".com", ".net", ".io", ".co.uk", ".de", ".com.au", ".asia"
    };
    SplittableRandom random = new SplittableRandom(0x7ead1e55L);
    List<Provider> providers = new ArrayList<>();
    Set<String> domains = new LinkedHashSet<>();
    // A few fixed ones, two of them outside ASCII.
    providers.add(new Provider("Microsoft", "microsoft.com", "powerapps.microsoft.com", 0, true));
    providers.add(new Provider("Neue Zürcher Zeitung", "nzz.ch", "www.nzz.ch", 2, false));
    providers.add(new Provider("Le Monde Économie", "lemonde.fr", "www.lemonde.fr", 3, true));
    for (Provider p : providers) {
      domains.add(p.domain());
    }
    while (providers.size() < 200) {
      String prefix = prefixes[random.nextInt(prefixes.length)];
      String suffix = suffixes[random.nextInt(suffixes.length)];
      if (prefix.equals(suffix)) {
        continue;
      }
      String tld = tlds[random.nextInt(tlds.length)];
      String domain = (prefix + suffix).toLowerCase(Locale.ROOT) + tld;
      if (!domains.add(domain)) {
        continue;
      }
      // Some providers go by their domain name, as in the shared corpus ("techwireasia.com").
      String name = random.nextInt(10) == 0 ? domain : prefix + " " + suffix;
      String host = random.nextInt(10) < 6 ? "www." + domain : domain;
      providers.add(new Provider(name, domain, host, random.nextInt(4), random.nextInt(3) == 0));
    }
    return List.copyOf(providers);
  }

  private static List<String> topics() {
    String[] bases = {
      "AI", "AI Ethics", "Cloud Computing", "Power Apps", "Cybersecurity", "Electric Vehicles",
      "Semiconductors", "Climate", "Startups", "Venture Capital", "Privacy", "Regulation",
      "Space", "Quantum Computing", "Open Source", "Robotics", "5G", "Crypto", "Fintech",
      "Healthcare", "Biotech", "Gaming", "Streaming", "E-commerce", "Supply Chain",
      "Remote Work", "Education", "Energy", "Batteries", "Smartphones", "Wearables",
      "Social Media", "Advertising", "Antitrust", "Data Centers", "Machine Learning",
      "Autonomous Driving", "Drones", "Low-code", "Developer Tools", "Databases", "Payments",
      "Banking", "Insurance", "Retail", "Logistics", "Agriculture", "Manufacturing", "Telecom",
      "Search", "Browsers", "Virtual Reality"
    };
    String[] qualifiers = {"", " Policy", " Research", " Market", " Security", " in Asia"};
    List<String> topics = new ArrayList<>();
    for (String qualifier : qualifiers) {
      for (String base : bases) {
        if (topics.size() < 300) {
          topics.add(base + qualifier);
        }
      }
    }
    return List.copyOf(topics);
  }

  // ---------------------------------------------------------------------------------------------
  // Articles

  /**
   * What other articles need to know about an article to link to it: everything a related story
   * repeats, drawn from the article's own random stream in a fixed order.
   */
  private record Identity(
      int number,
      long epochSecond,
      int offsetHours,
      String title,
      String slug,
      String excerpt,
      Provider provider,
      String path,
      String webUrl,
      String ampWebUrl,
      String cdnAmpWebUrl,
      String type,
      int quality,
      List<int[]> images) {}

  private static final class Generator {
    private final long seed;
    private final int count;
    private final Path dir;
    private final ConcurrentHashMap<String, Path> dirs = new ConcurrentHashMap<>();
    final AtomicLong bytes = new AtomicLong();

    Generator(long seed, int count, Path dir) {
      this.seed = seed;
      this.count = count;
      this.dir = dir;
    }

    private SplittableRandom random(int number, long stream) {
      long h = mix(seed + 0x9E3779B97F4A7C15L);
      h = mix(h ^ (number * 0xD1B54A32D192ED03L));
      h = mix(h ^ (stream * 0xAEF17502108EF2D9L));
      return new SplittableRandom(h);
    }

    private static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }

    void write(int number) {
      Identity id = identity(number);
      SplittableRandom random = random(number, 1);
      StringBuilder out = new StringBuilder(6144);
      article(out, id, random);
      byte[] content = out.toString().getBytes(StandardCharsets.UTF_8);
      String utcDate = utcDate(id.epochSecond());
      String year = utcDate.substring(0, 4);
      String month = utcDate.substring(5, 7);
      Path parent = dirs.computeIfAbsent(year + "/" + month, this::createDirectory);
      Path file = parent.resolve(utcDate + "-" + id.slug() + "-" + number + ".md");
      try {
        Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bytes.addAndGet(content.length);
    }

    private Path createDirectory(String relative) {
      try {
        return Files.createDirectories(dir.resolve(relative));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The article's identity; the same draws in the same order whoever asks. */
    Identity identity(int number) {
      SplittableRandom r = random(number, 0);
      long epoch = START_EPOCH + r.nextLong(SPAN_SECONDS);
      if (r.nextInt(10) < 7) {
        epoch -= epoch % 60; // most feeds give whole minutes
      }
      int offset = r.nextInt(100) < 3 ? 8 : 0;
      Provider provider = PROVIDERS.get(skewed(r, PROVIDERS.size()));
      String title = title(r);
      String slug = slug(title);
      String excerpt = excerpt(r, 200 + r.nextInt(101));
      String date = utcDate(epoch);
      String path;
      boolean slash;
      switch (provider.pathStyle()) {
        case 0 -> {
          path = "/" + date.replace('-', '/') + "/" + slug + "-" + number + "/";
          slash = true;
        }
        case 1 -> {
          path = "/articles/" + slug + "-" + number;
          slash = false;
        }
        case 2 -> {
          path = "/" + SECTIONS[r.nextInt(SECTIONS.length)] + "/" + slug + "-" + number + ".html";
          slash = false;
        }
        default -> {
          path = "/" + date.substring(0, 7).replace('-', '/') + "/" + slug + "-" + number;
          slash = false;
        }
      }
      if (!slash && !path.endsWith(".html") && r.nextInt(10) == 0) {
        path += "/";
        slash = true;
      }
      String webUrl = "https://" + provider.host() + path;
      if (r.nextInt(10) == 0) {
        webUrl += UTM[r.nextInt(UTM.length)];
      }
      String amp = null;
      String cdnAmp = null;
      if (r.nextBoolean()) {
        String ampPath = slash ? path + "amp/" : "/amp" + path;
        amp = "https://" + provider.host() + ampPath;
        cdnAmp =
            "https://" + provider.host().replace("-", "--").replace('.', '-')
                + ".cdn.ampproject.org/c/s/" + provider.host() + ampPath;
      }
      String type = r.nextInt(20) == 0 ? "video" : "article";
      int quality = 10 + (int) (240 * Math.pow(r.nextDouble(), 2));
      int imageCount = r.nextInt(10) < 2 ? 0 : r.nextInt(10) < 8 ? 1 : 2;
      List<int[]> images = new ArrayList<>(imageCount);
      for (int i = 0; i < imageCount; i++) {
        images.add(IMAGE_SIZES[r.nextInt(IMAGE_SIZES.length)]);
      }
      return new Identity(
          number, epoch, offset, title, slug, excerpt, provider, path, webUrl, amp, cdnAmp, type,
          quality, images);
    }

    private void article(StringBuilder out, Identity id, SplittableRandom r) {
      out.append("---\n");
      out.append("category: ").append(r.nextInt(20) == 0 ? "blog" : "news").append('\n');
      quoted(out, "", "title", id.title());
      quoted(out, "", "excerpt", id.excerpt());
      out.append("publishedDateTime: ");
      dateTime(out, id.epochSecond(), id.offsetHours());
      out.append('\n');
      String originalUrl = id.webUrl();
      if (r.nextInt(10) == 0) {
        int query = originalUrl.indexOf('?');
        originalUrl =
            query >= 0 ? originalUrl.substring(0, query) : originalUrl + "?ref=rss";
      }
      quoted(out, "", "originalUrl", originalUrl);
      quoted(out, "", "webUrl", id.webUrl());
      if (id.ampWebUrl() != null) {
        quoted(out, "", "ampWebUrl", id.ampWebUrl());
        quoted(out, "", "cdnAmpWebUrl", id.cdnAmpWebUrl());
      }
      out.append("type: ").append(id.type()).append('\n');
      out.append("quality: ").append(id.quality()).append('\n');
      int heat = switch (r.nextInt(5)) {
        case 0, 1 -> -1;
        case 2, 3 -> id.quality();
        default -> r.nextInt(500);
      };
      out.append("heat: ").append(heat).append('\n');
      out.append("published: ").append(r.nextInt(10) == 0).append("\n\n");

      provider(out, "", id.provider(), true);
      out.append('\n');

      out.append("topics:\n");
      int topicCount = 1 + (int) (4 * Math.pow(r.nextDouble(), 1.5));
      Set<String> topics = new LinkedHashSet<>();
      while (topics.size() < topicCount) {
        topics.add(TOPICS.get(skewed(r, TOPICS.size())));
      }
      for (String topic : topics) {
        out.append("  - ").append(topic).append('\n');
      }
      if (!id.images().isEmpty()) {
        out.append("\nimages:\n");
        images(out, "  ", id);
      }

      if (r.nextInt(3) == 0) {
        out.append("\nrelated:\n");
        int relatedCount = 1 + r.nextInt(5);
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int i = 0; i < relatedCount; i++) {
          if (count > 1 && r.nextInt(10) < 7) {
            int target = r.nextInt(count - 1);
            if (target >= id.number()) {
              target++;
            }
            if (chosen.add(target)) {
              Identity story = identity(target);
              related(out, story, equivalent(story.webUrl(), r));
            }
          } else {
            Identity outside = outside(id, r);
            related(out, outside, outside.webUrl());
          }
        }
      }

      out.append('\n');
      out.append("secured: \"");
      int length = 250 + r.nextInt(40);
      for (int i = 0; i < length; i++) {
        out.append(BASE64[r.nextInt(64)]);
      }
      out.append("=;");
      for (int i = 0; i < 22; i++) {
        out.append(BASE64[r.nextInt(64)]);
      }
      out.append("==\"\n");
      out.append("---\n\n");
      body(out, id, r);
    }

    /** A related story that points outside the corpus: its path ends in a hex id, not a number. */
    private Identity outside(Identity from, SplittableRandom r) {
      Provider provider = PROVIDERS.get(r.nextInt(PROVIDERS.size()));
      String title = title(r);
      String slug = slug(title);
      StringBuilder hex = new StringBuilder("x");
      for (int i = 0; i < 10; i++) {
        hex.append(HEX[r.nextInt(16)]);
      }
      String path = "/news/" + slug + "-" + hex;
      String webUrl = "https://" + provider.host() + path;
      String amp = null;
      String cdnAmp = null;
      if (r.nextBoolean()) {
        amp = "https://" + provider.host() + "/amp" + path;
        cdnAmp =
            "https://" + provider.host().replace("-", "--").replace('.', '-')
                + ".cdn.ampproject.org/c/s/" + provider.host() + "/amp" + path;
      }
      List<int[]> images = new ArrayList<>();
      if (r.nextInt(4) != 0) {
        images.add(IMAGE_SIZES[r.nextInt(IMAGE_SIZES.length)]);
      }
      long epoch = from.epochSecond() + r.nextLong(6 * 24 * 3600) - 3 * 24 * 3600;
      epoch -= epoch % 60;
      return new Identity(
          -1, epoch, 0, title, slug, excerpt(r, 120 + r.nextInt(160)), provider, path, webUrl,
          amp, cdnAmp, "article", 10 + r.nextInt(200), images);
    }

    /** The URL as written, or an equivalent form of it. */
    private static String equivalent(String url, SplittableRandom r) {
      int kind = r.nextInt(20);
      if (kind < 10) {
        return url;
      }
      int hostStart = url.indexOf("://") + 3;
      int pathStart = url.indexOf('/', hostStart);
      int query = url.indexOf('?');
      if (kind < 13) { // upper-case host
        return url.substring(0, hostStart)
            + url.substring(hostStart, pathStart).toUpperCase(Locale.ROOT)
            + url.substring(pathStart);
      }
      if (kind < 16) { // trailing slash added or removed
        String path = query < 0 ? url : url.substring(0, query);
        String rest = query < 0 ? "" : url.substring(query);
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/";
        return path + rest;
      }
      // extra utm_ parameters
      return url + (query < 0 ? "?" : "&") + EXTRA_UTM[r.nextInt(EXTRA_UTM.length)];
    }

    private void related(StringBuilder out, Identity story, String webUrl) {
      quoted(out, "  - ", "title", story.title());
      quoted(out, "    ", "excerpt", story.excerpt());
      out.append("    publishedDateTime: ");
      dateTime(out, story.epochSecond(), story.offsetHours());
      out.append('\n');
      quoted(out, "    ", "webUrl", webUrl);
      if (story.ampWebUrl() != null) {
        quoted(out, "    ", "ampWebUrl", story.ampWebUrl());
        quoted(out, "    ", "cdnAmpWebUrl", story.cdnAmpWebUrl());
      }
      out.append("    type: ").append(story.type()).append('\n');
      provider(out, "    ", story.provider(), false);
      out.append("    quality: ").append(story.quality()).append('\n');
      if (!story.images().isEmpty()) {
        out.append("    images:\n");
        images(out, "      ", story);
      }
    }

    private static void provider(
        StringBuilder out, String indent, Provider provider, boolean logo) {
      out.append(indent).append("provider:\n");
      out.append(indent).append("  name: ").append(provider.name()).append('\n');
      out.append(indent).append("  domain: ").append(provider.domain()).append('\n');
      if (logo && provider.logo()) {
        out.append(indent).append("  images:\n");
        out.append(indent)
            .append("    - url: \"https://everyday-cc.github.io/news/assets/images/organizations/")
            .append(provider.domain())
            .append("-50x50.jpg\"\n");
        out.append(indent).append("      width: 50\n");
        out.append(indent).append("      height: 50\n");
      }
    }

    private static void images(StringBuilder out, String indent, Identity id) {
      String date = utcDate(id.epochSecond());
      String slug = id.slug().length() > 40 ? id.slug().substring(0, 40) : id.slug();
      for (int i = 0; i < id.images().size(); i++) {
        int[] size = id.images().get(i);
        out.append(indent).append("- url: \"https://cdn.").append(id.provider().domain())
            .append("/images/").append(date, 0, 4).append('/').append(date, 5, 7).append('/')
            .append(slug).append('-').append(i + 1).append(".jpg\"\n");
        out.append(indent).append("  width: ").append(size[0]).append('\n');
        out.append(indent).append("  height: ").append(size[1]).append('\n');
        out.append(indent).append("  isCached: true\n");
      }
    }

    private static void body(StringBuilder out, Identity id, SplittableRandom r) {
      out.append(id.excerpt().endsWith(" ...")
              ? id.excerpt().substring(0, id.excerpt().length() - 4) + "."
              : id.excerpt())
          .append("\n\n");
      out.append("## ").append(HEADINGS[r.nextInt(HEADINGS.length)]).append("\n\n");
      int sentences = 3 + r.nextInt(5);
      for (int i = 0; i < sentences; i++) {
        if (i > 0) {
          out.append(' ');
        }
        out.append(sentence(r));
      }
      out.append("\n\n");
      if (r.nextBoolean()) {
        int bullets = 2 + r.nextInt(3);
        for (int i = 0; i < bullets; i++) {
          out.append("- ").append(sentence(r)).append('\n');
        }
        out.append('\n');
      }
      out.append("[Read the full story at ").append(id.provider().name()).append("](")
          .append(id.webUrl()).append(")\n");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  /** An index in [0, size) that favours small indices: a few providers and topics dominate. */
  private static int skewed(SplittableRandom r, int size) {
    double u = r.nextDouble();
    return (int) (size * u * u);
  }

  private static String pick(SplittableRandom r, String[] words) {
    return words[r.nextInt(words.length)];
  }

  /** A title of 5 to 14 words. */
  private static String title(SplittableRandom r) {
    while (true) {
      StringBuilder title = new StringBuilder();
      title.append(pick(r, COMPANIES)).append(' ').append(pick(r, VERBS)).append(' ');
      int adjectives = r.nextInt(3);
      for (int i = 0; i < adjectives; i++) {
        title.append(pick(r, ADJECTIVES)).append(' ');
      }
      title.append(pick(r, NOUNS));
      if (r.nextInt(3) > 0) {
        title.append(' ').append(pick(r, TAILS));
      }
      if (r.nextInt(100) < 5) {
        title.append(r.nextBoolean() ? " in " : " at ").append(pick(r, NON_ASCII));
      } else if (r.nextInt(3) == 0) {
        title.append(" in ").append(pick(r, PLACES));
      }
      if (r.nextInt(5) == 0) {
        title.append(pick(r, SUFFIXES));
      }
      int words = 1;
      for (int i = 0; i < title.length(); i++) {
        if (title.charAt(i) == ' ') {
          words++;
        }
      }
      if (words < 5 || words > 14) {
        continue;
      }
      String text = title.toString();
      return r.nextInt(10) < 3 ? titleCase(text) : text;
    }
  }

  private static String titleCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean start = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ';
    }
    return out.toString();
  }

  /** About {@code length} characters of sentences, cut at a word and sometimes ended with "...". */
  private static String excerpt(SplittableRandom r, int length) {
    StringBuilder text = new StringBuilder(length + 200);
    while (text.length() < length) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(sentence(r));
    }
    if (text.length() > length + 40 && r.nextBoolean()) {
      int cut = text.lastIndexOf(" ", length);
      if (cut > 0) {
        text.setLength(cut);
        text.append(" ...");
      }
    }
    return text.toString();
  }

  private static String sentence(SplittableRandom r) {
    String template = pick(r, SENTENCES);
    StringBuilder out = new StringBuilder(template.length() + 40);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '{') {
        out.append(c);
        continue;
      }
      int close = template.indexOf('}', i);
      String key = template.substring(i + 1, close);
      i = close;
      switch (key) {
        case "C", "C2" -> out.append(pick(r, COMPANIES));
        case "V" -> out.append(pick(r, VERBS));
        case "A" -> out.append(pick(r, ADJECTIVES));
        case "N" -> out.append(pick(r, NOUNS));
        case "P" -> out.append(pick(r, PLACES));
        case "G", "G2" -> out.append(pick(r, GROUPS));
        case "M" -> out.append(pick(r, MONTHS));
        case "W" -> out.append(pick(r, DAYS));
        case "Y" -> out.append(2021 + r.nextInt(6));
        case "D" -> out.append(2 + r.nextInt(98));
        case "R" -> out.append(PROVIDERS.get(r.nextInt(PROVIDERS.size())).name());
        default -> throw new IllegalStateException("unknown placeholder " + key);
      }
    }
    char first = out.charAt(0);
    if (Character.isLowerCase(first)) {
      out.setCharAt(0, Character.toUpperCase(first));
    }
    return out.toString();
  }

  /** The title's file-name and URL form: lower-case ASCII letters and digits between hyphens. */
  static String slug(String title) {
    String text = title;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        text = Normalizer.normalize(text, Normalizer.Form.NFD);
        break;
      }
    }
    StringBuilder slug = new StringBuilder(Math.min(text.length(), 64));
    for (int i = 0; i < text.length() && slug.length() < 60; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        slug.append(c);
      } else if (c < 128 && c != '\'' && slug.length() > 0
          && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
    }
    while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
      slug.setLength(slug.length() - 1);
    }
    return slug.length() == 0 ? "article" : slug.toString();
  }

  /** {@code 2021-12-14}: the UTC date of an instant. */
  private static String utcDate(long epochSecond) {
    return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC).toLocalDate().toString();
  }

  /** {@code indent key: "value"} with the value escaped for a YAML double-quoted scalar. */
  private static void quoted(StringBuilder out, String indent, String key, String value) {
    out.append(indent).append(key).append(": \"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    out.append("\"\n");
  }

  /** {@code 2021-12-14T03:22:00Z}, or the same instant as local time with a +HH:00 offset. */
  private static void dateTime(StringBuilder out, long epochSecond, int offsetHours) {
    LocalDateTime local =
        LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.ofHours(offsetHours));
    out.append(local.getYear()).append('-');
    two(out, local.getMonthValue());
    out.append('-');
    two(out, local.getDayOfMonth());
    out.append('T');
    two(out, local.getHour());
    out.append(':');
    two(out, local.getMinute());
    out.append(':');
    two(out, local.getSecond());
    if (offsetHours == 0) {
      out.append('Z');
    } else {
      out.append(offsetHours > 0 ? '+' : '-');
      two(out, Math.abs(offsetHours));
      out.append(":00");
    }
  }

  private static void two(StringBuilder out, int value) {
    if (value < 10) {
      out.append('0');
    }
    out.append(value);
  }
}
