package dev.tidings.model;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;

/**
 * A version of an article file: its path, modification time and size. Two keys are equal only when
 * all three are, so a changed file gets a new key and never meets a stale cache entry.
 *
 * @param path the file, absolute and normalised; never null
 * @param modified last modification time; never null
 * @param size size in bytes; never negative
 */
public record FileKey(Path path, Instant modified, long size) {

  /**
   * @throws NullPointerException if {@code path} or {@code modified} is null
   * @throws IllegalArgumentException if {@code size} is negative or {@code path} is relative
   */
  public FileKey {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(modified, "modified");
    if (!path.isAbsolute()) {
      throw new IllegalArgumentException("path must be absolute: " + path);
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
    path = path.normalize();
  }

  /**
   * Builds the key of a file from attributes already read.
   *
   * @param path the file; made absolute when relative
   * @param attributes its attributes; never null
   * @return its key
   */
  public static FileKey of(Path path, BasicFileAttributes attributes) {
    return new FileKey(
        path.toAbsolutePath(), attributes.lastModifiedTime().toInstant(), attributes.size());
  }
}
