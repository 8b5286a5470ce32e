/**
 * Reading articles from disk: the directory scan and the watcher, the timeline index (built in the
 * background on its own threads, kept up to date as files change), the Caffeine cache of parsed
 * articles, link resolution and the problems found in files. {@link
 * dev.tidings.repository.ArticleRepository} is the way in. Knows nothing about screens.
 *
 * <p>Sub-packages, whose dependencies go one way: this package uses both; {@code store} uses
 * {@code read}; {@code read} uses only {@link dev.tidings.model}.
 *
 * <ul>
 *   <li>{@link dev.tidings.repository.read}: reading one article file, into an article or its
 *       index record.
 *   <li>{@link dev.tidings.repository.store}: the persistent index, the index records kept on disk
 *       between runs.
 * </ul>
 *
 * <p>"Index" names one idea: the timeline index, {@link dev.tidings.repository.TimelineIndex} in
 * memory and {@link dev.tidings.repository.store.PersistentIndex} on disk, which keep an {@link
 * dev.tidings.repository.read.IndexRecord} per article file; indexing a file is making its record.
 */
package dev.tidings.repository;
