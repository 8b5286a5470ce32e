package dev.tidings.browse.query;

import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.SearchText;
import dev.tidings.model.TimelineEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Rows with every field a query reads, for the query tests. */
final class Rows {

  private Rows() {}

  /** A row built field by field; the defaults make a plain dated article. */
  static final class Row {
    private final String name;
    private String title = "Untitled";
    private String provider = "Provider";
    private String domain;
    private String url;
    private String host;
    private List<String> topics = List.of();
    private String excerpt = "";
    private Instant published = Instant.parse("2021-12-14T03:22:00Z");
    private DateSource dateSource = DateSource.FRONT_MATTER;
    private Integer quality;
    private Integer heat;
    private boolean related;
    private boolean repaired;

    Row(String name) {
      this.name = name;
    }

    Row title(String value) {
      title = value;
      return this;
    }

    Row provider(String name, String domain) {
      this.provider = name;
      this.domain = domain;
      return this;
    }

    Row url(String value, String hostOfIt) {
      url = value;
      host = hostOfIt;
      return this;
    }

    Row topics(String... values) {
      topics = List.of(values);
      return this;
    }

    Row excerpt(String value) {
      excerpt = value;
      return this;
    }

    Row published(String instant) {
      published = instant == null ? null : Instant.parse(instant);
      return this;
    }

    Row undated() {
      dateSource = DateSource.FILE_MODIFIED;
      return this;
    }

    Row scores(Integer qualityScore, Integer heatScore) {
      quality = qualityScore;
      heat = heatScore;
      return this;
    }

    Row related() {
      related = true;
      return this;
    }

    Row repaired() {
      repaired = true;
      return this;
    }

    TimelineEntry build() {
      return new TimelineEntry(
          new FileKey(Path.of("/news/" + name + ".md"), Instant.EPOCH, 1),
          published,
          dateSource,
          title,
          provider,
          url,
          domain,
          host,
          topics,
          quality,
          heat,
          related,
          repaired,
          SearchText.of(title, provider, domain, topics, excerpt));
    }
  }

  static Row row(String name) {
    return new Row(name);
  }
}
