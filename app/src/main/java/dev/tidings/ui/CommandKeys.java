package dev.tidings.ui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.tidings.browse.BrowseSession;
import dev.tidings.model.TimelineEntry;
import dev.tidings.ui.external.CommandFields;
import dev.tidings.ui.external.CommandRunner;
import dev.tidings.ui.external.ExternalCommand;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the external command a key is bound to ({@link Commands}) for the article under the cursor
 * and the marked URLs (else its URL), with a {@link CommandRunner}; says what came of it on the
 * status line. Runs on the UI thread; a background command's result comes back through {@code
 * later}.
 */
final class CommandKeys {

  private final Commands commands;
  private final BrowseSession session;
  private final ZoneId zone;
  private final Consumer<Runnable> later;
  private CommandRunner runner = CommandRunner.NONE;

  /**
   * @param commands the bound commands; never null
   * @param session whose article and marks the commands are for; never null
   * @param zone the zone of {@code {date}}; never null
   * @param later runs a task on the UI thread at its next turn; never null
   */
  CommandKeys(Commands commands, BrowseSession session, ZoneId zone, Consumer<Runnable> later) {
    this.commands = Objects.requireNonNull(commands, "commands");
    this.session = Objects.requireNonNull(session, "session");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.later = Objects.requireNonNull(later, "later");
  }

  /** @param runner what runs the commands from now on; never null */
  void use(CommandRunner runner) {
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  /**
   * @param stroke a keystroke; never null
   * @return whether it runs a command in the session's context
   */
  boolean runs(KeyStroke stroke) {
    return commands.command(session.context(), stroke).isPresent();
  }

  /**
   * Runs the command of the keystroke in the session's context, if it has one.
   *
   * @param stroke the keystroke; never null
   * @return whether the terminal was handed over (the screen must be redrawn whole); empty when
   *     the keystroke runs no command
   */
  Optional<Boolean> run(KeyStroke stroke) {
    Optional<ExternalCommand> command = commands.command(session.context(), stroke);
    if (command.isEmpty()) {
      return Optional.empty();
    }
    Optional<TimelineEntry> current = session.current();
    if (current.isEmpty()) {
      session.say(command.get().name() + " not run: no article");
      return Optional.of(false);
    }
    CommandRunner.Started started =
        runner.run(
            command.get(),
            fields(current.get()),
            message -> later.accept(() -> session.say(message)));
    session.say(started.message());
    return Optional.of(started.redraw());
  }

  private CommandFields fields(TimelineEntry entry) {
    String date =
        entry.published() == null
            ? ""
            : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.published().atZone(zone));
    return new CommandFields(
        nonNull(entry.url()),
        nonNull(entry.title()),
        entry.key() == null ? "" : entry.key().path().toString(),
        nonNull(entry.provider()),
        date,
        session.acceptedUrls());
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
