package dev.tidings.bench;

import dev.tidings.repository.state.ReadLog;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The read state's figures at a million articles: the heap a read set of a million normalised
 * URLs takes, the time to append them, to replay the log and to compact it. Prints rows like
 * {@link InProcessBench}.
 *
 * <pre>
 * java -cp app/target/test-classes:app/target/classes dev.tidings.bench.ReadStateBench DIR
 * </pre>
 */
public final class ReadStateBench {

  private static final int ARTICLES = 1_000_000;

  private ReadStateBench() {}

  /**
   * @param args an empty directory for the state
   * @throws Exception if the state cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    List<String> urls = new ArrayList<>(ARTICLES);
    for (int i = 0; i < ARTICLES; i++) {
      urls.add(
          String.format(
              Locale.ROOT,
              "https://www.example-news-%d.com/2021/%02d/%02d/a-story-about-markets-and-ai-%d",
              i % 300, 1 + i % 12, 1 + i % 28, i));
    }
    long start = System.nanoTime();
    try (ReadLog log = ReadLog.open(dir, System.out::println, Clock.systemUTC())) {
      for (int from = 0; from < ARTICLES; from += 10_000) {
        log.append(true, urls.subList(from, from + 10_000));
      }
      // A tenth unread again, so that the next open compacts.
      log.append(false, urls.subList(0, ARTICLES / 10));
    }
    row("append 1,100,000 lines (110 writes)", (System.nanoTime() - start) / 1e9);
    long size = Files.size(dir.resolve(ReadLog.LOG));
    urls = null;
    start = System.nanoTime();
    Set<String> read;
    try (ReadLog log = ReadLog.open(dir, System.out::println, Clock.systemUTC())) {
      read = log.read();
    }
    row("open: replay " + (size >> 20) + " MB + compact", (System.nanoTime() - start) / 1e9);
    start = System.nanoTime();
    try (ReadLog log = ReadLog.open(dir, System.out::println, Clock.systemUTC())) {
      row("open: replay compacted, " + log.read().size() + " read",
          (System.nanoTime() - start) / 1e9);
    }
    long with = heapAfterGc();
    int urlCount = read.size();
    read = null;
    long without = heapAfterGc();
    System.out.printf(
        Locale.ROOT, "%-44s%,d MB (%d bytes per URL)%n", "heap of the read set, " + urlCount
            + " URLs", (with - without) >> 20, (with - without) / urlCount);
  }

  private static void row(String what, double seconds) {
    System.out.printf(Locale.ROOT, "%-44s%.2f s%n", what, seconds);
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
