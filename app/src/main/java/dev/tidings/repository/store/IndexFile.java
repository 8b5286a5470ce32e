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
 */
final class IndexFile {

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

  /** See {@link PersistentIndex#defaultDirectory}. */
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

  /** See {@link PersistentIndex#open}. */
  static Optional<PersistentIndex> open(Path directory, Consumer<String> warnings) {
    Path dir = directory.toAbsolutePath().normalize();
    Path file = dir.resolve(FILE_PREFIX + PersistentIndex.FORMAT_VERSION + FILE_SUFFIX);
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
      if (format != null && format == PersistentIndex.FORMAT_VERSION) {
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
        PersistentIndex rebuilt = wrap(file, warnings, fresh);
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
        PersistentIndex.RECORDS,
        new MVMap.Builder<String, byte[]>()
            .keyType(StringDataType.INSTANCE)
            .valueType(ByteArrayDataType.INSTANCE));
  }

  private static MVMap<String, String> metaMap(MVStore store) {
    return store.openMap(
        PersistentIndex.META,
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
          .put(PersistentIndex.FORMAT_KEY, Integer.toString(PersistentIndex.FORMAT_VERSION));
      recordsMap(store);
      store.commit();
      return PersistentIndex.FORMAT_VERSION;
    }
    if (!store.hasMap(PersistentIndex.META)) {
      return null;
    }
    String value = metaMap(store).get(PersistentIndex.FORMAT_KEY);
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static PersistentIndex wrap(Path file, Consumer<String> warnings, MVStore store) {
    if (store.getMapNames().isEmpty()) {
      formatOf(store);
    }
    return new PersistentIndex(new StoreGuard(file, warnings, store), recordsMap(store));
  }

  private static void deleteOlderVersions(Path dir) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, FILE_PREFIX + "*")) {
      for (Path entry : entries) {
        Matcher matcher = VERSIONED_FILE.matcher(entry.getFileName().toString());
        if (matcher.matches()
            && Integer.parseInt(matcher.group(1)) < PersistentIndex.FORMAT_VERSION) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Only disk space is at stake; the current file is opened regardless.
    }
  }
}
