package dev.tidings.repository.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.StringDataType;

/**
 * The file of the persistent index and how it is opened: its name, which carries the format
 * version; where it lives unless told; and what opening does with a file that is damaged, of
 * another format version or program, in use by another tidings, or in a directory that cannot be
 * written. The rules are stated on {@link PersistentIndex#open} and {@link
 * PersistentIndex#defaultDirectory}.
 *
 * <p><b>Layout.</b> The file is {@code index-}{@value #FORMAT_VERSION}{@code .mv.db}, an H2
 * MVStore. Its map {@value #RECORDS} is keyed by an article file's absolute, normalised path as a
 * string and sorted, so the records under a directory are one range scan; values are {@link
 * IndexCodec} bytes. Its map {@value #META} holds {@value #FORMAT_KEY} = {@value
 * #FORMAT_VERSION}. Pages are not compressed: LZF would make the file about four times smaller (11
 * MB instead of 55 MB for 100,000 articles) but reading it about twice as slow (0.4 s instead of
 * 0.2 s), and reading it is on the way to the first complete timeline.
 *
 * <p><b>Format version.</b> Bump {@link #FORMAT_VERSION} whenever the layout of {@link IndexCodec},
 * the map names or their key and value types change, or when {@link
 * dev.tidings.repository.read.IndexRecord} gains a field that must be filled from the files, or
 * when what a field holds for the same file changes (version 3: titles with their HTML character
 * references decoded; version 4: excerpts, provider domains, scores and related-story counts,
 * for search): the
 * new version then reads no old record but starts from an empty store under a new file name (which
 * also keeps an older tidings, still installed, from meeting a file it cannot read), and deletes
 * the files of older versions.
 */
final class IndexFile {

  /** The version of the file's layout; see the class comment for when to bump it. */
  static final int FORMAT_VERSION = 4;

  static final String RECORDS = "records";
  static final String META = "meta";
  static final String FORMAT_KEY = "format";

  private static final String FILE_PREFIX = "index-";
  private static final String FILE_SUFFIX = ".mv.db";
  private static final Pattern VERSIONED_FILE =
      Pattern.compile(Pattern.quote(FILE_PREFIX) + "(\\d{1,9})" + Pattern.quote(FILE_SUFFIX));

  /**
   * MVStore's page cache keeps pages read during {@link PersistentIndex#load} for the whole run; a
   * small one is enough for updates, which touch few pages, and spares the heap the cached 100,000
   * records.
   */
  private static final int CACHE_MEGABYTES = 4;

  private IndexFile() {}

  /** @return the default cache directory, as {@link PersistentIndex#defaultDirectory} states */
  static Path defaultDirectory(Map<String, String> env, String userHome) {
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isEmpty()) {
      try {
        Path base = Path.of(xdg);
        if (base.isAbsolute()) {
          return base.resolve("tidings");
        }
      } catch (InvalidPathException e) {
        // Ignored like a relative value: the variable does not name a usable directory.
      }
    }
    return Path.of(userHome, ".cache", "tidings");
  }

  /**
   * Opens the store in {@code directory}, as {@link PersistentIndex#open} states.
   *
   * @return the open store, or empty when the cache cannot be used
   */
  static Optional<StoreGuard> open(Path directory, Consumer<String> warnings) {
    Path dir = directory.toAbsolutePath().normalize();
    Path file = dir.resolve(FILE_PREFIX + FORMAT_VERSION + FILE_SUFFIX);
    try {
      Files.createDirectories(dir);
    } catch (IOException | SecurityException e) {
      warnings.accept(
          "cache "
              + file
              + " cannot be used: its directory cannot be created ("
              + FailureReasons.describe(e)
              + "); running without it");
      return Optional.empty();
    }
    // MVStore silently opens a read-only file read-only, and then fails at the first commit.
    if (!Files.isWritable(dir) || (Files.exists(file) && !Files.isWritable(file))) {
      warnings.accept("cache " + file + " is not writable; running without it");
      return Optional.empty();
    }
    deleteOlderVersions(dir);

    String reason;
    MVStore store = null;
    try {
      store = openStore(file);
      Integer format = formatOf(store);
      if (format != null && format == FORMAT_VERSION) {
        return Optional.of(wrap(file, warnings, store));
      }
      reason =
          format == null
              ? "was not written by tidings"
              : "was written by another version of tidings (format " + format + ")";
    } catch (MVStoreException e) {
      if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
        warnings.accept("cache " + file + " is in use by another tidings; running without it");
        return Optional.empty();
      }
      reason = "is damaged";
    } catch (RuntimeException e) {
      // MVStore reports some damage as IllegalStateException or ClassCastException from a map.
      reason = "is damaged";
    }
    if (store != null) {
      store.closeImmediately();
    }
    if (Thread.currentThread().isInterrupted()) {
      // An interrupt closes MVStore's channel mid-read: the file may be fine, so keep it.
      warnings.accept("cache " + file + " was not opened (interrupted); running without it");
      return Optional.empty();
    }
    String failure = "";
    MVStore fresh = null;
    try {
      Files.deleteIfExists(file);
      fresh = openStore(file);
      if (fresh.getMapNames().isEmpty()) {
        StoreGuard rebuilt = wrap(file, warnings, fresh);
        warnings.accept("cache " + file + " " + reason + "; rebuilding it");
        return Optional.of(rebuilt);
      }
    } catch (IOException | RuntimeException e) {
      failure = FailureReasons.system(e);
    }
    if (fresh != null) {
      fresh.closeImmediately();
    }
    warnings.accept(
        "cache " + file + " " + reason + " and could not be rebuilt" + failure
            + "; running without it");
    return Optional.empty();
  }

  private static MVStore openStore(Path file) {
    // No background thread: update commits itself, and a thread would outlive a forgotten close.
    return new MVStore.Builder()
        .fileName(file.toString())
        .autoCommitDisabled()
        .cacheSize(CACHE_MEGABYTES)
        .open();
  }

  private static MVMap<String, byte[]> recordsMap(MVStore store) {
    return store.openMap(
        RECORDS,
        new MVMap.Builder<String, byte[]>()
            .keyType(StringDataType.INSTANCE)
            .valueType(ByteArrayDataType.INSTANCE));
  }

  private static MVMap<String, String> metaMap(MVStore store) {
    return store.openMap(
        META,
        new MVMap.Builder<String, String>()
            .keyType(StringDataType.INSTANCE)
            .valueType(StringDataType.INSTANCE));
  }

  /**
   * @return the format version in the store: {@link PersistentIndex#FORMAT_VERSION} for a new,
   *     empty store (which it then marks), null when the store has maps but no readable version
   */
  private static Integer formatOf(MVStore store) {
    if (store.getMapNames().isEmpty()) {
      metaMap(store)
          .put(FORMAT_KEY, Integer.toString(FORMAT_VERSION));
      recordsMap(store);
      store.commit();
      return FORMAT_VERSION;
    }
    if (!store.hasMap(META)) {
      return null;
    }
    String value = metaMap(store).get(FORMAT_KEY);
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static StoreGuard wrap(Path file, Consumer<String> warnings, MVStore store) {
    if (store.getMapNames().isEmpty()) {
      formatOf(store);
    }
    return new StoreGuard(file, warnings, store, recordsMap(store));
  }

  private static void deleteOlderVersions(Path dir) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, FILE_PREFIX + "*")) {
      for (Path entry : entries) {
        Matcher matcher = VERSIONED_FILE.matcher(entry.getFileName().toString());
        if (matcher.matches()
            && Integer.parseInt(matcher.group(1)) < FORMAT_VERSION) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Only disk space is at stake; the current file is opened regardless.
    }
  }
}
