package dev.tidings.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Corpus;
import dev.tidings.repository.ArticleRepository;
import dev.tidings.ui.Browser;
import dev.tidings.ui.KeyMap;
import dev.tidings.ui.ParallelFilterPass;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  private static final String[] QUERIES = {"ai", "market china", "zürich", "data cloud model", "qqqx"};
  private static final int ROUNDS = 5;

  private InProcessBench() {}

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

    DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(120, 40));
    TerminalScreen screen = new TerminalScreen(terminal);
    screen.startScreen();
    Browser browser =
        new Browser(screen, session, repository, KeyMap.standard(), ZoneOffset.UTC);
    browser.refresh();

    long heap = heapAfterGc();
    List<Long> latencies = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (String query : QUERIES) {
        browser.handle(new KeyStroke('/', false, false));
        browser.refresh();
        for (char c : query.toCharArray()) {
          long before = System.nanoTime();
          browser.handle(new KeyStroke(c, false, false));
          browser.refresh();
          long after = System.nanoTime();
          if (round > 0) {
            latencies.add(after - before);
          }
        }
        for (int i = 0; i < query.length(); i++) {
          long before = System.nanoTime();
          browser.handle(new KeyStroke(KeyType.Backspace));
          browser.refresh();
          long after = System.nanoTime();
          if (round > 0) {
            latencies.add(after - before);
          }
        }
        browser.handle(new KeyStroke(KeyType.Escape));
        browser.refresh();
      }
    }
    latencies.sort(null);
    double p50 = latencies.get(latencies.size() / 2) / 1e6;
    double p95 = latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1) / 1e6;
    double max = latencies.get(latencies.size() - 1) / 1e6;
    int articles = session.timeline().size();

    row(
        "in-process index (no cache)",
        String.format(Locale.ROOT, "%.2f s", indexed / 1e9),
        "-",
        String.format(Locale.ROOT, "%,d articles", articles));
    row(
        "filter p50 per keystroke",
        String.format(Locale.ROOT, "%.1f ms", p50),
        "-",
        latencies.size() + " keys");
    row(
        "filter p95 per keystroke",
        String.format(Locale.ROOT, "%.1f ms", p95),
        "\u2264 30 ms",
        verdict(p95 <= 30) + String.format(Locale.ROOT, " (max %.1f ms)", max));
    row(
        "heap after indexing",
        String.format(Locale.ROOT, "%,d MB", heap >> 20),
        "\u2264 400 MB",
        verdict((heap >> 20) <= 400));
    screen.stopScreen();
    repository.close();
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
