/**
 * Reading one article file: its front matter block found ({@link
 * dev.tidings.repository.read.FrontMatter}), decoded (UTF-8, else windows-1252; mojibake repaired)
 * and parsed with SnakeYAML ({@link dev.tidings.repository.read.YamlLoader}) or, for the index
 * record of a plain file, the fast {@link dev.tidings.repository.read.FrontMatterScanner}; mapped
 * to a {@link dev.tidings.model.Article} or an {@link dev.tidings.repository.read.IndexRecord}.
 * {@link dev.tidings.repository.read.ArticleReader} is the way in. Uses only {@link
 * dev.tidings.model}.
 */
package dev.tidings.repository.read;
