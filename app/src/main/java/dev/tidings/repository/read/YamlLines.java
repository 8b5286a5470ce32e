package dev.tidings.repository.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The line layer of the {@link FrontMatterScanner}: walks the lines of the front matter block as a
 * block mapping, checking that each is in the subset of YAML the scanner knows: top-level keys
 * that are plain words, each given once; nested lines that fit the open block collections ({@link
 * BlockLayout}) and are indented at most {@link #MAX_COLUMN} deep; block scalars' text; comments
 * and blank lines. Values nobody reads are
 * checked, not decoded. The keys whose values are read, and their nested lines, are the
 * subclass's: {@link #topLevelKey} and {@link #nestedLine}. Anything outside the subset throws
 * {@link NotSimple}, and the caller leaves the file to SnakeYAML.
 */
abstract class YamlLines extends YamlBytes {

  /**
   * The deepest column content may start at. Each level of block nesting takes at least one more
   * column, or two levels per column at most (a sequence may sit at its key's column), so content
   * within this column is nested less than {@link Limits#MAX_NESTING} deep, where SnakeYAML's
   * nesting limit could apply. Article files go six columns deep.
   */
  static final int MAX_COLUMN = 12;

  private enum Section {
    /** After a top-level key with a complete scalar: nothing may be nested under it. */
    SCALAR,
    /** Under a top-level key that is not read: nested lines are only checked. */
    SKIP,
    /** Under a block scalar indicator ({@code |} or {@code >}): nested lines are text. */
    BLOCK_TEXT,
    /** Under a top-level key the subclass reads: nested lines go to {@link #nestedLine}. */
    READ
  }

  private Section section = Section.SCALAR;
  private boolean sawKey;
  /** Where the line being read starts. */
  private int lineStart;
  /** The top-level keys seen, to leave a duplicate to SnakeYAML. */
  private final List<String> keys = new ArrayList<>(24);
  private final BlockLayout layout = new BlockLayout();
  /** Under a block scalar: the deepest blank line before its text, and its text's column. */
  private int blankColumn;
  private int textColumn;

  YamlLines(byte[] bytes) {
    super(bytes);
  }

  /**
   * A top-level key: the subclass reads its value, or leaves it to be checked and what is nested
   * under it skipped. To read the nested lines, it calls {@link #readNested()}.
   *
   * @param key the key, decoded
   * @param valueFrom where the value starts, after the colon
   * @param to the end of the line
   * @return whether the subclass took the value
   */
  abstract boolean topLevelKey(String key, int valueFrom, int to) throws NotSimple;

  /**
   * A nested line under a key the subclass reads, already checked against the block layout.
   *
   * @param column the line's indentation, in columns
   * @param from where its content starts (its dash, if any)
   * @param to the end of the line
   * @param dash whether the content starts with a sequence dash
   */
  abstract void nestedLine(int column, int from, int to, boolean dash) throws NotSimple;

  /** The nested lines the subclass reads have ended (at the next top-level key or the end). */
  abstract void endNested();

  /** The lines nested under the current top-level key go to {@link #nestedLine}. */
  final void readNested() {
    section = Section.READ;
  }

  /** The lines nested under the current top-level key are only checked. */
  final void skipNested() {
    section = Section.SKIP;
  }

  /**
   * Finds the front matter block at the start of the bytes, as {@link FrontMatter} does, and walks
   * its lines.
   *
   * @param length how many of the bytes are the file's
   * @throws NotSimple when the block is missing or unclosed, holds no key, or anything in it is
   *     outside the subset
   */
  final void scanBlock(int length) throws NotSimple {
    int yamlStart = FrontMatter.yamlStart(bytes, length);
    int yamlEnd = yamlStart < 0 ? -1 : FrontMatter.yamlEnd(bytes, yamlStart, length);
    if (yamlEnd < 0) {
      throw NotSimple.INSTANCE;
    }
    block(yamlStart, yamlEnd);
  }

  private void block(int from, int to) throws NotSimple {
    YamlCharacters.check(bytes, from, to);
    int start = from;
    while (start < to) {
      int end = FrontMatter.lineEnd(bytes, start, to);
      int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      line(start, contentEnd);
      start = end + 1;
    }
    endSection();
    if (!sawKey) {
      throw NotSimple.INSTANCE;
    }
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
      case READ -> nestedLine(column, indent, to, dash);
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
    if (!topLevelKey(key, valueFrom, to)) {
      skipValue(valueFrom, to);
    }
  }

  private void endSection() {
    if (section == Section.READ) {
      endNested();
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

  /** Checks a nested line that is not read: dashes, then {@code key: value} or a scalar. */
  final void check(int from, int to) throws NotSimple {
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

  /** Checks a nested value that is not read; a nested block scalar is outside the subset. */
  final void checkValue(int from, int to) throws NotSimple {
    int value = skipSpaces(from, to);
    if (value < to && (at(value) == '|' || at(value) == '>')) {
      // A nested block scalar: its text lines could hold anything, so give up.
      throw NotSimple.INSTANCE;
    }
    scalar(from, to, false);
  }

  /** @return whether nothing but white space and a comment follows {@code from} on the line */
  final boolean isEmptyValue(int from, int to) {
    int value = skipSpaces(from, to);
    return value == to || at(value) == '#';
  }
}
