package dev.tidings.repository;

import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import dev.tidings.model.SearchTextWriter;
import dev.tidings.model.TimelineEntry;
import dev.tidings.repository.read.ArticleFormatException;
import dev.tidings.repository.read.ArticleReader;
import dev.tidings.repository.read.IndexRecord;
import dev.tidings.repository.store.PersistentIndex;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Indexes one file, on a parse thread: makes what the timeline index keeps of it, its {@link
 * IndexRecord} (decoded from the persistent index when the file is unchanged, else read from the
 * file), its timeline row, and the keys of its links; or the problem that keeps it out. Each parse
 * thread writes the rows' search texts into chunks of its own ({@link SearchTextWriter}), before
 * the rows are handed to the index thread. Thread-safe.
 */
final class FileIndexer {

  /**
   * A file to index, as a walk found it.
   *
   * @param key the file version found; never null
   * @param stored its record in the persistent index, encoded; null when there is none
   */
  record Found(FileKey key, byte[] stored) {}

  /**
   * What indexing one file gave: a record with its row and link keys, or a problem.
   *
   * @param key the file version indexed; never null
   * @param record its record; null when there is a problem
   * @param entry its timeline row; null when there is a problem
   * @param ownKeys the keys of its own URLs ({@link Links#keys}); null when there is a problem
   * @param relatedKeys the keys of the URLs it names; null when there is a problem
   * @param problem why the file is not in the timeline; null when it is
   * @param fromStore whether the record came from the persistent index (so need not be saved)
   */
  record Indexed(
      FileKey key,
      IndexRecord record,
      TimelineEntry entry,
      long[] ownKeys,
      long[] relatedKeys,
      Problem problem,
      boolean fromStore) {}

  private final ArticleReader reader;
  /** One string per provider name, domain, host and topic, shared by all its rows. */
  private final Map<String, String> shared = new ConcurrentHashMap<>();
  /** Each parse thread's writer of search texts. */
  private final ThreadLocal<SearchTextWriter> writers =
      ThreadLocal.withInitial(SearchTextWriter::new);

  FileIndexer(ArticleReader reader) {
    this.reader = reader;
  }

  /**
   * Indexes one file: from its stored record when that is of the same file version, else from the
   * file. Never throws: a file that cannot be used is a problem.
   *
   * @param file the file; never null
   * @return what it gave; never null
   */
  Indexed index(Found file) {
    FileKey key = file.key();
    IndexRecord stored =
        file.stored() == null ? null : PersistentIndex.decodeCurrent(key, file.stored());
    if (stored != null) {
      return indexed(key, stored, true);
    }
    try {
      return indexed(key, reader.readRecord(key), false);
    } catch (IOException e) {
      return failed(key, new Problem(key.path(), 0, Problem.Kind.UNREADABLE, Problem.describe(e)));
    } catch (ArticleFormatException e) {
      return failed(key, new Problem(key.path(), e.line(), e.kind(), e.getMessage()));
    } catch (RuntimeException e) {
      // A defect in reading must cost one file, not the index.
      return failed(
          key,
          new Problem(
              key.path(), 0, Problem.Kind.UNREADABLE, "cannot index: " + Problem.describe(e)));
    }
  }

  private Indexed indexed(FileKey key, IndexRecord record, boolean fromStore) {
    return new Indexed(
        key,
        record,
        record.entry(this::shared, writers.get()),
        Links.keys(record.ownUrls()),
        Links.keys(record.relatedUrls()),
        null,
        fromStore);
  }

  private static Indexed failed(FileKey key, Problem problem) {
    return new Indexed(key, null, null, null, null, problem, false);
  }

  /** @return the string all rows share that is equal to {@code text} */
  private String shared(String text) {
    String known = shared.putIfAbsent(text, text);
    return known == null ? text : known;
  }
}
