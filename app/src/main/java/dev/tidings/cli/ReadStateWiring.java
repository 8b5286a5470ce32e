package dev.tidings.cli;

import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.ReadState;
import dev.tidings.repository.state.ReadStateFile;
import dev.tidings.ui.Browser;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Wires a session's read state to the state directory: {@link #start} loads it in the background
 * once the first frame is drawn and hands it to the UI thread; changes go to the read log as they
 * are made; {@link #close} writes what waits and closes the log. With {@code --no-state}, the
 * session's read state is kept in memory only.
 */
final class ReadStateWiring {

  private final BrowseSession session;
  private final Path directory;
  private final List<Path> roots;
  private final Consumer<String> warnings;
  /** Null with {@code --no-state}, or before {@link #start}. */
  private ReadStateFile file;
  /** Changes made before {@link #start}: the sign and the key, written once it has started. */
  private final List<String> early = new ArrayList<>();

  private ReadStateWiring(
      BrowseSession session, Path directory, List<Path> roots, Consumer<String> warnings) {
    this.session = session;
    this.directory = directory;
    this.roots = roots;
    this.warnings = warnings;
  }

  /**
   * @param session the session; never null
   * @return wiring that keeps read state in memory only, already in use by the session
   */
  static ReadStateWiring off(BrowseSession session) {
    session.useReadState(ReadState.inMemory());
    return new ReadStateWiring(session, null, List.of(), warning -> {});
  }

  /**
   * @param session the session; never null
   * @param directory the state directory; never null
   * @param roots the directories and files browsed; never null
   * @param warnings receives what the user should know, from any thread; never null
   * @return wiring whose read state is in use by the session, to be loaded by {@link #start}
   */
  static ReadStateWiring on(
      BrowseSession session, Path directory, List<Path> roots, Consumer<String> warnings) {
    ReadStateWiring wiring = new ReadStateWiring(session, directory, roots, warnings);
    session.useReadState(new ReadState(wiring::write));
    return wiring;
  }

  /** Starts loading the stored state, which reaches the session on the browser's UI thread. */
  void start(Browser browser) {
    if (directory == null) {
      return;
    }
    open(
        loaded ->
            browser.later(() -> session.readStateLoaded(loaded.read(), loaded.previousRun())));
  }

  private synchronized void open(Consumer<ReadStateFile.Loaded> loaded) {
    file = ReadStateFile.start(directory, roots, Clock.systemUTC(), warnings, loaded);
    for (String change : early) {
      file.append(change.charAt(0) == '+', List.of(change.substring(1)));
    }
    early.clear();
  }

  private synchronized void write(boolean read, List<String> keys) {
    if (file == null) {
      // Before the first frame (keys typed ahead): kept until the load starts.
      for (String key : keys) {
        early.add((read ? "+" : "-") + key);
      }
    } else {
      file.append(read, keys);
    }
  }

  /** Writes the changes not yet written and closes the log; waits for a load under way. */
  synchronized void close() {
    if (file == null && !early.isEmpty()) {
      open(loaded -> {});
    }
    if (file == null) {
      return;
    }
    try {
      file.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
