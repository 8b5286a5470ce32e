package dev.tidings.repository;

import dev.tidings.model.FileKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The files being indexed on the parse threads: handed over in batches, and each batch's results
 * handed back together, so that the index thread takes one task per batch rather than per file.
 * Index thread only, but for the parsing itself.
 */
final class Parsing {

  /** How many files a parse task reads before it hands them back. */
  private static final int PARSE_BATCH = 64;

  private final FileIndexer indexer;
  private final Executor parse;
  private final Consumer<List<FileIndexer.Indexed>> results;
  /** The file versions handed over and not back yet, by path. */
  private final Map<Path, FileKey> parsing = new HashMap<>(1 << 12);
  private volatile boolean closing;

  /**
   * @param indexer indexes each file; never null
   * @param parse runs the batches, in parallel; never null
   * @param results receives each batch's results on its parse thread, to hand them to the index
   *     thread; never null
   */
  Parsing(FileIndexer indexer, Executor parse, Consumer<List<FileIndexer.Indexed>> results) {
    this.indexer = indexer;
    this.parse = parse;
    this.results = results;
  }

  /** Hands files to the parse threads, in batches. */
  void start(List<FileIndexer.Found> files) {
    for (int from = 0; from < files.size(); from += PARSE_BATCH) {
      batch(files.subList(from, Math.min(files.size(), from + PARSE_BATCH)));
    }
  }

  private void batch(List<FileIndexer.Found> files) {
    if (closing) {
      return;
    }
    List<FileIndexer.Found> batch = List.copyOf(files);
    for (FileIndexer.Found file : batch) {
      parsing.put(file.key().path(), file.key());
    }
    try {
      parse.execute(() -> indexAll(batch));
    } catch (RejectedExecutionException closed) {
      for (FileIndexer.Found file : batch) {
        parsing.remove(file.key().path());
      }
    }
  }

  /** On a parse thread: indexes a batch and hands the results back at once. */
  private void indexAll(List<FileIndexer.Found> batch) {
    List<FileIndexer.Indexed> indexed = new ArrayList<>(batch.size());
    for (FileIndexer.Found file : batch) {
      if (closing) {
        break;
      }
      indexed.add(indexer.index(file));
    }
    results.accept(indexed);
  }

  /** @return whether this very file version is being parsed */
  boolean has(FileKey key) {
    return key.equals(parsing.get(key.path()));
  }

  /**
   * A file version's result is back.
   *
   * @return whether it is still wanted: the version handed over last for its path, not dropped
   */
  boolean done(FileKey key) {
    return parsing.remove(key.path(), key);
  }

  /** The file at {@code path} is gone: a result for it is no longer wanted. */
  void drop(Path path) {
    parsing.remove(path);
  }

  /** @return how many files are being parsed */
  int count() {
    return parsing.size();
  }

  /** Hands nothing more over, and has the parse threads stop at their next file. */
  void close() {
    closing = true;
  }
}
