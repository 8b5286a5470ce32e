package dev.tidings.model;

/**
 * How far indexing has got: of the files found so far, how many are resolved (in the timeline or
 * reported as a problem).
 *
 * @param indexed files resolved so far; 0 to {@code found}
 * @param found article files found so far by the scan in progress (all of them once it is done)
 * @param complete whether the corpus is fully indexed: the scan is done and nothing waits to be
 *     parsed
 */
public record Progress(int indexed, int found, boolean complete) {

  /** Before anything is known. */
  public static final Progress STARTING = new Progress(0, 0, false);
}
