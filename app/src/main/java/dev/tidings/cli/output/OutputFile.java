package dev.tidings.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The file of {@code -o FILE}: replaced atomically with the accepted lines, or appended to with
 * {@code --append}. Replacing writes a temporary file in the same directory and renames it over
 * the file ({@code rename(2)}), so that a reader sees the old lines or the new ones, never a
 * part; the new file keeps the old one's permissions, and a symbolic link is followed (the file it
 * names is replaced, the link stays). Appending writes all lines in one {@code write(2)} on a file
 * opened with {@code O_APPEND}.
 */
public final class OutputFile {

  private OutputFile() {}

  /**
   * Checks, before the browser starts, that the file can be written to as far as can be told
   * without creating it: it is not a directory and its directory exists.
   *
   * @param file the file; never null
   * @return why it cannot be, or null when it looks writable
   */
  public static String unusable(Path file) {
    if (Files.isDirectory(file)) {
      return "is a directory";
    }
    Path directory = file.toAbsolutePath().getParent();
    if (directory != null && !Files.isDirectory(directory)) {
      return "no such directory: " + directory;
    }
    return null;
  }

  /**
   * Replaces the file's content with {@code bytes}, creating it if needed.
   *
   * @param file the file; never null
   * @param bytes the new content; never null
   * @throws IOException if it cannot be written (a directory, no permission, disk full); the file
   *     is then as it was, and the temporary file removed
   */
  public static void replace(Path file, byte[] bytes) throws IOException {
    Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new IOException("is a directory");
    }
    Path temporary = create(target);
    try {
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
        out.write(bytes);
      }
      keepPermissions(target, temporary);
      try {
        Files.move(
            temporary,
            target,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Adds {@code bytes} at the end of the file, creating it if needed, in one write.
   *
   * @param file the file; never null
   * @param bytes the lines to add; never null
   * @throws IOException if it cannot be written
   */
  public static void append(Path file, byte[] bytes) throws IOException {
    try (OutputStream out =
        Files.newOutputStream(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND,
            StandardOpenOption.WRITE)) {
      out.write(bytes);
    }
  }

  /**
   * Creates an empty temporary file next to {@code target}, with the permissions the umask gives a
   * new file (unlike {@link Files#createTempFile}, which gives 0600).
   */
  private static Path create(Path target) throws IOException {
    Path directory = target.getParent();
    for (int attempt = 0; ; attempt++) {
      long random = ThreadLocalRandom.current().nextLong() >>> 1;
      Path temporary =
          directory.resolve("." + target.getFileName() + "." + Long.toString(random, 36) + ".tmp");
      try {
        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
            .close();
        return temporary;
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view != null && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.setPosixFilePermissions(
          temporary, view.readAttributes().permissions());
    }
  }
}
