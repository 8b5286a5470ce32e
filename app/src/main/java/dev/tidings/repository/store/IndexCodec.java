package dev.tidings.repository.store;

import dev.tidings.model.DateSource;
import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import dev.tidings.repository.read.IndexRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes {@link PersistentIndex} keeps per file: an {@link IndexRecord} without its path, which is
 * the key. Changing this layout means bumping {@link PersistentIndex#FORMAT_VERSION}.
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
 * </ol>
 *
 * <p>A string is {@code var} (length << 1 | form) and then its bytes: form 0 is UTF-8 of length
 * bytes; form 1 is UTF-16BE of length chars, used only for text with an unpaired surrogate, which
 * UTF-8 cannot carry and {@link String#getBytes} would silently replace.
 */
final class IndexCodec {

  private static final int URL_NONE = 0;
  private static final int URL_INLINE = 1;
  private static final int URL_OWN = 2;

  private IndexCodec() {}

  /**
   * @param record the record; never null
   * @return its bytes, without its path
   */
  static byte[] encode(IndexRecord record) {
    Out out = new Out();
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
    In in = new In(bytes);
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
          notes);
    } catch (ArrayIndexOutOfBoundsException | DateTimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static List<Problem> notes(Path path, In in) {
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

  /** A growable byte buffer; cheaper than DataOutputStream over ByteArrayOutputStream. */
  private static final class Out {
    private byte[] bytes = new byte[256];
    private int length;

    void raw(int b) {
      ensure(1);
      bytes[length++] = (byte) b;
    }

    void varLong(long value) {
      ensure(10);
      long v = value;
      while ((v & ~0x7FL) != 0) {
        bytes[length++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      bytes[length++] = (byte) v;
    }

    void instant(Instant instant) {
      long seconds = instant.getEpochSecond();
      varLong((seconds << 1) ^ (seconds >> 63));
      varLong(instant.getNano());
    }

    void string(String s) {
      if (hasUnpairedSurrogate(s)) {
        varLong(((long) s.length() << 1) | 1);
        ensure(s.length() * 2);
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          bytes[length++] = (byte) (c >>> 8);
          bytes[length++] = (byte) c;
        }
      } else {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        varLong((long) utf8.length << 1);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
      }
    }

    void list(List<String> strings) {
      varLong(strings.size());
      for (String s : strings) {
        string(s);
      }
    }

    byte[] toByteArray() {
      return Arrays.copyOf(bytes, length);
    }

    private void ensure(int more) {
      if (length + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
      }
    }

    private static boolean hasUnpairedSurrogate(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)
            && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Reads what {@link Out} wrote; every overrun surfaces as an exception, never a wrong value. */
  private static final class In {
    private final byte[] bytes;
    private int position;

    In(byte[] bytes) {
      this.bytes = bytes;
    }

    int remaining() {
      return bytes.length - position;
    }

    int raw() {
      return bytes[position++] & 0xFF;
    }

    long varLong() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = bytes[position++];
        value |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("varint longer than 10 bytes");
    }

    int length(long limit) {
      long n = varLong();
      if (n < 0 || n > limit) {
        throw new IllegalArgumentException("length " + n + " past the end");
      }
      return (int) n;
    }

    Instant instant() {
      long zigzag = varLong();
      long seconds = (zigzag >>> 1) ^ -(zigzag & 1);
      long nanos = varLong();
      if (nanos < 0 || nanos > 999_999_999L) {
        throw new IllegalArgumentException("nanoseconds out of range: " + nanos);
      }
      return Instant.ofEpochSecond(seconds, nanos);
    }

    String string() {
      long header = varLong();
      if (header < 0) {
        throw new IllegalArgumentException("bad string header");
      }
      long count = header >>> 1;
      if ((header & 1) == 0) {
        if (count > remaining()) {
          throw new IllegalArgumentException("string of " + count + " bytes past the end");
        }
        String s = new String(bytes, position, (int) count, StandardCharsets.UTF_8);
        position += (int) count;
        return s;
      }
      if (count > remaining() / 2) {
        throw new IllegalArgumentException("string of " + count + " chars past the end");
      }
      char[] chars = new char[(int) count];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (((bytes[position] & 0xFF) << 8) | (bytes[position + 1] & 0xFF));
        position += 2;
      }
      return new String(chars);
    }

    List<String> list() {
      // Each string takes at least one byte, which bounds the count before allocating.
      String[] strings = new String[length(remaining())];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = string();
      }
      return List.of(strings);
    }
  }
}
