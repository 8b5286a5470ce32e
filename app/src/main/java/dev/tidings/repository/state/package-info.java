/**
 * What tidings keeps between runs that is neither the corpus nor a cache: files in the state
 * directory of the XDG Base Directory Specification ({@code $XDG_STATE_HOME/tidings}, else {@code
 * ~/.local/state/tidings}): the query history ({@link
 * dev.tidings.repository.state.QueryHistoryFile}), and the user's read state, an append-only log of
 * the articles marked read and unread ({@link dev.tidings.repository.state.ReadLog}), the instant
 * each set of directories was last browsed ({@link dev.tidings.repository.state.PreviousRun}), and
 * the way in that loads them on a background thread ({@link
 * dev.tidings.repository.state.ReadStateFile}). The state is the user's data, not a cache: it is
 * never deleted. Uses {@link dev.tidings.model} and the JDK.
 */
package dev.tidings.repository.state;
