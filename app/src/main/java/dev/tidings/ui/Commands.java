package dev.tidings.ui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.tidings.browse.Context;
import dev.tidings.ui.external.ExternalCommand;
import dev.tidings.ui.view.HelpSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The external commands bound to keys by the configuration's {@code commands:}: which command a
 * key runs in a context, and the help overlay's "Commands" section that lists them. The browser
 * asks it before the {@link KeyMap}; the configuration makes sure no command's key is bound to an
 * action in its context.
 */
public final class Commands {

  /**
   * A key that runs a command where it applies.
   *
   * @param key the key; never null
   * @param context where it runs the command ({@link Context#TIMELINE} or {@link
   *     Context#RELATED}); never null
   * @param command what it runs; never null
   */
  public record Binding(Key key, Context context, ExternalCommand command) {
    /** @throws NullPointerException if a part is null */
    public Binding {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(command, "command");
    }
  }

  /** No commands. */
  public static final Commands NONE = new Commands(List.of());

  private final List<Binding> bindings;

  /**
   * @param bindings the commands, in the configuration's order; never null, copied
   * @throws IllegalArgumentException if two have the same key in the same context
   */
  public Commands(List<Binding> bindings) {
    this.bindings = List.copyOf(bindings);
    for (int i = 0; i < this.bindings.size(); i++) {
      for (int j = 0; j < i; j++) {
        Binding a = this.bindings.get(j);
        Binding b = this.bindings.get(i);
        if (a.key().equals(b.key()) && a.context() == b.context()) {
          throw new IllegalArgumentException(
              KeyNames.name(b.key()) + " runs two commands in one context");
        }
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Commands commands && commands.bindings.equals(bindings);
  }

  @Override
  public int hashCode() {
    return bindings.hashCode();
  }

  /** @return the commands, in the configuration's order; never null */
  public List<Binding> bindings() {
    return bindings;
  }

  /**
   * @param context the session's context; never null
   * @param stroke a keystroke; never null
   * @return the command the keystroke runs there; empty when none
   */
  public Optional<ExternalCommand> command(Context context, KeyStroke stroke) {
    Key key = Key.of(stroke);
    for (Binding binding : bindings) {
      if (binding.context() == context && binding.key().equals(key)) {
        return Optional.of(binding.command());
      }
    }
    return Optional.empty();
  }

  /**
   * @return the help overlay's "Commands" section: each command's key and program, the context
   *     named when it is not the timeline; empty when there are no commands
   */
  Optional<HelpSection> section() {
    if (bindings.isEmpty()) {
      return Optional.empty();
    }
    List<HelpSection.Entry> entries = new ArrayList<>();
    for (Binding binding : bindings) {
      String where = binding.context() == Context.TIMELINE ? "" : " (related)";
      entries.add(
          new HelpSection.Entry(binding.key().label(), "run " + binding.command().name() + where));
    }
    return Optional.of(new HelpSection("Commands", entries));
  }
}
