/**
 * Immutable records for articles and their parts, as read from the front matter of article files.
 *
 * <p>The bottom layer: no Lanterna, YAML or Caffeine here. Strings are kept exactly as they were
 * read (untrusted, unsanitised); sanitising for the terminal is the UI's job.
 */
package dev.tidings.model;
