package dev.tidings.repository.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of the index ({@link IndexRecord}) from the front matter block of a file's
 * bytes without building a YAML document: a line scanner for the plain, block-style YAML that
 * article files are written in, working on the UTF-8 bytes as read (YAML's structure is all ASCII,
 * and no byte of a multi-byte UTF-8 sequence is ASCII) and decoding only the values it keeps. It is
 * an optimisation of {@link ArticleReader#readRecord}, several times faster than SnakeYAML and
 * allocating almost nothing, and it only answers when it is sure: on anything outside the
 * subset it knows (flow collections, anchors, aliases, tags, multi-line scalars in the fields it
 * reads, quotes not closed on their line, tabs, characters YAML does not allow,
 * Unicode line separators, a key that is not a plain word, nested lines that fit no open block
 * collection ({@link BlockLayout})) it returns null and the caller parses
 * the block with SnakeYAML. Its results are tested to equal the SnakeYAML path's on every file of
 * the seeds and the shared corpus.
 *
 * <p>The scalar rules follow YAML 1.1 as SnakeYAML implements it: plain scalars end at {@code " #"}
 * and may not hold {@code ": "}; double-quoted scalars take SnakeYAML's escapes; in single-quoted
 * scalars {@code ''} is a quote. A top-level key given twice is left to SnakeYAML, which reports
 * it; so are text that may hold mojibake ({@link Mojibake#mayStartAt}) and lines indented deeper
 * than {@link #MAX_COLUMN}, where SnakeYAML's nesting limit could apply.
 */
final class FrontMatterScanner extends YamlBytes {

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
      List<String> relatedUrls) {}

  private enum Section {
    /** After a top-level key with a complete scalar: nothing may be nested under it. */
    SCALAR,
    /** Under a top-level key that is not read: nested lines are only checked. */
    SKIP,
    /** Under a block scalar indicator ({@code |} or {@code >}): nested lines are text. */
    BLOCK_TEXT,
    PROVIDER,
    TOPICS,
    RELATED
  }

  /**
   * The deepest column content may start at. Each level of block nesting takes at least one more
   * column, or two levels per column at most (a sequence may sit at its key's column), so content
   * within this column is nested less than {@link Limits#MAX_NESTING} deep. Article files
   * go six columns deep.
   */
  static final int MAX_COLUMN = 12;

  // Scanner state for one block.
  private Section section = Section.SCALAR;
  private boolean sawKey;
  /** Where the line being read starts. */
  private int lineStart;
  /** The top-level keys seen, to leave a duplicate to SnakeYAML. */
  private final List<String> keys = new ArrayList<>(24);
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
  /** Indent of the section's items (provider fields, topic dashes, related dashes); -1 unset. */
  private int itemIndent;
  /** Indent of the current related item's fields; -1 when the item is not a mapping. */
  private int fieldIndent;
  /** The current related item's webUrl, kept until the item ends (the last one wins). */
  private String itemUrl;
  private boolean inItem;
  private final BlockLayout layout = new BlockLayout();
  /** Under a block scalar: the deepest blank line before its text, and its text's column. */
  private int blankColumn;
  private int textColumn;

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
    boolean bom =
        length >= 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF;
    int start = bom ? 3 : 0;
    int firstEnd = lineEnd(start, length);
    if (!isMarker(start, firstEnd, false)) {
      throw NotSimple.INSTANCE;
    }
    int yamlStart = Math.min(length, firstEnd + 1);
    int lineStart = yamlStart;
    while (lineStart < length) {
      int end = lineEnd(lineStart, length);
      if (isMarker(lineStart, end, true)) {
        return block(yamlStart, lineStart);
      }
      lineStart = end + 1;
    }
    throw NotSimple.INSTANCE;
  }

  private int lineEnd(int from, int length) {
    for (int i = from; i < length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return length;
  }

  /**
   * A marker line as {@link FrontMatter} finds it: {@code ---} (or {@code ...} to close) and
   * trailing white space. Non-ASCII bytes after the marker could be Unicode white space, which
   * {@link FrontMatter} would accept: that case is left to it.
   */
  private boolean isMarker(int from, int to, boolean closing) throws NotSimple {
    if (to - from < 3) {
      return false;
    }
    byte c = bytes[from];
    if (!((c == '-' || (closing && c == '.')) && bytes[from + 1] == c && bytes[from + 2] == c)) {
      return false;
    }
    for (int i = from + 3; i < to; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x80) {
        throw NotSimple.INSTANCE;
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  private Fields block(int from, int to) throws NotSimple {
    checkCharacters(from, to);
    int start = from;
    while (start < to) {
      int end = lineEnd(start, to);
      int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      line(start, contentEnd);
      start = end + 1;
    }
    endSection();
    if (!sawKey) {
      throw NotSimple.INSTANCE;
    }
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
        List.copyOf(related));
  }

  private void line(int from, int to) throws NotSimple {
    lineStart = from;
    int indent = from;
    while (indent < to && at(indent) == ' ') {
      indent++;
    }
    int column = indent - from;
    if (section == Section.BLOCK_TEXT && blockText(column, indent == to)) {
      return;
    }
    if (indent == to) {
      return;
    }
    char first = at(indent);
    if (first == '\t') {
      if (isBlank(indent, to)) {
        return;
      }
      throw NotSimple.INSTANCE;
    }
    if (first == '#') {
      return;
    }
    if (column > MAX_COLUMN) {
      throw NotSimple.INSTANCE;
    }
    boolean dash = isDash(indent, to);
    if (column == 0 && !dash) {
      topLevel(indent, to);
      return;
    }
    layout(column, indent, to, dash);
    switch (section) {
      case SCALAR, BLOCK_TEXT -> throw NotSimple.INSTANCE;
      case SKIP -> check(indent, to);
      case PROVIDER -> providerLine(column, indent, to, dash);
      case TOPICS -> topicLine(column, indent, to, dash);
      case RELATED -> relatedLine(column, indent, to, dash);
    }
  }

  /**
   * Takes a line under a block scalar's header: the text is indented at least as deep as its first
   * line, which is not shallower than the blank lines before it (YAML 1.1 section 9.2.2, as
   * SnakeYAML reads it); a line at column 0 ends the text, and nothing may be nested after it.
   *
   * @return whether the line is text (and nothing more is to be done with it)
   */
  private boolean blockText(int column, boolean blank) throws NotSimple {
    if (blank) {
      blankColumn = Math.max(blankColumn, column);
      return true;
    }
    if (column == 0) {
      section = Section.SCALAR;
      return false;
    }
    if (textColumn < 0) {
      if (column < blankColumn) {
        throw NotSimple.INSTANCE;
      }
      textColumn = column;
    } else if (column < textColumn) {
      throw NotSimple.INSTANCE;
    }
    return true;
  }

  /** Checks a nested line's place in the block structure; see {@link BlockLayout}. */
  private void layout(int column, int from, int to, boolean dash) throws NotSimple {
    int content = dash ? skipSpaces(from + 1, to) : from;
    if (dash && isDash(content, to)) {
      // A sequence nested on the dash's line: never in articles.
      throw NotSimple.INSTANCE;
    }
    BlockLayout.Content kind;
    if (content == to || at(content) == '#') {
      kind = BlockLayout.Content.NONE;
    } else {
      int colon = keyEnd(content, to);
      kind =
          colon < 0
              ? BlockLayout.Content.SCALAR
              : isEmptyValue(colon + 1, to)
                  ? BlockLayout.Content.KEY_EMPTY
                  : BlockLayout.Content.KEY_VALUE;
    }
    layout.line(column, dash, column + (content - from), kind);
  }

  private void topLevel(int from, int to) throws NotSimple {
    endSection();
    int colon = keyEnd(from, to);
    if (colon < 0) {
      throw NotSimple.INSTANCE;
    }
    sawKey = true;
    String key = decode(from, colon);
    if (keys.contains(key)) {
      throw NotSimple.INSTANCE;
    }
    keys.add(key);
    int valueFrom = colon + 1;
    layout.topLevel(isEmptyValue(valueFrom, to));
    switch (key) {
      case "title" -> title = requiredScalar(valueFrom, to);
      case "publishedDateTime" -> published = requiredScalar(valueFrom, to);
      case "webUrl" -> webUrl = requiredScalar(valueFrom, to);
      case "originalUrl" -> originalUrl = requiredScalar(valueFrom, to);
      case "ampWebUrl" -> ampWebUrl = requiredScalar(valueFrom, to);
      case "cdnAmpWebUrl" -> cdnAmpWebUrl = requiredScalar(valueFrom, to);
      case "provider" -> {
        providerName = null;
        providerDomain = null;
        if (isEmptyValue(valueFrom, to)) {
          section = Section.PROVIDER;
          itemIndent = -1;
        } else {
          providerName = ArticleMapper.scalar(scalar(valueFrom, to));
        }
      }
      case "topics" -> {
        topics = new ArrayList<>();
        if (isEmptyValue(valueFrom, to)) {
          section = Section.TOPICS;
          itemIndent = -1;
        } else {
          String topic = ArticleMapper.scalar(scalar(valueFrom, to));
          if (topic != null) {
            topics.add(topic);
          }
        }
      }
      case "related" -> {
        related = new ArrayList<>();
        if (isEmptyValue(valueFrom, to)) {
          section = Section.RELATED;
          itemIndent = -1;
          inItem = false;
        } else {
          scalar(valueFrom, to, false);
        }
      }
      default -> skipValue(valueFrom, to);
    }
  }

  private void endSection() {
    if (section == Section.RELATED) {
      endItem();
    }
    section = Section.SCALAR;
  }

  /** A top-level field that is not read: its value is checked and what is nested is skipped. */
  private void skipValue(int from, int to) throws NotSimple {
    int value = skipSpaces(from, to);
    if (value < to && (at(value) == '|' || at(value) == '>')) {
      // Chomping indicators only: an indentation indicator would change which lines are text.
      int header = value + 1;
      if (header < to && (at(header) == '+' || at(header) == '-')) {
        header++;
      }
      afterQuote(header, to);
      section = Section.BLOCK_TEXT;
      blankColumn = 0;
      textColumn = -1;
      return;
    }
    section = isEmptyValue(from, to) ? Section.SKIP : Section.SCALAR;
    if (section == Section.SCALAR) {
      scalar(from, to, false);
    }
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
        section = Section.SKIP;
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
    if (inItem && fieldIndent >= 0 && itemUrl != null) {
      related.add(itemUrl);
    }
    inItem = false;
    itemUrl = null;
  }

  /** Checks a nested line that is not read: dashes, then {@code key: value} or a scalar. */
  private void check(int from, int to) throws NotSimple {
    int content = from;
    while (isDash(content, to)) {
      content = skipSpaces(content + 1, to);
    }
    if (content - lineStart > MAX_COLUMN) {
      throw NotSimple.INSTANCE;
    }
    if (content == to) {
      return;
    }
    int colon = keyEnd(content, to);
    if (colon >= 0) {
      checkValue(colon + 1, to);
    } else {
      scalar(content, to, false);
    }
  }

  private void checkValue(int from, int to) throws NotSimple {
    int value = skipSpaces(from, to);
    if (value < to && (at(value) == '|' || at(value) == '>')) {
      // A nested block scalar: its text lines could hold anything, so give up.
      throw NotSimple.INSTANCE;
    }
    scalar(from, to, false);
  }

  /**
   * A top-level field that is read: a scalar complete on its line, or empty (then nothing may be
   * nested under it, which the {@link Section#SCALAR} section checks).
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

  private boolean isEmptyValue(int from, int to) {
    int value = skipSpaces(from, to);
    return value == to || at(value) == '#';
  }
}
