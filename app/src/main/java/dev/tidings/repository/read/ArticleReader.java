package dev.tidings.repository.read;

import dev.tidings.model.Article;
import dev.tidings.model.ArticleId;
import dev.tidings.model.FileKey;
import dev.tidings.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one article file: its first {@link Limits#MAX_BYTES} bytes, the front matter block, parsed
 * with SnakeYAML's {@code SafeConstructor} only ({@link YamlLoader}), with {@link Limits} on
 * aliases, nesting and size, and with every scalar kept as a string; or, for the file's index
 * record only, with the {@link FrontMatterScanner} when the block is plain enough for it. What it
 * repairs on the way is said in notes, {@link Problem}s of kinds that do not {@linkplain
 * Problem.Kind#skips() skip} the file: bytes that are not UTF-8 (read as windows-1252), mojibake,
 * duplicate top-level keys (the last value is used), a missing title, a missing or invalid date, a
 * file cut at {@link Limits#MAX_BYTES}. Thread-safe: each thread gets its own {@link YamlLoader},
 * which is not, and its own read buffer.
 */
public final class ArticleReader {

  /** The usual size of the read buffer of {@link #readRecord}: most article files fit in it. */
  private static final int RECORD_BUFFER_BYTES = 64 << 10;

  private final ThreadLocal<YamlLoader> loader = ThreadLocal.withInitial(YamlLoader::new);

  /** One buffer per parse thread, so that reading a record allocates only what it keeps. */
  private final ThreadLocal<byte[]> recordBuffer =
      ThreadLocal.withInitial(() -> new byte[RECORD_BUFFER_BYTES]);

  /**
   * Reads and maps one article file.
   *
   * @param key the file version to read; its path is the article's id
   * @return the article; never null
   * @throws IOException if the file cannot be read
   * @throws ArticleFormatException if it holds no valid front matter mapping
   */
  public Article read(FileKey key) throws IOException, ArticleFormatException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(key.path())) {
      bytes = in.readNBytes(Limits.MAX_BYTES);
    }
    return parse(key, bytes, bytes.length).article();
  }

  /**
   * Reads the index record of one article file, what the timeline index keeps of it: with the
   * {@link FrontMatterScanner} when the front matter is plain enough for it, else with SnakeYAML as
   * {@link #read} does; both give the same record, notes included.
   *
   * @param key the file version to read; never null
   * @return the file's index record, with {@code key} as its key; never null
   * @throws IOException if the file cannot be read
   * @throws ArticleFormatException if it holds no valid front matter mapping
   */
  public IndexRecord readRecord(FileKey key) throws IOException, ArticleFormatException {
    return readRecord(key, true);
  }

  /**
   * {@link #readRecord(FileKey)}, or with {@code fast} false the SnakeYAML path only, which the
   * fast path must agree with record for record, notes included (the tests and the fuzzer compare
   * the two).
   *
   * @param key the file version to read; never null
   * @param fast whether the {@link FrontMatterScanner} may answer
   * @return the file's index record, with {@code key} as its key; never null
   * @throws IOException if the file cannot be read
   * @throws ArticleFormatException if it holds no valid front matter mapping
   */
  public IndexRecord readRecord(FileKey key, boolean fast)
      throws IOException, ArticleFormatException {
    byte[] buffer = recordBuffer.get();
    int length;
    try (InputStream in = Files.newInputStream(key.path())) {
      length = in.readNBytes(buffer, 0, buffer.length);
      if (length == buffer.length && buffer.length < Limits.MAX_BYTES) {
        // A file larger than the usual buffer: read it the ordinary way, up to the cap.
        byte[] rest = in.readNBytes(Limits.MAX_BYTES - length);
        byte[] all = new byte[length + rest.length];
        System.arraycopy(buffer, 0, all, 0, length);
        System.arraycopy(rest, 0, all, length, rest.length);
        buffer = all;
        length = all.length;
      }
    }
    FrontMatterScanner.Fields fields = fast ? FrontMatterScanner.scan(buffer, length) : null;
    if (fields != null) {
      Notes notes = new Notes(key.path());
      Dates.Dating dating = Dates.dating(fields.published(), key.path(), key.modified());
      notes.common(key, fields.title() == null, dating);
      return IndexRecord.of(key, fields, dating, notes.list());
    }
    Parsed parsed = parse(key, buffer, length);
    return IndexRecord.of(key, parsed.article(), parsed.notes());
  }

  /**
   * Maps the text of an article file that is not read from a file (an undated article gets the
   * date of the id's file name, or none).
   *
   * @param id the file the text came from
   * @param content the file's text; never null
   * @return the article; never null
   * @throws ArticleFormatException if the text holds no valid front matter mapping
   */
  public Article parse(ArticleId id, String content) throws ArticleFormatException {
    return parseText(id.path(), null, content, new Windows1252.Decoded(content, new int[0]))
        .article();
  }

  /** An article and what was repaired to read it. */
  private record Parsed(Article article, List<Problem> notes) {}

  private Parsed parse(FileKey key, byte[] bytes, int length) throws ArticleFormatException {
    Windows1252.Decoded decoded = Windows1252.decode(bytes, length);
    try {
      return parseText(key.path(), key, decoded.text(), decoded);
    } catch (ArticleFormatException e) {
      String message = e.getMessage();
      if (e.kind() == Problem.Kind.UNCLOSED_FRONT_MATTER && key.size() > Limits.MAX_BYTES) {
        message +=
            " within the first " + size(Limits.MAX_BYTES) + " (the file is " + size(key.size())
                + ")";
      }
      if (decoded.fallbacks().length > 0) {
        message += " (the file is not UTF-8)";
      }
      throw new ArticleFormatException(e.kind(), message, e.line());
    }
  }

  /**
   * @param key the file version; null when the text is not read from a file
   * @param decoded how the text was decoded
   */
  private Parsed parseText(Path path, FileKey key, String content, Windows1252.Decoded decoded)
      throws ArticleFormatException {
    String frontMatter = FrontMatter.extract(content);
    // The YAML starts on line 2: after the first line, the opening marker.
    int yamlStart = content.indexOf('\n') + 1;
    Notes notes = new Notes(path);
    notes.fallbacks(content, yamlStart + frontMatter.length(), decoded.fallbacks());
    Mojibake.Repair repair = Mojibake.repair(frontMatter);
    if (repair.repairs() > 0) {
      notes.add(
          Problem.Kind.MOJIBAKE,
          2 + lines(frontMatter, repair.firstAt()),
          String.format(
              Locale.ROOT,
              "repaired %s of UTF-8 once read as windows-1252, first \"%s\" as \"%s\"",
              repair.repairs() == 1 ? "a sequence" : repair.repairs() + " sequences",
              repair.firstBroken(),
              repair.firstRepaired()));
    }
    YamlLoader yaml = loader.get();
    Object document = yaml.load(repair.text());
    if (!(document instanceof Map<?, ?> map)) {
      throw new ArticleFormatException(
          Problem.Kind.NOT_A_MAPPING, "front matter is not a mapping of fields", 2);
    }
    notes.duplicates(yaml.duplicates());
    Dates.Dating dating =
        Dates.dating(
            ArticleMapper.string(map, "publishedDateTime"),
            path,
            key == null ? null : key.modified());
    if (key != null) {
      notes.common(key, ArticleMapper.string(map, "title") == null, dating);
    }
    return new Parsed(ArticleMapper.article(new ArticleId(path), map, dating), notes.list());
  }

  /** @return how many line ends {@code text} has before {@code offset} */
  private static int lines(String text, int offset) {
    int count = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }

  /** @return {@code bytes} in words, such as {@code 1 MiB} or {@code 5.2 MiB} */
  static String size(long bytes) {
    if (bytes % (1 << 20) == 0) {
      return bytes / (1 << 20) + " MiB";
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
  }

  /** The notes of one file, in the order both reading paths give them. */
  private static final class Notes {
    private final Path path;
    private final List<Problem> list = new ArrayList<>(0);

    Notes(Path path) {
      this.path = path;
    }

    void add(Problem.Kind kind, int line, String message) {
      list.add(new Problem(path, line, kind, message));
    }

    /** Bytes read as windows-1252 within the front matter (the body is never shown). */
    void fallbacks(String content, int frontMatterEnd, int[] fallbacks) {
      int count = 0;
      while (count < fallbacks.length && fallbacks[count] < frontMatterEnd) {
        count++;
      }
      if (count > 0) {
        add(
            Problem.Kind.WINDOWS_1252,
            1 + lines(content, fallbacks[0]),
            count == 1
                ? "a byte is not UTF-8 and was read as windows-1252"
                : count + " bytes are not UTF-8 and were read as windows-1252");
      }
    }

    void duplicates(List<YamlLoader.Duplicate> duplicates) {
      if (!duplicates.isEmpty()) {
        YamlLoader.Duplicate first = duplicates.get(0);
        add(
            Problem.Kind.DUPLICATE_KEY,
            first.line(),
            "field \"" + first.key() + "\" is given again (first on line " + first.firstLine()
                + "); the last value is used"
                + (duplicates.size() > 1 ? ", here and for " + (duplicates.size() - 1) + " more"
                    : ""));
      }
    }

    /** The notes both paths find the same way: title, date, size, name. */
    void common(FileKey key, boolean untitled, Dates.Dating dating) {
      if (untitled) {
        add(Problem.Kind.UNTITLED, 0, "no title; its file name is shown");
      }
      if (dating.note() != null) {
        add(Problem.Kind.UNDATED, 0, dating.note());
      }
      if (key.size() > Limits.MAX_BYTES) {
        add(
            Problem.Kind.TRUNCATED,
            0,
            "only the first " + size(Limits.MAX_BYTES) + " of " + size(key.size()) + " was read");
      }
      if (FileNames.mayNotBeUtf8(key.path())) {
        String shown = FileNames.shown(key.path());
        if (!shown.equals(key.path().toString())) {
          add(Problem.Kind.FILE_NAME, 0, "the name is not UTF-8: " + shown);
        }
      }
    }

    List<Problem> list() {
      return list;
    }
  }
}
