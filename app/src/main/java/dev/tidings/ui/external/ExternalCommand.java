package dev.tidings.ui.external;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program the user bound to a key in the configuration's {@code commands:}: its words, with
 * placeholders ({@link #PLACEHOLDERS}, such as {@code {url}}) that {@link #argv} replaces by the
 * article's fields. No shell is involved: each word, once its placeholders are replaced, is one
 * argument of the program, whatever the fields hold. {@code {urls}} must be a whole word and
 * becomes one argument per URL.
 *
 * @param run the program and its arguments; never empty, each word's placeholders known
 * @param interactive whether it runs on the terminal with the screen suspended (else in the
 *     background, its input {@code /dev/null})
 */
public record ExternalCommand(List<String> run, boolean interactive) {

  /** The placeholders' names, without braces, in the order of {@link CommandFields}. */
  public static final List<String> PLACEHOLDERS =
      List.of("url", "title", "path", "provider", "date", "urls");

  /** A placeholder: a name in braces. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_-]*)\\}");

  /**
   * Copies the list and checks the placeholders.
   *
   * @throws IllegalArgumentException if {@code run} is empty, its program is empty, a placeholder
   *     is unknown or {@code {urls}} is part of a word
   * @throws NullPointerException if {@code run} or a word is null
   */
  public ExternalCommand {
    run = List.copyOf(run);
    if (run.isEmpty() || run.get(0).isEmpty()) {
      throw new IllegalArgumentException("no program to run");
    }
    for (String word : run) {
      check(word);
    }
  }

  private static void check(String word) {
    Matcher matcher = PLACEHOLDER.matcher(word);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!PLACEHOLDERS.contains(name)) {
        throw new IllegalArgumentException(
            "unknown placeholder {" + name + "} (placeholders: {"
                + String.join("}, {", PLACEHOLDERS) + "})");
      }
      if (name.equals("urls") && !word.equals("{urls}")) {
        throw new IllegalArgumentException("{urls} must be a word of its own, not part of '"
            + word + "'");
      }
    }
  }

  /** @return the program's name: the last part of the first word, such as {@code curl} */
  public String name() {
    String program = run.get(0);
    return program.substring(program.lastIndexOf('/') + 1);
  }

  /**
   * @param fields what the placeholders stand for; never null
   * @return the words with their placeholders replaced, a word {@code {urls}} replaced by one
   *     argument per URL (none when there are no URLs); never null
   */
  public List<String> argv(CommandFields fields) {
    Objects.requireNonNull(fields, "fields");
    List<String> argv = new ArrayList<>();
    for (String word : run) {
      if (word.equals("{urls}")) {
        argv.addAll(fields.urls());
        continue;
      }
      Matcher matcher = PLACEHOLDER.matcher(word);
      StringBuilder expanded = new StringBuilder();
      while (matcher.find()) {
        String value = fields.value(matcher.group(1));
        matcher.appendReplacement(expanded, Matcher.quoteReplacement(value));
      }
      matcher.appendTail(expanded);
      argv.add(expanded.toString());
    }
    return argv;
  }
}
