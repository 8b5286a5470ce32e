package dev.tidings.cli;

import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.QueryHistory;
import dev.tidings.repository.state.QueryHistoryFile;
import dev.tidings.repository.state.StateDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a browsing session keeps between runs, wired to the state directory ({@code
 * $XDG_STATE_HOME/tidings}, else {@code ~/.local/state/tidings}: {@link StateDirectory}): the
 * filter prompt's earlier queries at once, and the read state ({@link ReadStateWiring}), which
 * loads after the first frame. With {@code --no-state} neither is read nor written.
 */
final class StateWiring {

  private StateWiring() {}

  /**
   * Gives the session its query history and read state.
   *
   * @param session the session; never null
   * @param env the environment ({@code XDG_STATE_HOME}); never null
   * @param noState whether {@code --no-state} (or {@code state: false}) was given
   * @param roots the directories and files browsed, for what is new since the previous run; never
   *     null
   * @param warn receives what the user should know (a damaged file set aside, a directory that
   *     cannot be written), from any thread; never null
   * @return the read state's wiring, to start after the first frame and close on exit; never null
   */
  static ReadStateWiring attach(
      BrowseSession session,
      Map<String, String> env,
      boolean noState,
      List<Path> roots,
      Consumer<String> warn) {
    if (noState) {
      session.setQueryHistory(new QueryHistory(List.of(), query -> {}));
      return ReadStateWiring.off(session);
    }
    Path directory = StateDirectory.of(env, System.getProperty("user.home"));
    session.setQueryHistory(queryHistory(directory, session, warn));
    return ReadStateWiring.on(session, directory, roots, warn);
  }

  /**
   * Reads the earlier queries; the warnings of reading them go to the status line at start, and
   * with those of writing them to stderr on exit.
   */
  private static QueryHistory queryHistory(
      Path directory, BrowseSession session, Consumer<String> warn) {
    List<String> atStart = new ArrayList<>();
    QueryHistoryFile file =
        QueryHistoryFile.open(
            directory,
            Clock.systemUTC(),
            warning -> {
              atStart.add(warning);
              warn.accept(warning);
            });
    if (!atStart.isEmpty()) {
      session.say(String.join("; ", atStart));
    }
    return new QueryHistory(file.queries(), file::append);
  }
}
