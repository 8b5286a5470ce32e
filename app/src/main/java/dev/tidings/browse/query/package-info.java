/**
 * The query language of the filter, {@code --query} and {@code tidings list}: one parser ({@link
 * dev.tidings.browse.query.Query#parse}) and one matcher ({@link
 * dev.tidings.browse.query.Query#matcher}) over timeline rows, the ranges of a shown text to
 * highlight, and the rules for when one query's result may be narrowed into another's. Plain
 * Java, no threads; the grammar is in the README's "Queries" section.
 */
package dev.tidings.browse.query;
