/**
 * Reading articles from disk: the directory scan, front matter splitting, SnakeYAML mapping to
 * {@link dev.tidings.model}, the compact timeline index, the Caffeine cache of parsed articles,
 * link resolution and the problems found in files. Knows nothing about screens.
 */
package dev.tidings.repository;
