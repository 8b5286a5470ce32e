package dev.tidings.cli.share;

import dev.tidings.ui.view.HelpSection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The man page {@code tidings(1)}, in roff with the man(7) macros: NAME, SYNOPSIS, DESCRIPTION and
 * OPTIONS from the picocli model of {@code tidings}, a section per subcommand, KEYS from the help
 * overlay's sections, QUERIES from the README's section, EXIT STATUS from the model, fixed
 * ENVIRONMENT and FILES, EXAMPLES from the model's footer, and a fixed SEE ALSO.
 */
public final class ManPage {

  private static final String SUMMARY =
      "browse a directory of news articles in the terminal and pick some";

  private ManPage() {}

  /**
   * @param spec the model of {@code tidings}, with its subcommands; never null
   * @param version the version shown in the footer; never null
   * @param keys the help overlay's sections of keys; never null
   * @param readme the README's lines, for the query language; never null
   * @return the man page; never null
   * @throws IllegalArgumentException if the README has no Queries section
   */
  public static String roff(
      CommandSpec spec, String version, List<HelpSection> keys, List<String> readme) {
    List<String> out = new ArrayList<>();
    out.add(".\\\" Generated from the picocli model of tidings at build time; do not edit.");
    out.add(".TH TIDINGS 1 \"\" \"tidings " + Roff.text(version) + "\" \"User Commands\"");
    out.add(".nh");
    out.add(".ad l");
    out.add(".SH NAME");
    out.add("tidings \\- " + SUMMARY);
    out.add(".SH SYNOPSIS");
    synopsis(out, spec);
    for (CommandSpec sub : subcommands(spec)) {
      out.add(".br");
      synopsis(out, sub);
    }
    out.add(".SH DESCRIPTION");
    description(out, spec);
    out.add(".SH OPTIONS");
    options(out, spec);
    out.add(".SH COMMANDS");
    for (CommandSpec sub : subcommands(spec)) {
      out.add(".SS " + Roff.bold(sub.qualifiedName()));
      description(out, sub);
      out.add(".PP");
      out.add("Options:");
      options(out, sub);
      out.add(".PP");
      out.add("Exit status:");
      exitStatus(out, sub);
    }
    out.add(".SH KEYS");
    out.add("Press ? in the browser for these keys.");
    for (HelpSection section : keys) {
      out.add(".SS " + Roff.text(section.title()));
      for (HelpSection.Entry entry : section.entries()) {
        out.add(".TP");
        out.add(Roff.bold(entry.keys()));
        out.add(Roff.text(entry.description()));
      }
    }
    out.add(".SH QUERIES");
    out.addAll(ReadmeSection.roff(readme, "Queries"));
    out.add(".SH EXIT STATUS");
    exitStatus(out, spec);
    out.addAll(FixedSections.environmentAndFiles());
    out.add(".SH EXAMPLES");
    for (String line : spec.usageMessage().footer()) {
      if (!line.isBlank() && line.startsWith("  ")) {
        out.add(".PP");
        out.add(Roff.bold(line.strip()));
      }
    }
    out.addAll(FixedSections.seeAlso());
    return String.join("\n", out) + "\n";
  }

  private static List<CommandSpec> subcommands(CommandSpec spec) {
    List<CommandSpec> subs = new ArrayList<>();
    spec.subcommands().values().forEach(commandLine -> subs.add(commandLine.getCommandSpec()));
    return List.copyOf(new LinkedHashSet<>(subs));
  }

  /** One synopsis line: the command, each option in brackets, the positional parameters. */
  private static void synopsis(List<String> out, CommandSpec spec) {
    StringBuilder line = new StringBuilder(Roff.bold(spec.qualifiedName()));
    for (OptionSpec option : spec.options()) {
      line.append(" [").append(Roff.bold(option.longestName()));
      if (option.arity().max() > 0) {
        // An unbreakable space: the option and its value stay on one line.
        line.append("\\ ").append(Roff.italic(option.paramLabel()));
      }
      line.append(']');
    }
    for (PositionalParamSpec positional : spec.positionalParameters()) {
      boolean optional = positional.arity().min() == 0;
      line.append(' ').append(optional ? "[" : "").append(Roff.italic(positional.paramLabel()));
      line.append(positional.arity().max() > 1 ? "..." : "").append(optional ? "]" : "");
    }
    out.add(line.toString());
  }

  private static void description(List<String> out, CommandSpec spec) {
    for (String paragraph : spec.usageMessage().description()) {
      if (!paragraph.isBlank()) {
        out.add(".PP");
        out.add(Roff.text(paragraph));
      }
    }
  }

  /** Each option as a tagged paragraph: its names, its parameter, its description. */
  private static void options(List<String> out, CommandSpec spec) {
    for (PositionalParamSpec positional : spec.positionalParameters()) {
      out.add(".TP");
      out.add(Roff.italic(positional.paramLabel()));
      out.add(Roff.text(String.join(" ", positional.description())));
    }
    for (OptionSpec option : spec.options()) {
      StringBuilder tag = new StringBuilder();
      for (String name : option.names()) {
        tag.append(tag.length() == 0 ? "" : ", ").append(Roff.bold(name));
      }
      if (option.arity().max() > 0) {
        tag.append(' ').append(Roff.italic(option.paramLabel()));
      }
      out.add(".TP");
      out.add(tag.toString());
      out.add(Roff.text(String.join(" ", option.description())));
    }
  }

  /** The exit codes of the command's help, as tagged paragraphs. */
  private static void exitStatus(List<String> out, CommandSpec spec) {
    Map<String, String> codes = spec.usageMessage().exitCodeList();
    for (Map.Entry<String, String> code : codes.entrySet()) {
      out.add(".TP");
      out.add(Roff.bold(code.getKey().strip()));
      out.add(Roff.text(code.getValue()));
    }
  }

  /** @return the names of every option of the command and its subcommands; never null */
  static Set<String> optionNames(CommandSpec spec) {
    Set<String> names = new LinkedHashSet<>();
    spec.options().forEach(option -> names.addAll(List.of(option.names())));
    subcommands(spec).forEach(sub -> names.addAll(optionNames(sub)));
    return names;
  }
}
