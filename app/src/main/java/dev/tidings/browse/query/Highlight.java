package dev.tidings.browse.query;

/**
 * A range of a shown text that a query matched, to be drawn highlighted.
 *
 * @param start the index of its first {@code char} in the shown text, from 0
 * @param end the index after its last {@code char}; greater than {@code start}
 */
public record Highlight(int start, int end) {

  /** @throws IllegalArgumentException if the range is empty or negative */
  public Highlight {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }
}
