package dev.tidings.ui;

import dev.tidings.ui.view.HelpSection;
import java.util.List;

/**
 * The help overlay's section on the query language of the filter: one line per form, in at most
 * 14 and 20 columns (see {@link HelpSection.Entry}). The grammar itself is in {@code
 * dev.tidings.browse.query.Query} and, with examples, in the README's "Queries" table.
 */
final class QueryHelp {

  private QueryHelp() {}

  /** @return the section, after the key sections; never null */
  static HelpSection section() {
    return new HelpSection(
        "Queries",
        List.of(
            new HelpSection.Entry("cafe ipo", "all words, any field"),
            new HelpSection.Entry("\"a phrase\"", "exact phrase"),
            new HelpSection.Entry("-word !word", "exclude"),
            new HelpSection.Entry("a | b", "either"),
            new HelpSection.Entry("'w ^pre suf$", "whole word, ends"),
            new HelpSection.Entry("title:ipo", "title only"),
            new HelpSection.Entry("topic:\"AI x\"", "a topic"),
            new HelpSection.Entry("provider:", "name or domain"),
            new HelpSection.Entry("site:ft.com", "the URL's host"),
            new HelpSection.Entry("since: until:", "2021-12, 7d, today"),
            new HelpSection.Entry("quality:>80", "heat: too; 50..90"),
            new HelpSection.Entry("is:marked", "is:linked"),
            new HelpSection.Entry("is:undated", "is:repaired"),
            new HelpSection.Entry("is:unread", "is:read, is:new"),
            new HelpSection.Entry("has:related", "has related stories")));
  }
}
