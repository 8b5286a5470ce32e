package dev.tidings.repository;

/**
 * How many files the timeline index holds now, by what became of them; what {@code tidings check}
 * and the exit report print. The same counts as the status line's ({@link Update#skipped()}, {@link
 * Update#repaired()}).
 *
 * @param articles how many articles are in the timeline, repaired ones included; not negative
 * @param skipped how many files and directories are left out of the timeline, each with a problem
 *     whose kind {@linkplain dev.tidings.model.Problem.Kind#skips() skips} it; not negative
 * @param repaired how many articles of the timeline were repaired to be read (they have notes
 *     among the problems); not negative, at most {@code articles}
 */
public record Counts(int articles, int skipped, int repaired) {}
