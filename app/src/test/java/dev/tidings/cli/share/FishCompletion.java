package dev.tidings.cli.share;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A fish completion script from the picocli model (picocli writes bash only): one {@code complete
 * -c tidings} line per option and subcommand. The options of {@code tidings} complete until a
 * subcommand is seen, those of a subcommand after it; an option that takes a value requires one
 * ({@code -r}), from its completion candidates or an enum's values when it has them (then no
 * files, {@code -x}), else files.
 */
public final class FishCompletion {

  private FishCompletion() {}

  /**
   * @param spec the model of the command, with its subcommands; never null
   * @return the script; never null
   */
  public static String script(CommandSpec spec) {
    String command = spec.name();
    List<String> subs = new ArrayList<>(spec.subcommands().keySet());
    List<String> out = new ArrayList<>();
    out.add("# fish completion for " + command + ", generated from its picocli model; do not edit");
    String noSub = "not __fish_seen_subcommand_from " + String.join(" ", subs);
    for (String sub : subs) {
      CommandSpec subSpec = spec.subcommands().get(sub).getCommandSpec();
      out.add(
          "complete -c " + command + " -n '__fish_use_subcommand' -f -a " + sub
              + " -d " + quoted(summary(subSpec.usageMessage().description())));
    }
    options(out, command, noSub, spec);
    for (String sub : subs) {
      options(
          out,
          command,
          "__fish_seen_subcommand_from " + sub,
          spec.subcommands().get(sub).getCommandSpec());
    }
    return String.join("\n", out) + "\n";
  }

  private static void options(List<String> out, String command, String when, CommandSpec spec) {
    for (OptionSpec option : spec.options()) {
      StringBuilder line = new StringBuilder("complete -c " + command + " -n " + quoted(when));
      for (String name : option.names()) {
        boolean isLong = name.startsWith("--");
        line.append(isLong ? " -l " + name.substring(2) : " -s " + name.substring(1));
      }
      if (option.arity().max() > 0) {
        List<String> choices = choices(option);
        if (!choices.isEmpty()) {
          line.append(" -x -a ").append(quoted(String.join(" ", choices)));
        } else if (Path.class.equals(option.type())) {
          line.append(" -r -F");
        } else {
          line.append(" -x");
        }
      }
      line.append(" -d ").append(quoted(summary(option.description())));
      out.add(line.toString());
    }
  }

  /**
   * The option's completion candidates (picocli gives an enum's constants when there are none),
   * in lower case for an enum type, as the help writes them; tidings accepts either case.
   */
  private static List<String> choices(OptionSpec option) {
    List<String> choices = new ArrayList<>();
    if (option.completionCandidates() != null) {
      for (String choice : option.completionCandidates()) {
        choices.add(option.type().isEnum() ? choice.toLowerCase(Locale.ROOT) : choice);
      }
    }
    return choices;
  }

  /** The first sentence of a description: up to its first colon or full stop, if any. */
  static String summary(String[] description) {
    String text = description.length == 0 ? "" : description[0];
    int end = text.length();
    for (String stop : List.of(": ", ". ", " (")) {
      int at = text.indexOf(stop);
      if (at > 0 && at < end) {
        end = at;
      }
    }
    return text.substring(0, end).replaceAll("\\.$", "");
  }

  /** The text in single quotes, as fish reads it: backslash and quote escaped. */
  private static String quoted(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
