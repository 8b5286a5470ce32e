package dev.tidings.cli.output;

import dev.tidings.model.DateSource;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.read.FileNames;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The text {@code tidings list} writes for a timeline row, one line each (without its line end):
 * tab-separated values or a JSON object. Text from files is escaped ({@link Escapes}), so that a
 * line can neither be split nor steer a terminal; paths whose bytes are not UTF-8 show those bytes
 * as {@code \xHH} ({@link FileNames#shown}).
 */
public final class RowText {

  /** ISO 8601 with the offset: {@code 2021-12-14T04:22:00+01:00}, {@code Z} for UTC. */
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private RowText() {}

  /**
   * @param instant an instant; never null
   * @param zone the zone to write it in (the local zone, or UTC with {@code --utc}); never null
   * @return the date and time in that zone with its offset, to the second, ISO 8601 (RFC 3339),
   *     such as {@code 2021-12-14T03:22:00Z}; never null
   */
  public static String date(Instant instant, ZoneId zone) {
    return ISO.format(instant.atZone(zone));
  }

  /**
   * A tab-separated line (IANA {@code text/tab-separated-values}, without the header line, so that
   * lines can go through {@code sort} and {@code cut}): the publication date ({@link #date}; empty
   * for an undated article, whose date only stands in for one), provider, title, URL (empty when
   * there is none) and absolute path. Each field is escaped with {@link Escapes#tsvField}.
   *
   * @param row a timeline row; never null
   * @param zone the zone of the date; never null
   * @return the line; never null
   */
  public static String tsv(TimelineEntry row, ZoneId zone) {
    String date =
        row.published() == null || row.dateSource().undated() ? "" : date(row.published(), zone);
    return date
        + '\t'
        + Escapes.tsvField(row.provider())
        + '\t'
        + Escapes.tsvField(row.title())
        + '\t'
        + Escapes.tsvField(row.url() == null ? "" : row.url())
        + '\t'
        + Escapes.tsvField(FileNames.shown(row.key().path()));
  }

  /**
   * A JSON object (RFC 8259) with every field of the timeline row, written by {@link JsonLine}:
   * {@code published} ({@link #date}, or null when no date is known; for an undated article the
   * date that stands in for one), {@code dateSource} ({@code front-matter}, {@code file-name} or
   * {@code file-modified}: only the first is a publication date), {@code provider}, {@code title},
   * {@code url} (null when there is none), {@code providerDomain} (the front matter's provider
   * domain; null when none), {@code host} (the URL's host; null when none), {@code topics} (an
   * array of names), {@code quality} and {@code heat} (whole numbers, null when absent), {@code
   * hasRelated} and {@code repaired} (booleans), and the file's {@code path} (absolute), {@code
   * modified} (as {@code published}) and {@code size} (bytes). The row's search text is not
   * written: it is the title, provider, topics and excerpt folded (lower case, no accents) for
   * the query, not the text as written.
   *
   * @param row a timeline row; never null
   * @param zone the zone of the dates; never null
   * @return the object on one line; never null
   */
  public static String json(TimelineEntry row, ZoneId zone) {
    return JsonLine.object()
        .string("published", row.published() == null ? null : date(row.published(), zone))
        .string("dateSource", label(row.dateSource()))
        .string("provider", row.provider())
        .string("title", row.title())
        .string("url", row.url())
        .string("providerDomain", row.providerDomain())
        .string("host", row.host())
        .strings("topics", row.topics())
        .number("quality", row.quality())
        .number("heat", row.heat())
        .bool("hasRelated", row.hasRelated())
        .bool("repaired", row.repaired())
        .string("path", FileNames.shown(row.key().path()))
        .string("modified", date(row.key().modified(), zone))
        .number("size", row.key().size())
        .end();
  }

  /**
   * The tab-separated line of {@link #tsv} for a URL with no timeline row (a marked related story
   * that is not in the timeline): every field empty but the URL.
   *
   * @param url the URL; never null
   * @return the line; never null
   */
  public static String tsv(String url) {
    return "\t\t\t" + Escapes.tsvField(url) + '\t';
  }

  /**
   * The JSON object of {@link #json} for a URL with no timeline row (a marked related story that
   * is not in the timeline): the same members, each null but {@code url}.
   *
   * @param url the URL; never null
   * @return the object on one line; never null
   */
  public static String json(String url) {
    JsonLine line = JsonLine.object();
    for (String name : JSON_NAMES) {
      if (name.equals("url")) {
        line.string(name, url);
      } else {
        line.nothing(name);
      }
    }
    return line.end();
  }

  /** The members of {@link #json}, in order. */
  private static final String[] JSON_NAMES = {
    "published", "dateSource", "provider", "title", "url", "providerDomain", "host", "topics",
    "quality", "heat", "hasRelated", "repaired", "path", "modified", "size"
  };

  /**
   * Why a path is not written by {@code --format path}, which writes paths exactly, for other
   * programs to open: a name whose bytes are not UTF-8 cannot be written exactly ({@code the name
   * is not UTF-8}); without {@code --print0}, a path with a character {@link Escapes#printable}
   * escapes (a line break, a control or bidirectional formatting character) is not written either
   * ({@code the path has a control character}), since it would split the line or steer a terminal.
   *
   * @param path an absolute path; never null
   * @param print0 whether paths end with NUL, which no path holds
   * @return the reason, or null when the path may be written
   */
  public static String pathRefusal(Path path, boolean print0) {
    String text = path.toString();
    if (!FileNames.shown(path).equals(text)) {
      return "the name is not UTF-8";
    }
    if (!print0) {
      for (int i = 0; i < text.length(); i++) {
        if (Escapes.escaped(text.charAt(i))) {
          return "the path has a control character";
        }
      }
    }
    return null;
  }

  private static String label(DateSource source) {
    return source.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
