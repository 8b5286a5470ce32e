package dev.tidings.model;

import java.util.List;

/**
 * Writes the {@link SearchText} of rows into shared, append-only arrays ("chunks") of {@value
 * #CHUNK_BYTES} bytes (as {@code long}s, 8 bytes each): each text is folded, laid out and given
 * its Bloom filter in a scratch buffer, then copied to the end of the current chunk (a new chunk
 * is started when it does not fit; a text larger than a chunk gets an array of its own). Bytes once written are never changed,
 * so a text may be handed to other threads once built, as rows are. The bytes of a row that is
 * replaced or removed stay in their chunk until every row of the chunk is gone.
 *
 * <p>Not thread-safe: one writer per thread (the index keeps one per parse thread).
 */
public final class SearchTextWriter {

  /** Size of a shared chunk. */
  public static final int CHUNK_BYTES = 1 << 20;

  /** Bytes of an excerpt that are kept, folded; search does not see past them. */
  public static final int MAX_EXCERPT_BYTES = 4096;

  /** Bytes of a title, provider, domain or topic that are kept, folded. */
  public static final int MAX_FIELD_BYTES = 1024;

  /** Bytes of all topics together that are kept; topics after them are not searched. */
  public static final int MAX_TOPICS_BYTES = 4096;

  private final int chunkBytes;
  private final Folding.Utf8 scratch = new Folding.Utf8(1024);
  private long[] chunk;
  /** Elements of {@code chunk} in use. */
  private int used;

  /** A writer with chunks of {@value #CHUNK_BYTES} bytes. */
  public SearchTextWriter() {
    this(CHUNK_BYTES);
  }

  /**
   * @param chunkBytes size of a chunk, in bytes; 0 for an array of its own per text (for rows
   *     built one at a time)
   */
  public SearchTextWriter(int chunkBytes) {
    this.chunkBytes = chunkBytes;
  }

  /**
   * Folds and appends the searchable fields of one row.
   *
   * @param title the title; never null
   * @param provider the provider's display name; never null
   * @param domain the provider's domain; null when none
   * @param topics the topics; never null
   * @param excerpt the excerpt, its HTML character references decoded; null when none
   * @return the row's search text; never null
   */
  public SearchText add(
      String title, String provider, String domain, List<String> topics, String excerpt) {
    Folding.Utf8 out = scratch;
    out.clear();
    for (int i = 0; i < SearchText.BLOOM_BYTES; i++) {
      out.raw(0);
    }
    field(SearchText.Field.TITLE, title, MAX_FIELD_BYTES);
    field(SearchText.Field.PROVIDER, provider, MAX_FIELD_BYTES);
    field(SearchText.Field.DOMAIN, domain, MAX_FIELD_BYTES);
    int topicsEnd = out.length + MAX_TOPICS_BYTES;
    for (String topic : topics) {
      if (out.length >= topicsEnd) {
        break;
      }
      field(SearchText.Field.TOPIC, topic, Math.min(MAX_FIELD_BYTES, topicsEnd - out.length));
    }
    field(SearchText.Field.EXCERPT, excerpt, MAX_EXCERPT_BYTES);
    bloom(out.bytes, out.length);
    TimelineEntry.SearchMask mask =
        TimelineEntry.SearchMask.ofUtf8(out.bytes, SearchText.BLOOM_BYTES, out.length);
    return place(out.bytes, out.length, mask);
  }

  private void field(SearchText.Field field, String text, int maxBytes) {
    scratch.raw(field.tag());
    if (text != null) {
      scratch.fold(text, maxBytes);
    }
  }

  /** Sets the Bloom filter's bits at the start of {@code bytes} from the fields after it. */
  private static void bloom(byte[] bytes, int length) {
    int previous = -1;
    for (int i = SearchText.BLOOM_BYTES; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20) {
        if (previous >= 0x20) {
          set(bytes, SearchText.bloomBit(previous, SearchText.END));
        }
        // Titles and topics are the fields that are matched from their start (title:^x, topic:x).
        previous = b == SearchText.Field.TITLE.tag() || b == SearchText.Field.TOPIC.tag() ? b : -1;
        continue;
      }
      if (previous >= 0) {
        set(bytes, SearchText.bloomBit(previous, b));
      }
      previous = b;
    }
    if (previous >= 0x20) {
      set(bytes, SearchText.bloomBit(previous, SearchText.END));
    }
  }

  private static void set(byte[] bytes, int bit) {
    bytes[bit >>> 3] |= (byte) (1 << (bit & 7));
  }

  private SearchText place(byte[] bytes, int length, TimelineEntry.SearchMask mask) {
    int words = (length + 7) >>> 3;
    long[] target;
    int at;
    if (words << 3 > chunkBytes) {
      target = new long[words];
      at = 0;
    } else {
      if (chunk == null || used + words > chunk.length) {
        chunk = new long[chunkBytes >>> 3];
        used = 0;
      }
      target = chunk;
      at = used;
      used += words;
    }
    for (int i = 0; i < words; i++) {
      long word = 0;
      int from = i << 3;
      for (int j = Math.min(7, length - 1 - from); j >= 0; j--) {
        word = word << 8 | (bytes[from + j] & 0xFFL);
      }
      target[at + i] = word;
    }
    return new SearchText(target, at << 3, length, mask.chars(), mask.pairs());
  }
}
