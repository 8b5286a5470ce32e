/**
 * The user's read state, kept between runs in the state directory ({@code $XDG_STATE_HOME/tidings},
 * else {@code ~/.local/state/tidings}): an append-only log of the articles marked read and unread
 * ({@link dev.tidings.repository.state.ReadLog}), the instant each set of directories was last
 * browsed ({@link dev.tidings.repository.state.PreviousRun}), and the way in that loads them on a
 * background thread ({@link dev.tidings.repository.state.ReadStateFile}). The state is the user's
 * data, not a cache: it is never deleted. Uses only the JDK.
 */
package dev.tidings.repository.state;
