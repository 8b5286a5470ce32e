package dev.tidings.repository.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file of earlier queries: kept between runs, shared by two runs, compacted, set aside. */
class QueryHistoryFileTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2021-12-20T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path state;

  private final List<String> warnings = new CopyOnWriteArrayList<>();

  private QueryHistoryFile open() {
    return QueryHistoryFile.open(state, CLOCK, warnings::add);
  }

  private Path file() {
    return state.resolve("queries");
  }

  @Test
  void queriesAppendedInOneRunAreReadInTheNext() throws Exception {
    QueryHistoryFile first = open();
    assertThat(first.queries()).isEmpty();
    first.append("rust");
    first.append("provider:lwn \"état\" -rust");
    first.append("rust");

    assertThat(Files.readString(file(), StandardCharsets.UTF_8))
        .isEqualTo("rust\nprovider:lwn \"état\" -rust\nrust\n");
    assertThat(open().queries()).containsExactly("rust", "provider:lwn \"état\" -rust", "rust");
    assertThat(warnings).isEmpty();
  }

  @Test
  void twoRunsAtOnceKeepEachOthersQueries() throws Exception {
    QueryHistoryFile one = open();
    QueryHistoryFile two = open();
    one.append("from one");
    two.append("from two");
    one.append("one again");
    assertThat(open().queries()).containsExactly("from one", "from two", "one again");
  }

  @Test
  void twoWritersAppendingConcurrentlyLoseNoLine() throws Exception {
    QueryHistoryFile one = open();
    QueryHistoryFile two = open();
    CountDownLatch start = new CountDownLatch(1);
    String padding = "x".repeat(900);
    List<Thread> writers = new ArrayList<>();
    for (QueryHistoryFile writer : List.of(one, two)) {
      String name = writer == one ? "one" : "two";
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 300; i++) {
                  writer.append(name + " " + i + " " + padding);
                }
              });
      thread.start();
      writers.add(thread);
    }
    start.countDown();
    for (Thread thread : writers) {
      thread.join();
    }
    List<String> read = open().queries();
    assertThat(read).hasSize(600);
    for (int i = 0; i < 300; i++) {
      assertThat(read).contains("one " + i + " " + padding, "two " + i + " " + padding);
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void aFileThatIsNotUtf8IsSetAsideNotDeleted() throws Exception {
    byte[] damaged = {'o', 'k', '\n', (byte) 0xff, (byte) 0xfe, 'x', '\n'};
    Files.write(file(), damaged);

    QueryHistoryFile history = open();

    assertThat(history.queries()).isEmpty();
    Path aside = state.resolve("queries.damaged-20211220T120000Z");
    assertThat(aside).exists();
    assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
    assertThat(file()).doesNotExist();
    assertThat(warnings)
        .containsExactly(
            "query history "
                + file()
                + " is not valid UTF-8: set aside as queries.damaged-20211220T120000Z; "
                + "starting with no earlier queries");
    history.append("fresh");
    assertThat(open().queries()).containsExactly("fresh");
  }

  @Test
  void aFileThatCannotBeReadIsSetAsideUnderAFreeName() throws Exception {
    Files.writeString(state.resolve("queries.damaged-20211220T120000Z"), "earlier damage");
    Files.createDirectory(file());
    Files.writeString(file().resolve("inside"), "kept");

    QueryHistoryFile history = open();

    assertThat(history.queries()).isEmpty();
    assertThat(state.resolve("queries.damaged-20211220T120000Z")).hasContent("earlier damage");
    assertThat(state.resolve("queries.damaged-20211220T120000Z-2").resolve("inside"))
        .hasContent("kept");
    assertThat(warnings).singleElement().asString()
        .contains("cannot be read", "set aside as queries.damaged-20211220T120000Z-2");
  }

  @Test
  void aDirectoryThatCannotBeMadeWarnsOnceAndKeepsNothing() throws Exception {
    Path notADirectory = state.resolve("plain-file");
    Files.writeString(notADirectory, "");
    QueryHistoryFile history =
        QueryHistoryFile.open(notADirectory.resolve("tidings"), CLOCK, warnings::add);

    history.append("a");
    history.append("b");

    assertThat(history.queries()).isEmpty();
    assertThat(history.isWritable()).isFalse();
    assertThat(warnings).singleElement().asString()
        .startsWith("query history " + notADirectory.resolve("tidings").resolve("queries"))
        .contains("cannot be used: its directory cannot be created")
        .endsWith("keeping queries for this run only");
  }

  @Test
  void aLongFileIsCompactedToItsLastThousandDistinctQueries() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2_400; i++) {
      text.append("q").append(i).append('\n');
      if (i % 2 == 0) {
        text.append("again\n");
      }
    }
    Files.writeString(file(), text);

    List<String> read = open().queries();

    assertThat(read).hasSize(QueryHistoryFile.KEEP);
    assertThat(read.get(read.size() - 1)).isEqualTo("q2399");
    assertThat(read.get(read.size() - 2)).isEqualTo("again");
    assertThat(read).doesNotHaveDuplicates().doesNotContain("q1400").contains("q1401");
    assertThat(Files.readAllLines(file())).isEqualTo(read);
    try (Stream<Path> files = Files.list(state)) {
      assertThat(files).containsExactly(file());
    }
  }

  @Test
  void aFileOfAtMostTwoThousandLinesIsLeftAsItIs() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < QueryHistoryFile.COMPACT_OVER; i++) {
      text.append("same\n");
    }
    Files.writeString(file(), text);
    assertThat(open().queries()).hasSize(QueryHistoryFile.COMPACT_OVER);
    assertThat(file()).hasContent(text.toString().strip());
  }

  @Test
  void blankLinesAndCarriageReturnsAreDroppedAndAnUnendedLineIsEndedFirst() throws Exception {
    Files.writeString(file(), "a\r\n\n  \nb");
    QueryHistoryFile history = open();
    assertThat(history.queries()).containsExactly("a", "b");
    history.append("c");
    assertThat(Files.readString(file())).isEqualTo("a\r\n\n  \nb\nc\n");
  }

  @Test
  void aQueryIsOneLine() {
    QueryHistoryFile history = open();
    assertThatThrownBy(() -> history.append("a\nb")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> history.append("a\rb")).isInstanceOf(IllegalArgumentException.class);
    assertThat(file()).doesNotExist();
  }

  @Test
  void theStateDirectoryFollowsXdgStateHomeWhenAbsolute() {
    assertThat(StateDirectory.of(Map.of("XDG_STATE_HOME", "/var/state/u"), "/home/u"))
        .isEqualTo(Path.of("/var/state/u/tidings"));
    assertThat(StateDirectory.of(Map.of("XDG_STATE_HOME", "state"), "/home/u"))
        .as("a relative value is ignored")
        .isEqualTo(Path.of("/home/u/.local/state/tidings"));
    assertThat(StateDirectory.of(Map.of("XDG_STATE_HOME", ""), "/home/u"))
        .isEqualTo(Path.of("/home/u/.local/state/tidings"));
    assertThat(StateDirectory.of(Map.of(), "/home/u"))
        .isEqualTo(Path.of("/home/u/.local/state/tidings"));
  }
}
