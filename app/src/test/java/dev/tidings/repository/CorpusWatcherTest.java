package dev.tidings.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher on this machine's file system: it names the files that changed. The test waits for
 * the watcher's report (at most a generous bound, so that a slow machine does not fail it); it
 * does not sleep for a fixed time.
 */
class CorpusWatcherTest {

  @TempDir Path dir;

  @Test
  void aCreatedFileIsReportedByItsPathOrByAFullRescan() throws IOException, InterruptedException {
    Set<Path> changed = ConcurrentHashMap.newKeySet();
    CountDownLatch told = new CountDownLatch(1);
    try (CorpusWatcher watcher =
        CorpusWatcher.start(
            (List<Path> paths) -> {
              changed.addAll(paths);
              told.countDown();
            },
            told::countDown)) {
      watcher.register(dir);
      Path file = dir.resolve("new.md");
      Files.writeString(file, "---\ntitle: New\n---\n");

      assertThat(told.await(30, TimeUnit.SECONDS)).as("the watcher reported").isTrue();
      if (!watcher.isPolling()) {
        assertThat(changed).contains(file);
      }
    }
  }

  @Test
  void closingTwiceAndRegisteringAfterCloseAreHarmless() {
    CorpusWatcher watcher = CorpusWatcher.start(paths -> {}, () -> {});
    watcher.close();
    watcher.register(dir);
    watcher.close();
    assertThat(watcher.isPolling()).isFalse();
  }
}
