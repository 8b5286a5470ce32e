package dev.tidings.repository.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of the index ({@link IndexRecord}) from the front matter block of a file's
 * bytes without building a YAML document: a line scanner for the plain, block-style YAML that
 * article files are written in, working on the UTF-8 bytes as read (YAML's structure is all ASCII,
 * and no byte of a multi-byte UTF-8 sequence is ASCII) and decoding only the values it keeps. It is
 * an optimisation of {@link ArticleReader#readRecord}, several times faster than SnakeYAML and
 * allocating almost nothing, and it only answers when it is sure: on anything outside the subset
 * it knows it returns null and the caller parses the block with SnakeYAML. Its results are tested
 * to equal the SnakeYAML path's on every file of the seeds and the shared corpus.
 *
 * <p>Three layers: {@link YamlBytes} reads characters, scalars and keys; {@link YamlLines} finds
 * the block and checks its lines' structure (the subset's limits are stated there: flow
 * collections, anchors, aliases, tags, multi-line scalars in the fields read, quotes not closed on
 * their line, tabs, characters YAML does not allow, Unicode line separators, a key that is not a
 * plain word, nested lines that fit no open block collection ({@link BlockLayout}) are outside
 * it); this class picks the fields of an article out of the keys and lines, as {@link
 * ArticleMapper} would map them.
 *
 * <p>The scalar rules follow YAML 1.1 as SnakeYAML implements it: plain scalars end at {@code " #"}
 * and may not hold {@code ": "}; double-quoted scalars take SnakeYAML's escapes; in single-quoted
 * scalars {@code ''} is a quote. A top-level key given twice is left to SnakeYAML, which reports
 * it; so are text that may hold mojibake ({@link Mojibake#mayStartAt}) and lines indented deeper
 * than {@link YamlLines#MAX_COLUMN}, where SnakeYAML's nesting limit could apply.
 */
final class FrontMatterScanner extends YamlLines {

  /** The fields read, with the mapper's rules applied (null spellings, lists of scalars). */
  record Fields(
      String title,
      String published,
      String webUrl,
      String originalUrl,
      String ampWebUrl,
      String cdnAmpWebUrl,
      String providerName,
      String providerDomain,
      List<String> topics,
      List<String> relatedUrls,
      String excerpt,
      String quality,
      String heat,
      int relatedCount) {}

  /** The top-level keys whose nested lines are read. */
  private enum Nested {
    PROVIDER,
    TOPICS,
    RELATED
  }

  /** Which key's nested lines are being read; null when none. */
  private Nested nested;
  private String title;
  private String published;
  private String webUrl;
  private String originalUrl;
  private String ampWebUrl;
  private String cdnAmpWebUrl;
  private String providerName;
  private String providerDomain;
  private List<String> topics = new ArrayList<>();
  private List<String> related = new ArrayList<>();
  private String excerpt;
  private String quality;
  private String heat;
  /** The related stories: items of {@code related} that are mappings, with a URL or not. */
  private int relatedCount;
  /** Indent of the section's items (provider fields, topic dashes, related dashes); -1 unset. */
  private int itemIndent;
  /** Indent of the current related item's fields; -1 when the item is not a mapping. */
  private int fieldIndent;
  /** The current related item's webUrl, kept until the item ends (the last one wins). */
  private String itemUrl;
  private boolean inItem;

  private FrontMatterScanner(byte[] bytes) {
    super(bytes);
  }

  /**
   * Scans the front matter block at the start of an article file's bytes.
   *
   * @param content the file's first bytes, as read (UTF-8 expected); never null
   * @param length how many of them are the file's
   * @return the fields, or null when the file is outside the subset this scanner knows (including
   *     a missing or unclosed block, and bytes that are not UTF-8) and must be read as text and
   *     parsed with SnakeYAML, which also words the error
   */
  static Fields scan(byte[] content, int length) {
    try {
      return new FrontMatterScanner(content).run(length);
    } catch (NotSimple e) {
      return null;
    }
  }

  private Fields run(int length) throws NotSimple {
    scanBlock(length);
    return new Fields(
        title,
        published,
        webUrl,
        originalUrl,
        ampWebUrl,
        cdnAmpWebUrl,
        providerName,
        providerDomain,
        List.copyOf(topics),
        List.copyOf(related),
        excerpt,
        quality,
        heat,
        relatedCount);
  }

  @Override
  boolean topLevelKey(String key, int valueFrom, int to) throws NotSimple {
    switch (key) {
      case "title" -> title = requiredScalar(valueFrom, to);
      case "excerpt" -> excerpt = requiredScalar(valueFrom, to);
      case "quality" -> quality = requiredScalar(valueFrom, to);
      case "heat" -> heat = requiredScalar(valueFrom, to);
      case "publishedDateTime" -> published = requiredScalar(valueFrom, to);
      case "webUrl" -> webUrl = requiredScalar(valueFrom, to);
      case "originalUrl" -> originalUrl = requiredScalar(valueFrom, to);
      case "ampWebUrl" -> ampWebUrl = requiredScalar(valueFrom, to);
      case "cdnAmpWebUrl" -> cdnAmpWebUrl = requiredScalar(valueFrom, to);
      case "provider" -> {
        providerName = null;
        providerDomain = null;
        if (isEmptyValue(valueFrom, to)) {
          readNested(Nested.PROVIDER);
        } else {
          providerName = ArticleMapper.scalar(scalar(valueFrom, to));
        }
      }
      case "topics" -> {
        topics = new ArrayList<>();
        if (isEmptyValue(valueFrom, to)) {
          readNested(Nested.TOPICS);
        } else {
          String topic = ArticleMapper.scalar(scalar(valueFrom, to));
          if (topic != null) {
            topics.add(topic);
          }
        }
      }
      case "related" -> {
        related = new ArrayList<>();
        relatedCount = 0;
        if (isEmptyValue(valueFrom, to)) {
          readNested(Nested.RELATED);
          inItem = false;
        } else {
          scalar(valueFrom, to, false);
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private void readNested(Nested key) {
    readNested();
    nested = key;
    itemIndent = -1;
  }

  @Override
  void nestedLine(int column, int from, int to, boolean dash) throws NotSimple {
    switch (nested) {
      case PROVIDER -> providerLine(column, from, to, dash);
      case TOPICS -> topicLine(column, from, to, dash);
      case RELATED -> relatedLine(column, from, to, dash);
    }
  }

  @Override
  void endNested() {
    if (nested == Nested.RELATED) {
      endItem();
    }
    nested = null;
  }

  private void providerLine(int column, int from, int to, boolean dash) throws NotSimple {
    if (itemIndent < 0) {
      if (dash || column == 0) {
        throw NotSimple.INSTANCE;
      }
      itemIndent = column;
    }
    if (column > itemIndent) {
      check(from, to);
      return;
    }
    if (column < itemIndent || dash) {
      throw NotSimple.INSTANCE;
    }
    int colon = keyEnd(from, to);
    if (colon < 0) {
      throw NotSimple.INSTANCE;
    }
    String key = decode(from, colon);
    switch (key) {
      case "name" -> providerName = nestedScalar(colon + 1, to);
      case "domain" -> providerDomain = nestedScalar(colon + 1, to);
      default -> checkValue(colon + 1, to);
    }
  }

  private void topicLine(int column, int from, int to, boolean dash) throws NotSimple {
    if (itemIndent < 0) {
      if (!dash) {
        throw NotSimple.INSTANCE;
      }
      itemIndent = column;
    }
    if (column != itemIndent || !dash) {
      throw NotSimple.INSTANCE;
    }
    int value = skipSpaces(from + 1, to);
    if (value == to || keyEnd(value, to) >= 0 || isDash(value, to)) {
      throw NotSimple.INSTANCE;
    }
    String topic = ArticleMapper.scalar(scalar(value, to));
    if (topic != null) {
      topics.add(topic);
    }
  }

  private void relatedLine(int column, int from, int to, boolean dash) throws NotSimple {
    if (itemIndent < 0) {
      if (!dash) {
        // related: is a mapping, which names no stories; what is under it is only checked.
        skipNested();
        check(from, to);
        return;
      }
      itemIndent = column;
    }
    if (dash && column == itemIndent) {
      endItem();
      inItem = true;
      int content = skipSpaces(from + 1, to);
      if (content == to) {
        throw NotSimple.INSTANCE;
      }
      if (keyEnd(content, to) >= 0) {
        fieldIndent = column + (content - from);
        field(content, to);
      } else {
        // A scalar item: not a story.
        fieldIndent = -1;
        scalar(content, to, false);
      }
      return;
    }
    if (!inItem) {
      throw NotSimple.INSTANCE;
    }
    if (fieldIndent < 0 || column > fieldIndent || (dash && column == fieldIndent)) {
      if (fieldIndent < 0 && column <= itemIndent) {
        throw NotSimple.INSTANCE;
      }
      check(from, to);
      return;
    }
    if (column < fieldIndent || dash) {
      throw NotSimple.INSTANCE;
    }
    field(from, to);
  }

  private void field(int from, int to) throws NotSimple {
    int colon = keyEnd(from, to);
    if (colon < 0) {
      throw NotSimple.INSTANCE;
    }
    if (colon - from == 6
        && at(from) == 'w'
        && at(from + 1) == 'e'
        && at(from + 2) == 'b'
        && at(from + 3) == 'U'
        && at(from + 4) == 'r'
        && at(from + 5) == 'l') {
      itemUrl = nestedScalar(colon + 1, to);
    } else {
      checkValue(colon + 1, to);
    }
  }

  private void endItem() {
    if (inItem && fieldIndent >= 0) {
      relatedCount++;
      if (itemUrl != null) {
        related.add(itemUrl);
      }
    }
    inItem = false;
    itemUrl = null;
  }

  /**
   * A top-level field that is read: a scalar complete on its line, or empty (then nothing may be
   * nested under it, which {@link YamlLines} checks).
   */
  private String requiredScalar(int from, int to) throws NotSimple {
    if (isEmptyValue(from, to)) {
      return null;
    }
    return ArticleMapper.scalar(scalar(from, to));
  }

  /** A nested field that is read: a scalar complete on its line; empty could hide a mapping. */
  private String nestedScalar(int from, int to) throws NotSimple {
    if (isEmptyValue(from, to)) {
      throw NotSimple.INSTANCE;
    }
    return ArticleMapper.scalar(scalar(from, to));
  }
}
