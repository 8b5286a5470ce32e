package dev.tidings.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scans asked for while one runs: they wait, and a full scan makes the waiting ones moot. */
class ScanQueueTest {

  private static final Path ROOT = Path.of("/corpus").toAbsolutePath().normalize();

  @Test
  void aRequestMadeWhileAScanRunsBeginsWhenItEnds() {
    ScanQueue queue = new ScanQueue(List.of(ROOT));
    ScanRun first = queue.request(null);
    assertThat(first.full()).isTrue();
    assertThat(queue.request(List.of(ROOT.resolve("2024")))).isNull();
    assertThat(queue.current()).isSameAs(first);

    ScanRun second = queue.next();
    assertThat(second.full()).isFalse();
    assertThat(queue.current()).isSameAs(second);
    assertThat(queue.next()).isNull();
    assertThat(queue.current()).isNull();
  }

  @Test
  void aFullRequestReplacesTheWaitingOnesAndLaterPartialOnesAreDropped() {
    ScanQueue queue = new ScanQueue(List.of(ROOT));
    queue.request(List.of(ROOT.resolve("2023")));
    assertThat(queue.request(List.of(ROOT.resolve("2024")))).isNull();
    assertThat(queue.request(null)).isNull();
    assertThat(queue.request(List.of(ROOT.resolve("2025")))).isNull();

    assertThat(queue.next().full()).isTrue();
    assertThat(queue.next()).isNull();
  }

  @Test
  void aScopeOutsideTheRootsAsksForNothing() {
    ScanQueue queue = new ScanQueue(List.of(ROOT));
    assertThat(queue.request(List.of(Path.of("/elsewhere")))).isNull();
    assertThat(queue.current()).isNull();
  }
}
