package dev.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.browse.Accepted;
import dev.tidings.ui.Key;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/** What accept writes and where: the options parsed as tidings parses them, then the writing. */
class AcceptOptionsTest {

  @Command(name = "tidings")
  static final class Holder {
    @Mixin AcceptOptions accept;
  }

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);

  private static final List<Accepted> TWO =
      List.of(new Accepted("https://a.example/", null), new Accepted("https://b.example/", null));

  private static AcceptOptions parse(String... args) {
    Holder holder = new Holder();
    new CommandLine(holder).parseArgs(args);
    return holder.accept;
  }

  private int accept(AcceptOptions options, List<Accepted> items, Key key) throws IOException {
    assertThat(options.check(stderr)).isTrue();
    return options.write(items, key, ZoneOffset.UTC, out, stderr);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void byDefaultUrlsGoToStdout() throws IOException {
    assertThat(accept(parse(), TWO, null)).isEqualTo(ExitStatus.WRITTEN);
    assertThat(out()).isEqualTo("https://a.example/\nhttps://b.example/\n");
  }

  @Test
  void theFormatIsChosenInAnyCase() throws IOException {
    assertThat(accept(parse("--format=MARKDOWN"), TWO.subList(0, 1), null)).isZero();
    assertThat(out()).isEqualTo("- [https://a.example/](https://a.example/)\n");
  }

  @Test
  void outputReplacesTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("picks.txt"), "old\n");
    assertThat(accept(parse("-o", file.toString()), TWO, null)).isZero();
    assertThat(out()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo("https://a.example/\nhttps://b.example/\n");
  }

  @Test
  void appendAddsToTheFileWithNulsWhenAsked() throws IOException {
    Path file = Files.writeString(dir.resolve("picks.txt"), "old\n");
    assertThat(accept(parse("--output", file.toString(), "--append", "--print0"), TWO, null))
        .isZero();
    assertThat(Files.readString(file)).isEqualTo("old\nhttps://a.example/\0https://b.example/\0");
  }

  @Test
  void nothingToWriteLeavesTheFileAlone() throws IOException {
    Path file = dir.resolve("picks.txt");
    List<Accepted> refused = List.of(new Accepted("javascript:alert(1)", null));
    assertThat(accept(parse("-o", file.toString()), refused, null)).isEqualTo(ExitStatus.NOTHING);
    assertThat(file).doesNotExist();
    assertThat(accept(parse("-o", file.toString()), List.of(), null))
        .isEqualTo(ExitStatus.NOTHING);
    assertThat(file).doesNotExist();
  }

  @Test
  void aDirectoryIsRefusedBeforeTheBrowserStarts() {
    AcceptOptions options = parse("-o", dir.toString());
    assertThat(options.check(stderr)).isFalse();
    assertThat(err()).isEqualTo("tidings: cannot write " + dir + ": is a directory\n");
  }

  @Test
  void aFileThatCannotBeWrittenIsAnErrorAndTheUrlsGoNowhere() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    AcceptOptions options = parse("-o", sub.resolve("picks.txt").toString());
    assertThat(options.check(stderr)).isTrue();
    // The directory goes away while the user browses.
    Files.delete(sub);

    assertThat(options.write(TWO, null, ZoneOffset.UTC, out, stderr))
        .isEqualTo(ExitStatus.ERROR);

    assertThat(out()).isEmpty();
    assertThat(err())
        .isEqualTo(
            "tidings: cannot write "
                + sub.resolve("picks.txt")
                + ": no such file or directory; the 2 accepted articles were not written "
                + "anywhere\n");
  }

  @Test
  void appendWithoutAFileIsAUsageError() {
    AcceptOptions options = parse("--append");
    assertThatThrownBy(() -> options.check(stderr))
        .isInstanceOf(ParameterException.class)
        .hasMessage("--append needs -o FILE");
  }

  @Test
  void expectPutsTheKeyNameOnTheFirstLineAndAnEmptyLineForEnter() throws IOException {
    AcceptOptions options = parse("--expect=ctrl-o,f5");
    assertThat(accept(options, TWO.subList(0, 1), Key.ctrl('o'))).isZero();
    assertThat(accept(options, TWO.subList(1, 2), null)).isZero();
    assertThat(out()).isEqualTo("ctrl-o\nhttps://a.example/\n\nhttps://b.example/\n");
  }

  @Test
  void withoutExpectThereIsNoKeyLine() throws IOException {
    assertThat(accept(parse(), TWO.subList(0, 1), Key.ctrl('o'))).isZero();
    assertThat(out()).isEqualTo("https://a.example/\n");
  }
}
