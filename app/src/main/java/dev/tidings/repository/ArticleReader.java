package dev.tidings.repository;

import dev.tidings.model.Article;
import dev.tidings.model.ArticleId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one article file: its first {@link #MAX_BYTES} bytes, the front matter block, parsed with
 * SnakeYAML's {@link SafeConstructor} only and with every scalar kept as a string. Thread-safe: each
 * thread gets its own {@link Yaml}, which is not.
 */
public final class ArticleReader {

  /** The most bytes read from one file; a front matter block must close within them. */
  public static final int MAX_BYTES = 1 << 20;

  /** The most aliases a front matter may use, against "billion laughs" alias bombs. */
  static final int MAX_ALIASES = 20;

  /** The deepest nesting of collections a front matter may have. */
  static final int MAX_NESTING = 32;

  /** The usual size of the read buffer of {@link #index}: most article files fit in it. */
  private static final int INDEX_BUFFER_BYTES = 64 << 10;

  private final ThreadLocal<Yaml> yaml = ThreadLocal.withInitial(ArticleReader::newYaml);

  /** One buffer per indexing thread, so that indexing a file allocates only what it keeps. */
  private final ThreadLocal<byte[]> indexBuffer =
      ThreadLocal.withInitial(() -> new byte[INDEX_BUFFER_BYTES]);

  /**
   * Reads and maps one article file.
   *
   * @param key the file version to read; its path is the article's id
   * @return the article; never null
   * @throws IOException if the file cannot be read
   * @throws ArticleFormatException if it holds no valid front matter mapping
   */
  public Article read(FileKey key) throws IOException, ArticleFormatException {
    return parse(new ArticleId(key.path()), readText(key));
  }

  /**
   * Reads what the index needs of one article file: with the {@link FrontMatterIndexer} when the
   * front matter is plain enough for it, else with SnakeYAML as {@link #read} does; both give the
   * same record.
   *
   * @param key the file version to read
   * @return the file's index record; never null
   * @throws IOException if the file cannot be read
   * @throws ArticleFormatException if it holds no valid front matter mapping
   */
  public IndexRecord index(FileKey key) throws IOException, ArticleFormatException {
    byte[] buffer = indexBuffer.get();
    int length;
    try (InputStream in = Files.newInputStream(key.path())) {
      length = in.readNBytes(buffer, 0, buffer.length);
      if (length == buffer.length && buffer.length < MAX_BYTES) {
        // A file larger than the usual buffer: read it the ordinary way, up to the cap.
        byte[] rest = in.readNBytes(MAX_BYTES - length);
        byte[] all = new byte[length + rest.length];
        System.arraycopy(buffer, 0, all, 0, length);
        System.arraycopy(rest, 0, all, length, rest.length);
        buffer = all;
        length = all.length;
      }
    }
    FrontMatterIndexer.Fields fields = FrontMatterIndexer.scan(buffer, length);
    if (fields != null) {
      return IndexRecord.of(key, fields);
    }
    String content = new String(buffer, 0, length, StandardCharsets.UTF_8);
    return IndexRecord.of(key, parse(new ArticleId(key.path()), content));
  }

  private static String readText(FileKey key) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(key.path())) {
      bytes = in.readNBytes(MAX_BYTES);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Maps the text of an article file.
   *
   * @param id the file the text came from
   * @param content the file's text; never null
   * @return the article; never null
   * @throws ArticleFormatException if the text holds no valid front matter mapping
   */
  public Article parse(ArticleId id, String content) throws ArticleFormatException {
    String frontMatter = FrontMatter.extract(content);
    Object document;
    try {
      document = yaml.get().load(frontMatter);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 2;
      throw new ArticleFormatException(
          Problem.Kind.INVALID_YAML, "invalid YAML: " + firstLine(e.getProblem()), line);
    } catch (YAMLException e) {
      throw new ArticleFormatException(
          Problem.Kind.INVALID_YAML, "invalid YAML: " + firstLine(e.getMessage()), 0);
    }
    if (!(document instanceof Map<?, ?> map)) {
      throw new ArticleFormatException(
          Problem.Kind.NOT_A_MAPPING, "front matter is not a mapping of fields", 2);
    }
    return ArticleMapper.article(id, map);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  private static Yaml newYaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(true);
    options.setWarnOnDuplicateKeys(false);
    options.setTagInspector(tag -> false);
    DumperOptions dumperOptions = new DumperOptions();
    return new Yaml(
        new SafeConstructor(options),
        new Representer(dumperOptions),
        dumperOptions,
        options,
        new StringScalars());
  }

  /** A resolver with no implicit types: every plain scalar stays a string. */
  private static final class StringScalars extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      // Deliberately none: dates, numbers and booleans are parsed by the mapper, not by YAML.
    }
  }
}
