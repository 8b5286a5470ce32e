package dev.tidings.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Corpus;
import dev.tidings.browse.ReadState;
import dev.tidings.repository.ArticleRepository;
import dev.tidings.ui.Browser;
import dev.tidings.ui.KeyMap;
import dev.tidings.ui.ParallelFilterPass;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's in-process figures over a corpus: heap after indexing, and the latency of each
 * filter keystroke from the key to the redrawn screen (Lanterna's virtual terminal at 120x40, the
 * same code path as the real browser up to the bytes sent to the terminal). Run by {@code
 * dist/src/bench/bench.sh}; prints rows of its table.
 *
 * <pre>java -cp "app/target/test-classes:dist/target/tidings/lib/*" dev.tidings.bench.InProcessBench DIR</pre>
 */
public final class InProcessBench {

  /** Queries typed a character at a time, by kind: the kinds are reported apart. */
  private static final Map<String, String[]> QUERIES = queries();
  private static final int ROUNDS = 5;

  private InProcessBench() {}

  /** @return the queries by kind, in the order they are reported */
  private static Map<String, String[]> queries() {
    Map<String, String[]> queries = new LinkedHashMap<>();
    queries.put("words", new String[] {"ai", "market china", "zürich", "data cloud model", "qqqx"});
    queries.put(
        "qualifiers",
        new String[] {
          "topic:ai quality:>100", "provider:forbes since:2021-06", "-is:undated heat:>0",
          "site:reuters.com | title:cloud"
        });
    queries.put(
        "excerpt words",
        new String[] {"spokesperson", "familiar matter", "\"immediately respond\"", "lagos"});
    queries.put(
        "read state",
        new String[] {"is:unread", "is:unread market", "-is:read ai", "is:new | is:marked"});
    return queries;
  }

  /**
   * @param args the corpus directory
   * @throws Exception if the corpus cannot be indexed
   */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    CountDownLatch complete = new CountDownLatch(1);
    ArticleRepository repository =
        ArticleRepository.background(List.of(corpus), () -> null, directory -> {});
    long start = System.nanoTime();
    repository.start(() -> {});
    while (!repository.progress().complete()) {
      complete.await(5, TimeUnit.MILLISECONDS);
    }
    long indexed = System.nanoTime() - start;
    BrowseSession session =
        new BrowseSession(
            List.of(),
            Corpus.of(repository),
            new ParallelFilterPass());
    session.update(repository.drain());
    // A third of the articles read, and every unread one new: is:unread and is:new do real work.
    List<String> read = new ArrayList<>();
    for (int i = 0; i < session.timeline().size(); i += 3) {
      read.add(session.timeline().get(i).url());
    }
    ReadState readState = new ReadState((isRead, keys) -> {});
    session.useReadState(readState);
    session.readStateLoaded(new HashSet<>(), Instant.EPOCH);
    session.markRead(read);

    DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(120, 40));
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    Browser browser =
        new Browser(screen, session, repository, KeyMap.standard(), ZoneOffset.UTC);
    browser.refresh();

    long heap = heapAfterGc();
    List<Long> all = new ArrayList<>();
    Map<String, List<Long>> byKind = new LinkedHashMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (Map.Entry<String, String[]> kind : QUERIES.entrySet()) {
        List<Long> latencies = byKind.computeIfAbsent(kind.getKey(), k -> new ArrayList<>());
        for (String query : kind.getValue()) {
          List<Long> measured = type(browser, query);
          if (round > 0) {
            latencies.addAll(measured);
            all.addAll(measured);
          }
        }
      }
    }
    int articles = session.timeline().size();

    row(
        "in-process index (no cache)",
        String.format(Locale.ROOT, "%.2f s", indexed / 1e9),
        "-",
        String.format(Locale.ROOT, "%,d articles", articles));
    for (Map.Entry<String, List<Long>> kind : byKind.entrySet()) {
      List<Long> latencies = kind.getValue();
      latencies.sort(null);
      row(
          "filter p50/p95, " + kind.getKey(),
          String.format(
              Locale.ROOT, "%.1f / %.1f ms", percentile(latencies, 50), percentile(latencies, 95)),
          "\u2264 30 ms p95",
          verdict(percentile(latencies, 95) <= 30) + " (" + latencies.size() + " keys)");
    }
    all.sort(null);
    row(
        "filter p50 per keystroke",
        String.format(Locale.ROOT, "%.1f ms", percentile(all, 50)),
        "-",
        all.size() + " keys");
    row(
        "filter p95 per keystroke",
        String.format(Locale.ROOT, "%.1f ms", percentile(all, 95)),
        "\u2264 30 ms",
        verdict(percentile(all, 95) <= 30)
            + String.format(Locale.ROOT, " (max %.1f ms)", all.get(all.size() - 1) / 1e6));
    row(
        "heap after indexing",
        String.format(Locale.ROOT, "%,d MB", heap >> 20),
        "\u2264 400 MB",
        verdict((heap >> 20) <= 400));
    screen.stopScreen();
    repository.close();
  }

  /**
   * Opens the prompt, types the query a character at a time and deletes it again the same way,
   * then clears the filter.
   *
   * @return the nanoseconds from each key to its redrawn screen
   */
  private static List<Long> type(Browser browser, String query) throws IOException {
    List<Long> latencies = new ArrayList<>();
    browser.handle(new KeyStroke('/', false, false));
    browser.refresh();
    for (char c : query.toCharArray()) {
      long before = System.nanoTime();
      browser.handle(new KeyStroke(c, false, false));
      browser.refresh();
      latencies.add(System.nanoTime() - before);
    }
    for (int i = 0; i < query.length(); i++) {
      long before = System.nanoTime();
      browser.handle(new KeyStroke(KeyType.Backspace));
      browser.refresh();
      latencies.add(System.nanoTime() - before);
    }
    browser.handle(new KeyStroke(KeyType.Escape));
    browser.refresh();
    return latencies;
  }

  /** @return the percentile of sorted nanoseconds, in milliseconds */
  private static double percentile(List<Long> sorted, int percent) {
    return sorted.get((int) Math.ceil(sorted.size() * percent / 100.0) - 1) / 1e6;
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String verdict(boolean pass) {
    return pass ? "PASS" : "MISS";
  }

  private static void row(String figure, String measured, String target, String verdict) {
    System.out.printf(Locale.ROOT, "%-36s%-13s%-11s%s%n", figure, measured, target, verdict);
  }
}
