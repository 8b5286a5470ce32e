package dev.tidings.cli;

import dev.tidings.cli.share.FishCompletion;
import dev.tidings.cli.share.ManPage;
import dev.tidings.ui.HelpSections;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the files of the distribution's {@code share/} directory from the picocli model of
 * tidings ({@link Main#commandLine}); run by the dist module's build before it assembles the
 * distribution. Arguments: the {@code share} directory to write into, the version, the README.
 *
 * <ul>
 *   <li>{@code bash-completion/completions/tidings}: picocli's {@link AutoComplete#bash}
 *   <li>{@code zsh/site-functions/_tidings}: the same script through zsh's {@code bashcompinit}
 *   <li>{@code fish/vendor_completions.d/tidings.fish}: {@link FishCompletion}
 *   <li>{@code man/man1/tidings.1}: {@link ManPage}
 * </ul>
 */
public final class ShareFiles {

  private ShareFiles() {}

  /**
   * @param args the share directory, the version and the path of the README
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: ShareFiles SHARE-DIR VERSION README");
    }
    Path share = Path.of(args[0]);
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    CommandLine commandLine = Main.commandLine(OutputStream.nullOutputStream(), nowhere, Map.of());
    String bash = lowerCaseChoices(AutoComplete.bash("tidings", commandLine));
    write(share.resolve("bash-completion/completions/tidings"), bash);
    write(share.resolve("zsh/site-functions/_tidings"), zsh(bash));
    write(
        share.resolve("fish/vendor_completions.d/tidings.fish"),
        FishCompletion.script(commandLine.getCommandSpec()));
    List<String> readme = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
    write(
        share.resolve("man/man1/tidings.1"),
        ManPage.roff(commandLine.getCommandSpec(), args[1], HelpSections.keys(), readme));
  }

  /**
   * The zsh completion function: picocli's bash script run through zsh's {@code bashcompinit},
   * which turns its {@code complete -F} into a {@code compdef}, and a no-op {@code compopt} (a
   * bash builtin that zsh lacks); then the completion asked for.
   */
  static String zsh(String bash) {
    return "#compdef tidings\n"
        + "# zsh completion for tidings: the bash completion, which picocli generates from the\n"
        + "# model of the command line, through zsh's bashcompinit. Generated; do not edit.\n"
        + "autoload -U +X bashcompinit && bashcompinit\n"
        + "# bash's compopt, which the script calls, is not in zsh: a no-op there.\n"
        + "whence compopt >/dev/null || compopt() { :; }\n"
        + bash.replaceFirst("^#!.*\\n", "")
        + "\n_bash_complete -o default -F _complete_tidings \"$@\"\n";
  }

  /**
   * The values of an enum option (picocli offers its constants: AUTO ALWAYS NEVER) in lower case,
   * as the help and the README write them; tidings accepts either case.
   */
  static String lowerCaseChoices(String bash) {
    Matcher choices = Pattern.compile("(?m)^(\\s*local \\w+_option_args=\\()(.*)$").matcher(bash);
    StringBuilder out = new StringBuilder();
    while (choices.find()) {
      String values = choices.group(2).toLowerCase(Locale.ROOT);
      choices.appendReplacement(out, Matcher.quoteReplacement(choices.group(1) + values));
    }
    return choices.appendTail(out).toString();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
