package dev.tidings.repository.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state directory's place, the previous run per set of directories, the load in the
 * background with changes made before it ends, and a directory that cannot be written.
 */
class ReadStateFileTest {

  @TempDir Path dir;

  private final List<String> warnings = new CopyOnWriteArrayList<>();

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  private ReadStateFile.Loaded startAndWait(Path state, List<Path> roots, Clock clock,
      ReadStateFile[] started) throws Exception {
    CompletableFuture<ReadStateFile.Loaded> loaded = new CompletableFuture<>();
    started[0] = ReadStateFile.start(state, roots, clock, warnings::add, loaded::complete);
    return loaded.get(10, TimeUnit.SECONDS);
  }

  @Test
  void theStateDirectoryFollowsXdgStateHomeWhenAbsolute() {
    assertThat(StateDirectory.of(Map.of("XDG_STATE_HOME", "/var/st"), "/home/u"))
        .isEqualTo(Path.of("/var/st/tidings"));
    assertThat(StateDirectory.of(Map.of("XDG_STATE_HOME", "st"), "/home/u"))
        .isEqualTo(Path.of("/home/u/.local/state/tidings"));
    assertThat(StateDirectory.of(Map.of(), "/home/u"))
        .isEqualTo(Path.of("/home/u/.local/state/tidings"));
  }

  @Test
  void thePreviousRunIsKeptPerSetOfRootsInAnyOrder() throws Exception {
    List<Path> ab = List.of(Path.of("/news/a"), Path.of("/news/b"));
    List<Path> ba = List.of(Path.of("/news/b"), Path.of("/news/a/"));
    assertThat(PreviousRun.key(ab)).isEqualTo(PreviousRun.key(ba)).hasSize(16);
    assertThat(PreviousRun.key(List.of(Path.of("/news/a")))).isNotEqualTo(PreviousRun.key(ab));

    Instant first = Instant.parse("2026-12-01T08:00:00Z");
    Instant second = Instant.parse("2026-12-02T08:00:00Z");
    assertThat(PreviousRun.swap(dir, ab, first)).isNull();
    assertThat(PreviousRun.swap(dir, ba, second)).isEqualTo(first);
    assertThat(PreviousRun.swap(dir, List.of(Path.of("/other")), second)).isNull();
    assertThat(Files.readString(dir.resolve("run-" + PreviousRun.key(ab))).strip())
        .isEqualTo("2026-12-02T08:00:00Z");
  }

  @Test
  void changesBeforeAndAfterTheLoadAreWrittenAndTheNextRunSeesThem() throws Exception {
    Path state = dir.resolve("state");
    List<Path> roots = List.of(dir.resolve("news"));
    ReadStateFile[] run = new ReadStateFile[1];
    ReadStateFile.Loaded first = startAndWait(state, roots, at("2026-12-01T08:00:00Z"), run);
    assertThat(first.read()).isEmpty();
    assertThat(first.previousRun()).isNull();
    run[0].append(true, List.of("https://a.com/1", "https://b.com/2"));
    run[0].append(false, List.of("https://a.com/1"));
    run[0].close();

    ReadStateFile.Loaded second = startAndWait(state, roots, at("2026-12-02T08:00:00Z"), run);
    run[0].close();
    assertThat(second.read()).containsExactly("https://b.com/2");
    assertThat(second.previousRun()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
    assertThat(warnings).isEmpty();
  }

  @Test
  void anUnwritableDirectoryWarnsOnceAndKeepsTheRunGoing() throws Exception {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "not a directory", StandardCharsets.UTF_8);
    ReadStateFile[] run = new ReadStateFile[1];
    ReadStateFile.Loaded loaded =
        startAndWait(file.resolve("tidings"), List.of(dir), at("2026-12-01T08:00:00Z"), run);
    run[0].append(true, List.of("https://a.com/1"));
    run[0].append(true, List.of("https://b.com/2"));
    run[0].close();
    assertThat(loaded.read()).isEmpty();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0))
        .startsWith("read state " + file.resolve("tidings") + " cannot be written")
        .endsWith("kept for this run only");
    assertThat(Files.readString(file)).isEqualTo("not a directory");
  }
}
