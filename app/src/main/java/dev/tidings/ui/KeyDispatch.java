package dev.tidings.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import dev.tidings.browse.Action;
import dev.tidings.browse.BrowseSession;
import dev.tidings.browse.Context;
import dev.tidings.browse.Outcome;
import dev.tidings.browse.UrlRequest;
import dev.tidings.ui.external.CommandRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a keystroke or a mouse event does, on the UI thread: its action in the session's context
 * ({@link KeyMap}), else the external command bound to it ({@link CommandKeys}), else text typed
 * into the filter prompt or a topic or provider list; a mouse event through {@link MouseActions}
 * on the last frame's layout. What the session then asks to open or copy is done here ({@link
 * UrlTools}). Keystrokes that arrive before the timeline has rows are held, and handled once it
 * has some ({@link #handleHeld()}). Not thread-safe.
 */
final class KeyDispatch {

  /** The actions that are not held while the timeline waits for its first rows. */
  private static final Set<Action> QUITTING = EnumSet.of(Action.QUIT, Action.QUIT_NOW);

  private final BrowseSession session;
  private final KeyMap keyMap;
  private final ScreenRefresh refresh;
  /** Runs the external commands of the configuration's {@code commands:}. */
  private final CommandKeys commandKeys;
  /** Opens and copies what the session asks ({@code o}, {@code y}, {@code Y}). */
  private UrlTools urlTools = UrlTools.NONE;
  /** Keystrokes that arrived while the timeline had no rows yet. */
  private final List<KeyStroke> held = new ArrayList<>();
  /** What mouse events do ({@code --mouse}). */
  private final MouseActions mouse = new MouseActions(System::currentTimeMillis);
  /** The key that accepted; null until one has. */
  private Key acceptedBy;

  /**
   * @param session the session keys act on; never null
   * @param keyMap the keys; never null
   * @param refresh the screen's refresh, for the last layout and full redraws; never null
   * @param commandKeys the keys bound to external commands; never null
   */
  KeyDispatch(
      BrowseSession session, KeyMap keyMap, ScreenRefresh refresh, CommandKeys commandKeys) {
    this.session = Objects.requireNonNull(session, "session");
    this.keyMap = Objects.requireNonNull(keyMap, "keyMap");
    this.refresh = Objects.requireNonNull(refresh, "refresh");
    this.commandKeys = Objects.requireNonNull(commandKeys, "commandKeys");
  }

  /**
   * Handles the keystrokes held while the timeline had no rows, once it has some (or indexing has
   * ended with none).
   *
   * @return what they ask for; {@link Outcome#CONTINUE} when there are none
   */
  Outcome handleHeld() {
    if (held.isEmpty() || waitingForRows()) {
      return Outcome.CONTINUE;
    }
    List<KeyStroke> strokes = List.copyOf(held);
    held.clear();
    for (KeyStroke stroke : strokes) {
      Outcome outcome = handle(stroke);
      if (outcome != Outcome.CONTINUE) {
        return outcome;
      }
    }
    return Outcome.CONTINUE;
  }

  /**
   * Handles one keystroke: its action in the session's context, or text typed into the filter or
   * the topic or provider list.
   * End of input (the terminal went away) quits.
   *
   * @param stroke the keystroke; never null
   * @return what to do next; never null
   */
  Outcome handle(KeyStroke stroke) {
    if (stroke.getKeyType() == KeyType.EOF) {
      return Outcome.QUIT;
    }
    if (stroke instanceof MouseAction pointer) {
      Optional<Action> action = mouse.handle(pointer, refresh.layout(), session);
      if (action.isEmpty()) {
        return Outcome.CONTINUE;
      }
      Outcome outcome = session.apply(action.get());
      session.takeRequest().ifPresent(this::perform);
      return outcome;
    }
    Context context = session.context();
    if (stroke.isAltDown()
        && keyMap.binding(context, stroke).isEmpty()
        && !commandKeys.runs(stroke)) {
      // Lanterna reads Esc and a key that follows within the Esc wait (or in the same packet,
      // after a stall on an SSH link) as Alt+key. Unless Alt+key is bound here, it is both keys.
      Outcome escape = handle(new KeyStroke(KeyType.Escape));
      return escape != Outcome.CONTINUE ? escape : handle(withoutAlt(stroke));
    }
    Optional<Action> action = keyMap.action(context, stroke);
    if (waitingForRows() && !action.map(QUITTING::contains).orElse(false)) {
      // Keys typed before the first rows are shown would act on an empty timeline.
      held.add(stroke);
      return Outcome.CONTINUE;
    }
    if (action.isEmpty()) {
      commandKeys.run(stroke).ifPresent(this::ranCommand);
    }
    if (action.isPresent()) {
      Outcome outcome = session.apply(action.get());
      if (outcome == Outcome.ACCEPT) {
        acceptedBy = Key.of(stroke);
      }
      session.takeRequest().ifPresent(this::perform);
      return outcome;
    }
    if (context == Context.FILTER || context == Context.FACETS) {
      KeyMap.typed(stroke).ifPresent(session::type);
    }
    return Outcome.CONTINUE;
  }

  /** @return the key that accepted (Enter, or a key of {@code --expect}); empty until then */
  Optional<Key> acceptedBy() {
    return Optional.ofNullable(acceptedBy);
  }

  /**
   * Sets what opens articles in the browser and copies URLs; until called, {@link UrlTools#NONE}.
   * Call before the browser runs.
   *
   * @param tools the tools; never null
   */
  void useUrlTools(UrlTools tools) {
    urlTools = Objects.requireNonNull(tools, "tools");
  }

  /**
   * Sets what runs the configuration's external commands; until called, {@link
   * CommandRunner#NONE}. Call before the browser runs.
   *
   * @param runner the runner; never null
   */
  void useCommandRunner(CommandRunner runner) {
    commandKeys.use(runner);
  }

  /** Redraws all after a command had the terminal. */
  private void ranCommand(boolean handedOver) {
    if (handedOver) {
      refresh.redrawAll();
    }
  }

  /** Opens or copies on the UI thread between frames; redraws all after a handover. */
  private void perform(UrlRequest request) {
    try {
      UrlTools.Result result = urlTools.perform(request);
      session.say(result.message());
      if (result.redraw()) {
        refresh.redrawAll();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return whether the timeline has no rows yet while indexing still runs */
  private boolean waitingForRows() {
    return session.timeline().isEmpty() && !session.progress().complete();
  }

  private static KeyStroke withoutAlt(KeyStroke stroke) {
    return stroke.getKeyType() == KeyType.Character
        ? new KeyStroke(stroke.getCharacter(), stroke.isCtrlDown(), false, stroke.isShiftDown())
        : new KeyStroke(stroke.getKeyType(), stroke.isCtrlDown(), false, stroke.isShiftDown());
  }
}
