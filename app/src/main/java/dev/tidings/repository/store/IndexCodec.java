package dev.tidings.repository.store;

import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import dev.tidings.repository.read.IndexRecord;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes {@link PersistentIndex} keeps per file: an {@link IndexRecord} without its path, which
 * is the key. Changing this layout means bumping {@link IndexFile#FORMAT_VERSION}.
 *
 * <p>Layout, in order, where {@code var} is an unsigned LEB128 varint and {@code zig} a zigzag
 * varint (so that instants before 1970 stay short):
 *
 * <ol>
 *   <li>modified: {@code zig} epoch seconds, {@code var} nanoseconds; size: {@code var} bytes
 *   <li>published: one byte, the {@link DateSource}'s ordinal times 2, plus 1 when an instant
 *       follows ({@code zig} seconds, {@code var} nanos)
 *   <li>title, provider: strings
 *   <li>topics, own URLs: lists ({@code var} count, then strings)
 *   <li>url: {@code var} 0 for none, 1 followed by a string, or 2 + i when it equals own URL i
 *       (the usual case: webUrl is both the url and the first own URL, so it is stored once)
 *   <li>related URLs: a list
 *   <li>notes: {@code var} count, then for each the {@link Problem.Kind}'s ordinal as one byte,
 *       the line as {@code var} and the message as a string
 *   <li>excerpt: a string (empty when missing)
 *   <li>provider domain: {@code var} 0 for none, else 1 followed by a string
 *   <li>scores: one byte, 1 when a quality follows and 2 when a heat follows (3: both), then each
 *       present one as a {@code zig}
 *   <li>related stories: {@code var} count
 * </ol>
 *
 * <p>Varints, instants, strings and lists are written by {@link BytesOut} and read by {@link
 * BytesIn}, which state their forms.
 */
final class IndexCodec {

  private static final int URL_NONE = 0;
  private static final int URL_INLINE = 1;
  private static final int URL_OWN = 2;
  private static final int SCORE_QUALITY = 1;
  private static final int SCORE_HEAT = 2;

  private IndexCodec() {}

  /**
   * @param record the record; never null
   * @return its bytes, without its path
   */
  static byte[] encode(IndexRecord record) {
    BytesOut out = new BytesOut();
    FileKey key = record.key();
    out.instant(key.modified());
    out.varLong(key.size());
    Instant published = record.published();
    out.raw(record.dateSource().ordinal() << 1 | (published == null ? 0 : 1));
    if (published != null) {
      out.instant(published);
    }
    out.string(record.title());
    out.string(record.provider());
    out.list(record.topics());
    out.list(record.ownUrls());
    String url = record.url();
    int own = url == null ? -1 : record.ownUrls().indexOf(url);
    if (url == null) {
      out.varLong(URL_NONE);
    } else if (own >= 0) {
      out.varLong(URL_OWN + (long) own);
    } else {
      out.varLong(URL_INLINE);
      out.string(url);
    }
    out.list(record.relatedUrls());
    out.varLong(record.notes().size());
    for (Problem note : record.notes()) {
      out.raw(note.kind().ordinal());
      out.varLong(note.line());
      out.string(note.message());
    }
    out.string(record.excerpt());
    if (record.providerDomain() == null) {
      out.varLong(0);
    } else {
      out.varLong(1);
      out.string(record.providerDomain());
    }
    Integer quality = record.quality();
    Integer heat = record.heat();
    out.raw((quality == null ? 0 : SCORE_QUALITY) | (heat == null ? 0 : SCORE_HEAT));
    if (quality != null) {
      out.zigzag(quality);
    }
    if (heat != null) {
      out.zigzag(heat);
    }
    out.varLong(record.relatedCount());
    return out.toByteArray();
  }

  /**
   * @param path the record's path, the store's key; absolute
   * @param bytes what {@link #encode} made
   * @return the record
   * @throws IllegalArgumentException if {@code bytes} are not a whole record of this layout, or
   *     {@code path} is relative
   */
  static IndexRecord decode(Path path, byte[] bytes) {
    BytesIn in = new BytesIn(bytes);
    try {
      Instant modified = in.instant();
      long size = in.varLong();
      int dated = in.raw();
      DateSource[] sources = DateSource.values();
      if (dated >> 1 >= sources.length) {
        throw new IllegalArgumentException("bad published marker " + dated);
      }
      DateSource dateSource = sources[dated >> 1];
      Instant published = (dated & 1) == 0 ? null : in.instant();
      String title = in.string();
      String provider = in.string();
      List<String> topics = in.list();
      List<String> ownUrls = in.list();
      long urlTag = in.varLong();
      String url;
      if (urlTag == URL_NONE) {
        url = null;
      } else if (urlTag == URL_INLINE) {
        url = in.string();
      } else if (urlTag - URL_OWN < ownUrls.size()) {
        url = ownUrls.get((int) (urlTag - URL_OWN));
      } else {
        throw new IllegalArgumentException("bad url reference " + urlTag);
      }
      List<String> relatedUrls = in.list();
      List<Problem> notes = notes(path, in);
      String excerpt = in.string();
      long domainTag = in.varLong();
      if (domainTag > 1) {
        throw new IllegalArgumentException("bad domain marker " + domainTag);
      }
      String domain = domainTag == 0 ? null : in.string();
      int scores = in.raw();
      if (scores > (SCORE_QUALITY | SCORE_HEAT)) {
        throw new IllegalArgumentException("bad scores marker " + scores);
      }
      Integer quality = (scores & SCORE_QUALITY) == 0 ? null : in.zigzagInt();
      Integer heat = (scores & SCORE_HEAT) == 0 ? null : in.zigzagInt();
      int relatedCount = in.length(Integer.MAX_VALUE);
      if (in.remaining() != 0) {
        throw new IllegalArgumentException(in.remaining() + " bytes left over");
      }
      return new IndexRecord(
          new FileKey(path, modified, size),
          published,
          dateSource,
          title,
          provider,
          url,
          topics,
          ownUrls,
          relatedUrls,
          notes,
          excerpt,
          domain,
          quality,
          heat,
          relatedCount);
    } catch (ArrayIndexOutOfBoundsException | DateTimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static List<Problem> notes(Path path, BytesIn in) {
    // Each note takes at least three bytes, which bounds the count before allocating.
    int count = in.length(in.remaining() / 3);
    List<Problem> notes = new ArrayList<>(count);
    Problem.Kind[] kinds = Problem.Kind.values();
    for (int i = 0; i < count; i++) {
      int kind = in.raw();
      long line = in.varLong();
      if (kind >= kinds.length || kinds[kind].skips() || line < 0 || line > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("bad note " + kind + " at line " + line);
      }
      notes.add(new Problem(path, (int) line, kinds[kind], in.string()));
    }
    return notes;
  }
}
