package dev.tidings.repository.store;

import dev.tidings.model.FileKey;
import dev.tidings.repository.read.IndexRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * The persistent index: one {@link IndexRecord} per article file, kept between runs so that a start
 * over an unchanged directory reads the records back instead of parsing every file again.
 *
 * <p>The store is one H2 MVStore file in the cache directory, named and opened by {@link
 * IndexFile}, which also states the file's layout and when to bump its {@linkplain
 * IndexFile#FORMAT_VERSION format version}; the lock and the failure rules are {@link
 * StoreGuard}'s.
 *
 * <p><b>Failures.</b> The store is a cache: nothing here throws for a damaged, foreign, locked or
 * unwritable cache. {@link #open} reports such a cache in one plain-words message to its {@code
 * warnings} and either starts afresh or runs without a store. Damage found later, while loading or
 * writing, is reported once; the store then deletes its file, so the next start rebuilds it, and
 * for the rest of this run loads nothing and drops updates.
 *
 * <p><b>Threads and processes.</b> Safe for one thread calling {@link #update} while others call
 * {@link #load}; a load running alongside an update may see part of it. {@link #close} waits for
 * running calls. The file is locked while open, so a second tidings on the same cache directory
 * gets no store from {@link #open} and runs without one; two processes never write one file.
 */
public final class PersistentIndex implements AutoCloseable {

  private final StoreGuard guard;
  private final MVMap<String, byte[]> records;

  /** @param guard the open store; never null */
  PersistentIndex(StoreGuard guard) {
    this.guard = guard;
    this.records = guard.records();
  }

  /**
   * Where the cache lives, after the XDG Base Directory Specification: {@code
   * $XDG_CACHE_HOME/tidings} when {@code XDG_CACHE_HOME} is set to an absolute path, else {@code
   * ~/.cache/tidings}. The specification says a relative value is invalid and to be ignored, as is
   * an empty one.
   *
   * @param env the environment, as from {@link System#getenv()}; never null
   * @param userHome the user's home directory, as from the {@code user.home} property; never null
   * @return the directory, which may not exist yet; never null
   * @throws NullPointerException if an argument is null
   */
  public static Path defaultDirectory(Map<String, String> env, String userHome) {
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(userHome, "userHome");
    return IndexFile.defaultDirectory(env, userHome);
  }

  /**
   * Opens the store in {@code directory}, creating the directory and the file when needed.
   *
   * <ul>
   *   <li>A damaged file, or one of another format version or program, is deleted and replaced by
   *       an empty store: the result is present.
   *   <li>A directory that cannot be created or written, or a file in use by another running
   *       tidings, is left alone: the result is empty and tidings runs without the cache.
   * </ul>
   *
   * Either way one message naming the file and the reason, such as {@code cache
   * /home/u/.cache/tidings/index-1.mv.db is damaged; rebuilding it}, goes to {@code warnings};
   * when the file cannot be replaced, the message says so and the result is empty.
   * Files of older format versions in the directory are deleted without a message. Opening an
   * existing store takes a few tens of milliseconds: the records are read by {@link #load}.
   *
   * @param directory the cache directory, such as {@link #defaultDirectory}; made absolute when
   *     relative; never null
   * @param warnings receives the messages, on the calling thread; never null
   * @return the store, or empty when the cache cannot be used; never null
   * @throws NullPointerException if an argument is null; nothing is thrown for the cache's state
   */
  public static Optional<PersistentIndex> open(Path directory, Consumer<String> warnings) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(warnings, "warnings");
    return IndexFile.open(directory, warnings).map(PersistentIndex::new);
  }

  /**
   * The records of the files under {@code root}: the record of {@code root} itself, if one is
   * stored (root was a file), and those whose path starts with {@code root} and a separator, so
   * {@code /a/b} yields {@code /a/b/x.md} but not {@code /a/bc/x.md}. A record that cannot be
   * decoded is skipped, and one message per call counts the skipped records. When the store itself
   * turns out damaged, one message says so and the result is empty.
   *
   * <p>Reading 100,000 records takes about 0.15 s in a warm JVM and 0.5 s as the first work of a
   * fresh one (mostly decoding).
   *
   * @param root a directory or file; made absolute and normalised; never null
   * @return the records, sorted by {@link IndexRecord#key()}'s path, as a new mutable list; empty
   *     after {@link #close} or a failure; never null
   * @throws NullPointerException if {@code root} is null; nothing is thrown for damage
   */
  public List<IndexRecord> load(Path root) {
    Map<String, byte[]> encoded = new LinkedHashMap<>();
    loadEncoded(root, encoded);
    List<IndexRecord> out = new ArrayList<>(encoded.size());
    int skipped = 0;
    for (Map.Entry<String, byte[]> stored : encoded.entrySet()) {
      skipped += decodeInto(out, stored.getKey(), stored.getValue());
    }
    reportSkipped(skipped);
    // The map is in String order, which matches Path order except for rare characters.
    out.sort(Comparator.comparing(record -> record.key().path()));
    return out;
  }

  /**
   * The stored records of the files under {@code root}, as {@link #load} selects them, still
   * encoded: path string to bytes for {@link #decodeCurrent}. Decoding is left to the caller so
   * that it happens only for files that are still there, and on whichever threads it likes.
   *
   * @param root a directory or file; made absolute and normalised; never null
   * @param into receives path and bytes of each record; emptied when the store turns out damaged;
   *     never null
   * @throws NullPointerException if an argument is null; nothing is thrown for damage
   */
  public void loadEncoded(Path root, Map<String, byte[]> into) {
    Objects.requireNonNull(root, "root");
    Path base = root.toAbsolutePath().normalize();
    String exact = base.toString();
    String separator = base.getFileSystem().getSeparator();
    String prefix = exact.endsWith(separator) ? exact : exact + separator;
    RuntimeException failure =
        guard.whileOpen(
            () -> {
              if (!exact.equals(prefix)) {
                byte[] value = records.get(exact);
                if (value != null) {
                  into.put(exact, value);
                }
              }
              Cursor<String, byte[]> cursor = records.cursor(prefix);
              while (cursor.hasNext()) {
                String key = cursor.next();
                if (!key.startsWith(prefix)) {
                  break;
                }
                into.put(key, cursor.getValue());
              }
            });
    if (failure != null) {
      // Nothing of a damaged store is trusted, not even what was read before the damage showed.
      into.clear();
      guard.fail("is damaged" + FailureReasons.system(failure));
    }
  }

  /**
   * Decodes a stored record when it is still the record of {@code key}'s file version.
   *
   * @param key the file as found now; never null
   * @param encoded what {@link #loadEncoded} gave for its path; never null
   * @return the record with {@code key} as its key, or null when the file's size or modification
   *     time differ or the bytes cannot be decoded
   */
  public static IndexRecord decodeCurrent(FileKey key, byte[] encoded) {
    try {
      IndexRecord record = IndexCodec.decode(key.path(), encoded);
      return record.key().equals(key) ? record : null;
    } catch (IllegalArgumentException undecodable) {
      return null;
    }
  }

  private void reportSkipped(int skipped) {
    if (skipped > 0) {
      guard.warn(
          ": "
              + skipped
              + (skipped == 1 ? " record" : " records")
              + " could not be read and will be read from the files again");
    }
  }

  /**
   * Stores {@code records}, each replacing any record of the same path, deletes the records of the
   * {@code removed} paths, and commits: once this returns, all of it survives the process ending
   * abruptly. It is not forced to the disk (no fsync), so after a power loss the store may come
   * back as of an earlier commit, which costs only re-reading the files changed since. Takes about
   * 0.3 s for 100,000 records, milliseconds for a few. Does nothing after {@link #close} or a
   * failure; a failure to write is reported once.
   *
   * @param records the records to store; never null, no element null
   * @param removed the files whose records to delete, made absolute and normalised; a path with no
   *     record is ignored; never null, no element null
   * @throws NullPointerException if an argument or element is null; nothing is thrown for damage
   */
  public void update(Collection<IndexRecord> records, Collection<Path> removed) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(removed, "removed");
    // Encode first: a null element then throws before anything is written.
    List<String> keys = new ArrayList<>(records.size());
    List<byte[]> values = new ArrayList<>(records.size());
    for (IndexRecord record : records) {
      keys.add(record.key().path().toString());
      values.add(IndexCodec.encode(record));
    }
    List<String> removedKeys = new ArrayList<>(removed.size());
    for (Path path : removed) {
      removedKeys.add(path.toAbsolutePath().normalize().toString());
    }
    RuntimeException failure =
        guard.whileOpen(
            () -> {
              for (int i = 0; i < keys.size(); i++) {
                this.records.put(keys.get(i), values.get(i));
              }
              for (String key : removedKeys) {
                this.records.remove(key);
              }
              guard.commit();
            });
    if (failure != null) {
      guard.fail("could not be written" + FailureReasons.system(failure));
    }
  }

  /**
   * Commits what is pending and closes the file, releasing its lock. Takes a few milliseconds,
   * except when updates have left less than half the file live: then it rewrites the file, which
   * takes about as long as an {@link #update} of all records. Idempotent; a failure is reported to
   * the warnings, never thrown.
   */
  @Override
  public void close() {
    guard.close();
  }

  /** @return 1 if the record was skipped, its path or bytes unreadable, else 0 */
  private static int decodeInto(List<IndexRecord> out, String key, byte[] value) {
    try {
      out.add(IndexCodec.decode(Path.of(key), value));
      return 0;
    } catch (IllegalArgumentException unreadable) {
      // Also an InvalidPathException: a name this locale cannot spell.
      return 1;
    }
  }
}
