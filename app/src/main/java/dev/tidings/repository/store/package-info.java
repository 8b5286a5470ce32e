/**
 * The persistent index: the {@link dev.tidings.repository.read.IndexRecord}s of the article files,
 * kept in an H2 MVStore file in the cache directory between runs, so that a start over an
 * unchanged corpus parses nothing. {@link dev.tidings.repository.store.PersistentIndex} is the way
 * in. Uses {@link dev.tidings.repository.read} and {@link dev.tidings.model}.
 */
package dev.tidings.repository.store;
