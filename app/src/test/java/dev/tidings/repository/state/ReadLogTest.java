package dev.tidings.repository.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read log: replay, compaction when alone and only then, a torn last line from a crash, two
 * writers at once, and a damaged log set aside, never deleted.
 */
class ReadLogTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T14:05:09Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private final List<String> warnings = new CopyOnWriteArrayList<>();

  private ReadLog open() throws IOException {
    return ReadLog.open(dir, warnings::add, CLOCK);
  }

  private String log() throws IOException {
    return Files.readString(dir.resolve(ReadLog.LOG), StandardCharsets.UTF_8);
  }

  private void writeLog(String text) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(ReadLog.LOG), text, StandardCharsets.UTF_8);
  }

  @Test
  void changesAreReplayedInOrderAndTheLogCompactedOnTheNextOpen() throws IOException {
    try (ReadLog log = open()) {
      assertThat(log.read()).isEmpty();
      log.append(true, List.of("https://a.com/1", "https://b.com/2", "https://c.com/3"));
      log.append(false, List.of("https://b.com/2"));
      log.append(true, List.of("https://d.com/ü"));
    }
    assertThat(log())
        .isEqualTo(
            "+https://a.com/1\n+https://b.com/2\n+https://c.com/3\n-https://b.com/2\n"
                + "+https://d.com/ü\n");
    try (ReadLog log = open()) {
      assertThat(log.read())
          .containsExactlyInAnyOrder("https://a.com/1", "https://c.com/3", "https://d.com/ü");
    }
    // Five lines for three URLs: rewritten as the three.
    assertThat(log().lines().sorted().toList())
        .containsExactly("+https://a.com/1", "+https://c.com/3", "+https://d.com/ü");
    assertThat(warnings).isEmpty();
    assertThat(otherFiles()).isEmpty();
  }

  @Test
  void aTornLastLineFromAKillIsIgnoredAndDroppedWhenAlone() throws IOException {
    writeLog("+https://a.com/1\n+https://b.com/2\n+https://c.co");
    try (ReadLog log = open()) {
      assertThat(log.read()).containsExactlyInAnyOrder("https://a.com/1", "https://b.com/2");
      log.append(true, List.of("https://e.com/5"));
    }
    assertThat(log()).isEqualTo("+https://a.com/1\n+https://b.com/2\n+https://e.com/5\n");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aTornLastLineWhileAnotherRunsIsEndedBeforeTheNextAppend() throws Exception {
    writeLog("+https://a.com/1\n+https://c.co");
    Process other = LockHolder.hold(dir.resolve(ReadLog.LOCK));
    try (ReadLog log = open()) {
      assertThat(log.read()).containsExactly("https://a.com/1");
      log.append(true, List.of("https://e.com/5"));
    } finally {
      other.getOutputStream().close();
      other.waitFor();
    }
    // The torn line stays a line of its own: the new one is whole.
    assertThat(log()).isEqualTo("+https://a.com/1\n+https://c.co\n+https://e.com/5\n");
  }

  @Test
  void twoWritersAtOnceLoseNoLine() throws Exception {
    int perWriter = 2000;
    try (ReadLog first = open();
        ReadLog second = open()) {
      List<Thread> threads = new ArrayList<>();
      for (ReadLog log : List.of(first, second)) {
        String name = log == first ? "first" : "second";
        threads.add(
            new Thread(
                () -> {
                  try {
                    for (int i = 0; i < perWriter; i++) {
                      log.append(true, List.of("https://" + name + ".com/" + i));
                    }
                  } catch (IOException e) {
                    throw new AssertionError(e);
                  }
                }));
      }
      threads.forEach(Thread::start);
      for (Thread thread : threads) {
        thread.join();
      }
    }
    List<String> lines = log().lines().toList();
    assertThat(lines).hasSize(2 * perWriter).allMatch(line -> line.matches("\\+https://"
        + "(first|second)\\.com/\\d+"));
    try (ReadLog log = open()) {
      assertThat(log.read()).hasSize(2 * perWriter).contains("https://second.com/1999");
    }
  }

  @Test
  void noCompactionWhileAnotherProcessHoldsTheLock() throws Exception {
    String text = "+https://a.com/1\n-https://a.com/1\n+https://b.com/2\n+https://b.com/2\n";
    writeLog(text);
    Process other = LockHolder.hold(dir.resolve(ReadLog.LOCK));
    try (ReadLog log = open()) {
      assertThat(log.read()).containsExactly("https://b.com/2");
      assertThat(log()).isEqualTo(text);
    } finally {
      other.getOutputStream().close();
      other.waitFor();
    }
    open().close();
    assertThat(log()).isEqualTo("+https://b.com/2\n");
  }

  @Test
  void aDamagedLogIsSetAsideNeverDeletedAndItsGoodLinesKept() throws IOException {
    byte[] damaged =
        concat(
            "+https://a.com/1\n".getBytes(StandardCharsets.UTF_8),
            new byte[] {'+', 'h', (byte) 0xC3, (byte) 0x28, '\n'},
            "hello\n+https://b.com/2\n+\n-with space\n".getBytes(StandardCharsets.UTF_8));
    Files.createDirectories(dir);
    Files.write(dir.resolve(ReadLog.LOG), damaged);
    try (ReadLog log = open()) {
      assertThat(log.read()).containsExactlyInAnyOrder("https://a.com/1", "https://b.com/2");
    }
    Path aside = dir.resolve("read.log.damaged-20261203T140509Z");
    assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
    assertThat(log().lines().sorted().toList())
        .containsExactly("+https://a.com/1", "+https://b.com/2");
    assertThat(warnings)
        .containsExactly(
            "read state " + dir.resolve(ReadLog.LOG) + ": 4 damaged line(s); the file is set aside"
                + " as read.log.damaged-20261203T140509Z and its good lines kept");
  }

  @Test
  void aDamagedLogIsOnlyReportedWhileAnotherRuns() throws Exception {
    writeLog("+https://a.com/1\nnonsense\n");
    Process other = LockHolder.hold(dir.resolve(ReadLog.LOCK));
    try (ReadLog log = open()) {
      assertThat(log.read()).containsExactly("https://a.com/1");
    } finally {
      other.getOutputStream().close();
      other.waitFor();
    }
    assertThat(log()).isEqualTo("+https://a.com/1\nnonsense\n");
    assertThat(otherFiles()).isEmpty();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).contains("1 damaged line(s) ignored");
  }

  @Test
  void urlsWithWhiteSpaceAreRefused() throws IOException {
    try (ReadLog log = open()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> log.append(true, List.of("https://a.com/x y")))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(log()).isEmpty();
  }

  /** @return the files of the directory besides the log and the lock file */
  private Set<String> otherFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(path -> path.getFileName().toString())
          .filter(name -> !name.equals(ReadLog.LOG) && !name.equals(ReadLog.LOCK))
          .collect(java.util.stream.Collectors.toSet());
    }
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
