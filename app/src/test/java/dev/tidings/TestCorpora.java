package dev.tidings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the test corpora are: the bundled seeds, and the shared corpus when it is present. */
public final class TestCorpora {

  private TestCorpora() {}

  /** @return the repository's {@code seeds/} directory, absolute */
  public static Path seeds() {
    return Path.of(System.getProperty("tidings.test.seeds", "../seeds")).toAbsolutePath().normalize();
  }

  /** @return {@code ../shared/corpus/powerapps} next to the checkout, when it is there */
  public static Optional<Path> sharedCorpus() {
    Path path =
        Path.of(System.getProperty("tidings.test.sharedCorpus", "../../shared/corpus/powerapps"))
            .toAbsolutePath()
            .normalize();
    return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
  }
}
