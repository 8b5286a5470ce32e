package dev.tidings.repository.read;

import dev.tidings.repository.read.YamlBytes.NotSimple;

/**
 * The indentation of the nested lines of a front matter, checked line by line as YAML's block
 * collections need it, for the {@link FrontMatterScanner}: which lines open a mapping or a
 * sequence, which continue one, and which are refused because they fit none of the open
 * collections (a scalar or a key where a sequence's dashes are, a dedent to a column no collection
 * is at, a deeper line after a complete value, which YAML reads as the rest of that scalar).
 * Conservative like the scanner: a layout it is not sure of throws {@link NotSimple}, and the file
 * goes to SnakeYAML. The rules are those of YAML 1.1 section 9.3 (block collections) as SnakeYAML
 * implements them, including a sequence at the column of the key it is the value of.
 */
final class BlockLayout {

  /** What a line holds after its indentation and its dash, if any. */
  enum Content {
    /** Nothing (or a comment): the value is on the lines below. */
    NONE,
    /** A key with nothing after it: its value is on the lines below. */
    KEY_EMPTY,
    /** A key and its scalar value. */
    KEY_VALUE,
    /** A scalar alone. */
    SCALAR
  }

  private static final int MAX_DEPTH = 64;

  /** Columns of the open collections, outermost first; column 0 is the top-level mapping. */
  private final int[] columns = new int[MAX_DEPTH];
  private final boolean[] sequences = new boolean[MAX_DEPTH];
  private int depth;
  /** Whether the last line left its value to the lines below, deeper than openColumn. */
  private boolean opens;
  private int openColumn;
  /** Whether that was a key's value, which may also be a sequence at the key's own column. */
  private boolean openedByKey;
  /** The column deeper lines must not pass after a line that ended with a scalar; -1 for none. */
  private int scalarColumn = -1;

  BlockLayout() {
    topLevel(false);
  }

  /** Starts over at a top-level key (column 0); {@code valueBelow} when its value is empty. */
  void topLevel(boolean valueBelow) {
    depth = 1;
    columns[0] = 0;
    sequences[0] = false;
    opens = valueBelow;
    openColumn = 0;
    openedByKey = true;
    scalarColumn = -1;
  }

  /**
   * Takes the next line that is not top-level, blank or a comment.
   *
   * @param column where the line starts
   * @param dash whether it starts with a sequence entry's dash
   * @param contentColumn where what follows the dash starts (the line's column when no dash)
   * @param content what that is
   * @throws NotSimple when the line fits no open collection
   */
  void line(int column, boolean dash, int contentColumn, Content content) throws NotSimple {
    if (scalarColumn >= 0 && column > scalarColumn) {
      // A plain scalar goes on over deeper lines, and SnakeYAML refuses one that holds ": ".
      throw NotSimple.INSTANCE;
    }
    scalarColumn = -1;
    boolean key = content == Content.KEY_EMPTY || content == Content.KEY_VALUE;
    while (depth > 1 && columns[depth - 1] > column) {
      depth--;
    }
    int top = depth - 1;
    if (columns[top] == column) {
      if (sequences[top] && !dash) {
        // A sequence at its key's column ends at the next key of that mapping.
        if (!key || top == 0 || columns[top - 1] != column || sequences[top - 1]) {
          throw NotSimple.INSTANCE;
        }
        depth--;
      } else if (!sequences[top] && dash) {
        if (!(opens && openedByKey && openColumn == column)) {
          throw NotSimple.INSTANCE;
        }
        push(column, true);
      } else if (!sequences[top] && !key) {
        throw NotSimple.INSTANCE;
      }
    } else {
      if (!opens || column <= openColumn) {
        throw NotSimple.INSTANCE;
      }
      if (!dash && !key) {
        // A scalar value on the line below its key: its continuation lines are not checked.
        opens = false;
        scalarColumn = column - 1;
        return;
      }
      push(column, dash);
    }
    opens = false;
    if (dash && content == Content.NONE) {
      opens = true;
      openColumn = column;
      openedByKey = false;
    } else if (dash && content == Content.SCALAR) {
      scalarColumn = column;
    } else if (dash) {
      push(contentColumn, false);
    }
    if (content == Content.KEY_EMPTY) {
      opens = true;
      openColumn = contentColumn;
      openedByKey = true;
    } else if (content == Content.KEY_VALUE) {
      scalarColumn = contentColumn;
    }
  }

  private void push(int column, boolean sequence) throws NotSimple {
    if (depth == MAX_DEPTH) {
      throw NotSimple.INSTANCE;
    }
    columns[depth] = column;
    sequences[depth] = sequence;
    depth++;
  }
}
