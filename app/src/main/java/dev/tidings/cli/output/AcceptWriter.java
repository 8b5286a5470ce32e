package dev.tidings.cli.output;

import dev.tidings.browse.Accepted;
import dev.tidings.browse.WritableUrls;
import dev.tidings.model.TimelineEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Writes what {@code tidings} prints on accept: the accepted items in an {@link AcceptFormat}, one
 * record each ended by a newline (or NUL with {@code --print0}), in UTF-8, after the key line of
 * {@code --expect}. Records of items with a timeline row are those of {@code tidings list} ({@link
 * RowWriter}); an item without one (a marked related story not in the timeline) is written with
 * what is known, its URL: JSON nulls, empty tab-separated fields, the URL as the Markdown title; in
 * the {@code path} format it is left out and named on stderr. A URL {@link WritableUrls} refuses is
 * never written, in any format (reported on stderr as by {@link UrlWriter}). Not thread-safe.
 */
public final class AcceptWriter {

  private final AcceptFormat format;
  private final boolean print0;
  private final OutputStream out;
  private final PrintStream err;
  private final RowWriter rows;

  /**
   * @param format what to write of each item; never null
   * @param zone the zone of dates in {@code tsv} and {@code json}; never null
   * @param print0 whether to end each record with NUL instead of a newline
   * @param out where the records go; never null
   * @param err where items that are not written are reported; never null
   */
  public AcceptWriter(
      AcceptFormat format, ZoneId zone, boolean print0, OutputStream out, PrintStream err) {
    this.format = Objects.requireNonNull(format, "format");
    this.print0 = print0;
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    ListFormat list = format.listFormat() == null ? ListFormat.URL : format.listFormat();
    this.rows = new RowWriter(list, zone, print0, out, err);
  }

  /**
   * Writes the line of {@code --expect}: the name of the key that accepted, empty for Enter.
   *
   * @param keyName the name; never null
   * @throws IOException if {@code out} cannot be written
   */
  public void keyLine(String keyName) throws IOException {
    record(keyName);
  }

  /**
   * Writes the items that may be written, in order. Does not flush.
   *
   * @param items the accepted items; never null
   * @return how many records were written
   * @throws IOException if {@code out} cannot be written
   */
  public int write(List<Accepted> items) throws IOException {
    int written = 0;
    for (Accepted item : items) {
      if (write(item)) {
        written++;
      }
    }
    return written;
  }

  private boolean write(Accepted item) throws IOException {
    String url = item.url();
    if (format == AcceptFormat.URL) {
      return UrlWriter.write(url, null, print0, out, err);
    }
    String refusal = WritableUrls.refusal(url);
    if (refusal != null) {
      // Says why, on stderr, as for the url format; writes nothing.
      return UrlWriter.write(url, null, print0, OutputStream.nullOutputStream(), err);
    }
    TimelineEntry row = item.row();
    if (format == AcceptFormat.MARKDOWN) {
      return record(MarkdownLine.item(row == null ? "" : row.title(), url));
    }
    if (row != null) {
      return rows.write(row);
    }
    return switch (format) {
      case JSON -> record(RowText.json(url));
      case TSV -> record(RowText.tsv(url));
      default -> {
        err.println(
            "tidings: not written, no file (a related story not in the timeline): "
                + Escapes.printable(url));
        yield false;
      }
    };
  }

  private boolean record(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.write(print0 ? 0 : '\n');
    return true;
  }
}
