package dev.tidings.cli;

import dev.tidings.browse.Accepted;
import dev.tidings.cli.output.AcceptFormat;
import dev.tidings.cli.output.AcceptWriter;
import dev.tidings.cli.output.Escapes;
import dev.tidings.cli.output.OutputFile;
import dev.tidings.ui.ExpectKeys;
import dev.tidings.ui.Key;
import dev.tidings.ui.KeyMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of what {@code tidings} writes on accept and where (a picocli mixin): {@code
 * --format}, {@code -o}/{@code --output}, {@code --append}, {@code --expect}, {@code --print0};
 * and the writing itself, after the terminal is given back.
 */
final class AcceptOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      completionCandidates = FormatNames.class,
      description =
          "What to print of each accepted article: url (the default), markdown (- [title](url)), "
              + "json or tsv (as tidings list writes them; fields not known for a related story "
              + "outside the timeline are null or empty), path (the file; none for such a "
              + "related story).")
  private AcceptFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write to FILE instead of stdout (replaced atomically; left alone on quit or when "
              + "there is nothing to write).")
  private Path output;

  @Option(names = "--append", description = "With -o, add to FILE instead of replacing it.")
  private boolean append;

  @Option(
      names = "--expect",
      paramLabel = "KEYS",
      converter = ExpectConverter.class,
      description =
          "More keys that accept, separated by commas (ctrl-o, alt-x, f5, ctrl-space...); the "
              + "first line printed is the name of the key that accepted, empty for Enter.")
  private ExpectKeys expect = ExpectKeys.none();

  @Option(names = "--print0", description = "End each line with NUL instead of a newline.")
  private boolean print0;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  /**
   * Takes the format of the configuration file unless {@code --format} was given.
   *
   * @param configured the configuration's format; never null
   */
  void useConfig(AcceptFormat configured) {
    if (format == null) {
      format = configured;
    }
  }

  /** @return the keys of {@code --expect}; none when it was not given */
  ExpectKeys expect() {
    return expect;
  }

  /**
   * Checks the options together, and the output file as far as possible without creating it, so
   * that a mistake shows before the browser starts rather than after the user has chosen.
   *
   * @param stderr where a problem with the file is reported
   * @return true when the browser may start; false when the file cannot be used (reported)
   * @throws ParameterException if {@code --append} is given without {@code -o}
   */
  boolean check(PrintStream stderr) {
    if (append && output == null) {
      throw new ParameterException(spec.commandLine(), "--append needs -o FILE");
    }
    String unusable = output == null ? null : OutputFile.unusable(output);
    if (unusable != null) {
      stderr.println("tidings: cannot write " + shown(output) + ": " + unusable);
      return false;
    }
    return true;
  }

  /**
   * Writes the accepted items in the chosen format to stdout or the file: all in one piece, after
   * the key line of {@code --expect}.
   *
   * @param accepted the accepted items; never null
   * @param acceptedBy the key that accepted; null when not known (as Enter)
   * @param zone the zone of dates; never null
   * @param stdout stdout; never null
   * @param stderr where refused items and errors are reported; never null
   * @return the exit status: written, nothing to write, or an error writing the file
   * @throws IOException if stdout cannot be written
   */
  int write(
      List<Accepted> accepted,
      Key acceptedBy,
      ZoneId zone,
      OutputStream stdout,
      PrintStream stderr)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AcceptFormat chosen = format == null ? AcceptFormat.URL : format;
    AcceptWriter writer = new AcceptWriter(chosen, zone, print0, bytes, stderr);
    if (!expect.isEmpty()) {
      writer.keyLine(expect.name(acceptedBy));
    }
    int written = writer.write(accepted);
    if (output == null) {
      bytes.writeTo(stdout);
      stdout.flush();
    } else if (written > 0) {
      try {
        if (append) {
          OutputFile.append(output, bytes.toByteArray());
        } else {
          OutputFile.replace(output, bytes.toByteArray());
        }
      } catch (IOException e) {
        stderr.println(
            "tidings: cannot write "
                + shown(output)
                + ": "
                + reason(e)
                + "; the "
                + (written == 1 ? "accepted article was" : written + " accepted articles were")
                + " not written anywhere");
        return ExitStatus.ERROR;
      }
    }
    return written > 0 ? ExitStatus.WRITTEN : ExitStatus.NOTHING;
  }

  private static String shown(Path file) {
    return Escapes.printable(file.toString());
  }

  /** @return what went wrong, without the path the message would repeat */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /** {@code --format}: {@link AcceptFormat#ofLabel}. */
  static final class FormatConverter implements ITypeConverter<AcceptFormat> {
    @Override
    public AcceptFormat convert(String value) {
      return AcceptFormat.ofLabel(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "expected url, markdown, json, tsv or path, not '" + value + "'"));
    }
  }

  /** The names of {@code --format}, for help and shell completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(AcceptFormat.values()).map(AcceptFormat::label).iterator();
    }
  }

  /** {@code --expect}: {@link ExpectKeys#parse} against the standard keys. */
  static final class ExpectConverter implements ITypeConverter<ExpectKeys> {
    @Override
    public ExpectKeys convert(String value) {
      try {
        return ExpectKeys.parse(value, KeyMap.standard());
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
