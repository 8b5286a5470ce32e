package dev.tidings.repository.store;

import dev.tidings.model.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * The reasons the persistent index's warnings give for a failure, in the user's words: the
 * operating system's, never MVStore's, whose messages name chunks and offsets.
 */
final class FailureReasons {

  private FailureReasons() {}

  /**
   * @return {@code " (reason)"} for the innermost I/O exception behind {@code failure}, such as
   *     {@code " (No space left on device)"}, else an empty string
   */
  static String system(Throwable failure) {
    String reason = "";
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof IOException) {
        reason = " (" + describe(t) + ")";
      }
    }
    return reason;
  }

  /** Like {@link Problem#describe}, but without the path a file system exception repeats. */
  static String describe(Throwable failure) {
    if (failure instanceof FileAlreadyExistsException) {
      return "a file is in the way";
    }
    if (failure instanceof FileSystemException fileSystem
        && !(failure instanceof AccessDeniedException)
        && !(failure instanceof NoSuchFileException)
        && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return Problem.describe(failure);
  }
}
