package dev.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's read state wired to the state directory, and {@code --no-state}'s wiring. */
class ReadStateWiringTest {

  @TempDir Path dir;

  private static BrowseSession session() {
    return new BrowseSession(
        List.of(), new Corpus(url -> Optional.empty(), a -> List.of(), List::of, () -> {}));
  }

  @Test
  void articlesReadBeforeTheLoadStartedAreWrittenOnClose() throws Exception {
    List<String> warnings = new CopyOnWriteArrayList<>();
    BrowseSession session = session();
    Path state = dir.resolve("state");
    ReadStateWiring wiring = ReadStateWiring.on(session, state, List.of(dir), warnings::add);
    assertThat(session.markRead(List.of("https://Example.com/a/", "https://example.com/b")))
        .isEqualTo(2);
    assertThat(state).doesNotExist();
    wiring.close();
    assertThat(Files.readString(state.resolve("read.log"), StandardCharsets.UTF_8))
        .isEqualTo("+https://example.com/a\n+https://example.com/b\n");
    assertThat(warnings).isEmpty();
  }

  @Test
  void withNoStateNothingIsWritten() throws Exception {
    BrowseSession session = session();
    ReadStateWiring wiring = ReadStateWiring.off(session);
    assertThat(session.markRead(List.of("https://example.com/a"))).isEqualTo(1);
    wiring.close();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
