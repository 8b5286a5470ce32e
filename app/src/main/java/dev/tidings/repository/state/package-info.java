/**
 * What tidings keeps between runs that is neither the corpus nor a cache: files in the state
 * directory of the XDG Base Directory Specification ({@code $XDG_STATE_HOME/tidings}, else {@code
 * ~/.local/state/tidings}), such as the query history ({@link
 * dev.tidings.repository.state.QueryHistoryFile}). Uses {@link dev.tidings.model}.
 */
package dev.tidings.repository.state;
