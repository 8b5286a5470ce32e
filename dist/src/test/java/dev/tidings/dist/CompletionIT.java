package dev.tidings.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The generated files of the built distribution's {@code share/}: bash completes options, their
 * values and subcommands with the bash script sourced (bash is always there); fish and zsh do
 * when they are installed, else their scripts are checked for what they must hold; the man page
 * renders without a warning with groff when it is installed, and names every option that {@code
 * bin/tidings --help} names.
 */
class CompletionIT {

  private static final Path HOME =
      Path.of(System.getProperty("tidings.test.home", "target/tidings")).toAbsolutePath();
  private static final Path BASH = HOME.resolve("share/bash-completion/completions/tidings");
  private static final Path ZSH = HOME.resolve("share/zsh/site-functions/_tidings");
  private static final Path FISH = HOME.resolve("share/fish/vendor_completions.d/tidings.fish");
  private static final Path MAN = HOME.resolve("share/man/man1/tidings.1");

  /** Bash completes a line with the script sourced, as readline would at its end. */
  private static final String COMPLETE_IN_BASH =
      "source \"$0\"; COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\";"
          + " COMP_POINT=${#COMP_LINE}; _complete_tidings 2>/dev/null;"
          + " printf '%s\\n' \"${COMPREPLY[@]}\"";

  @Test
  void bashCompletesOptionsTheirValuesAndSubcommands() throws Exception {
    assertThat(bash("tidings", "--so")).containsExactly("--sort");
    assertThat(bash("tidings", "--sort", ""))
        .containsExactly("date", "oldest", "quality", "heat", "provider");
    assertThat(bash("tidings", "li")).containsExactly("list");
    assertThat(bash("tidings", "--color", "")).containsExactly("auto", "always", "never");
    assertThat(bash("tidings", "--format", ""))
        .containsExactly("url", "markdown", "json", "tsv", "path");
    assertThat(bash("tidings", "list", "--format", ""))
        .containsExactly("url", "tsv", "json", "path");
    assertThat(bash("tidings", "list", "--li")).containsExactly("--limit");
    assertThat(bash("tidings", "check", "--j")).containsExactly("--json");
  }

  @Test
  void zshRunsTheBashCompletionThroughBashcompinit() throws Exception {
    String zsh = Files.readString(ZSH, StandardCharsets.UTF_8);
    assertThat(zsh).startsWith("#compdef tidings\n").contains("bashcompinit", "_complete_tidings");
    if (installed("zsh")) {
      assertThat(run(List.of("zsh", "-n", ZSH.toString()))).isEmpty();
    }
  }

  @Test
  void fishCompletesOptionsTheirValuesAndSubcommands() throws Exception {
    String fish = Files.readString(FISH, StandardCharsets.UTF_8);
    assertThat(fish)
        .contains("complete -c tidings -n '__fish_use_subcommand' -f -a list ")
        .contains(" -l sort -x -a 'date oldest quality heat provider' -d 'The order'")
        .contains(" -l color -x -a 'auto always never' ")
        .contains(" -s o -l output -r -F ");
    if (installed("fish")) {
      assertThat(fishComplete("tidings --so")).containsExactly("--sort");
      assertThat(fishComplete("tidings --sort "))
          .containsExactly("date", "heat", "oldest", "provider", "quality");
      assertThat(fishComplete("tidings li")).containsExactly("list");
    }
  }

  @Test
  void theManPageHasItsSectionsAndEveryOptionAndRendersWithoutWarnings() throws Exception {
    String roff = Files.readString(MAN, StandardCharsets.UTF_8);
    assertThat(roff)
        .contains(".TH TIDINGS 1 ")
        .contains(".SH NAME\ntidings \\- ")
        .contains(".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH COMMANDS")
        .contains(".SH KEYS", ".SH QUERIES", ".SH EXIT STATUS", ".SH ENVIRONMENT")
        .contains(".SH FILES", ".SH EXAMPLES", ".SH SEE ALSO")
        .contains("\\fBsince:7d\\fR", "XDG_STATE_HOME/tidings/read.log")
        .contains("TIDINGS_TERMINAL_BROWSER");
    Set<String> options = new TreeSet<>();
    for (List<String> help :
        List.of(List.of("--help"), List.of("list", "--help"), List.of("check", "--help"))) {
      List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/tidings").toString()));
      command.addAll(help);
      Matcher option = Pattern.compile("(?<![\\w-])--[a-z0-9][a-z0-9-]*").matcher(run(command));
      while (option.find()) {
        options.add(option.group());
      }
    }
    assertThat(options).contains("--sort", "--limit", "--json", "--no-state");
    for (String option : options) {
      assertThat(roff).as(option).contains("\\fB" + option.replace("-", "\\-") + "\\fR");
    }
    if (installed("groff")) {
      // -ww: every warning; -z: no output but the warnings.
      assertThat(run(List.of("groff", "-man", "-Tutf8", "-ww", "-z", MAN.toString()))).isEmpty();
      String rendered = run(List.of("groff", "-man", "-Tascii", "-P", "-cbou", MAN.toString()));
      assertThat(rendered).contains("TIDINGS(1)", "SYNOPSIS", "EXIT STATUS", "       --sort ORDER");
    }
  }

  /** @return what bash completes for the words of a line, the last one being completed */
  private static List<String> bash(String... words) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("bash", "-c", COMPLETE_IN_BASH, BASH.toString()));
    command.addAll(List.of(words));
    return lines(run(command));
  }

  /** @return the candidates fish completes for a line, without their descriptions */
  private static List<String> fishComplete(String line) throws Exception {
    List<String> candidates = new ArrayList<>();
    String script = "source $argv[1]; complete -C $argv[2]";
    for (String candidate :
        lines(run(List.of("fish", "--no-config", "-c", script, FISH.toString(), line)))) {
      candidates.add(candidate.split("\t", 2)[0]);
    }
    return candidates;
  }

  private static List<String> lines(String output) {
    return output.isEmpty() ? List.of() : List.of(output.split("\n"));
  }

  private static boolean installed(String program) throws Exception {
    return run(List.of("sh", "-c", "command -v " + program + " || true")).strip().length() > 0;
  }

  /** Runs a command and returns its stdout and stderr together; fails unless it exits 0. */
  private static String run(List<String> command) throws IOException, InterruptedException {
    // In share/, where no file name starts as a completed word does.
    Process process =
        new ProcessBuilder(command)
            .directory(HOME.resolve("share").toFile())
            .redirectErrorStream(true)
            .start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    String text = new String(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("%s exited: %s", command, text).isZero();
    return text;
  }
}
