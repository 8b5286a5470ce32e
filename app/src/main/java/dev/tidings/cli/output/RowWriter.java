package dev.tidings.cli.output;

import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.read.FileNames;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Writes the articles {@code tidings list} found to stdout, one record each in a {@link
 * ListFormat}, ended by a newline (or NUL with {@code --print0}), in UTF-8. A URL or path that may
 * not be written (see {@link UrlWriter} and {@link RowText#pathRefusal}) is reported on stderr,
 * naming the article's file, and left out; tab-separated and JSON records are always written, with
 * their text escaped. Not thread-safe.
 */
public final class RowWriter {

  private final ListFormat format;
  private final ZoneId zone;
  private final boolean print0;
  private final OutputStream out;
  private final PrintStream err;

  /**
   * @param format what to write of each row; never null
   * @param zone the zone of dates in {@code tsv} and {@code json}; never null
   * @param print0 whether to end each record with NUL instead of a newline
   * @param out stdout (better buffered: each record is written in a few calls); never null
   * @param err where refused URLs and paths are reported; never null
   */
  public RowWriter(
      ListFormat format, ZoneId zone, boolean print0, OutputStream out, PrintStream err) {
    this.format = Objects.requireNonNull(format, "format");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.print0 = print0;
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
  }

  /**
   * Writes one row's record, or reports why it is not written. Does not flush.
   *
   * @param row a timeline row; never null
   * @return whether a record was written
   * @throws IOException if stdout cannot be written
   */
  public boolean write(TimelineEntry row) throws IOException {
    Path path = row.key().path();
    return switch (format) {
      case URL -> UrlWriter.write(row.url(), shown(path), print0, out, err);
      case PATH -> path(path);
      case TSV -> record(RowText.tsv(row, zone));
      case JSON -> record(RowText.json(row, zone));
    };
  }

  private boolean path(Path path) throws IOException {
    String refusal = RowText.pathRefusal(path, print0);
    if (refusal != null) {
      err.println("tidings: " + shown(path) + ": not written, " + refusal);
      return false;
    }
    return record(path.toString());
  }

  private boolean record(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.write(print0 ? 0 : '\n');
    return true;
  }

  /** @return a path as a message shows it: bytes that are not UTF-8 as \xHH, controls escaped */
  private static String shown(Path path) {
    return Escapes.printable(FileNames.shown(path));
  }
}
