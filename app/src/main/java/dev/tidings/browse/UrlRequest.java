package dev.tidings.browse;

import java.util.List;
import java.util.Objects;

/**
 * What the session asks its owner to do outside the screen after {@link Action#OPEN}, {@link
 * Action#COPY_URLS} or {@link Action#COPY_LINKS}: open URLs in the user's browser, or put a text
 * on the user's clipboard. Taken once with {@link BrowseSession#takeRequest()}; the owner says what
 * came of it with {@link BrowseSession#say(String)}.
 *
 * @param kind what to do; never null
 * @param urls the articles' URLs, each one {@link WritableUrls#isWritable writable}; never empty
 * @param text what to copy ({@link Kind#COPY}): the URLs or Markdown links, one a line, without a
 *     final line break; empty for {@link Kind#OPEN}
 * @param what the words for what is opened or copied on the status line, such as {@code the URL},
 *     {@code 3 URLs}, {@code 2 Markdown links} or {@code 23 articles}; never null
 */
public record UrlRequest(Kind kind, List<String> urls, String text, String what) {

  /** What is asked. */
  public enum Kind {
    /** Open {@link #urls()} in the browser. */
    OPEN,
    /** Copy {@link #text()} to the clipboard. */
    COPY
  }

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code urls} is empty
   */
  public UrlRequest {
    Objects.requireNonNull(kind, "kind");
    urls = List.copyOf(urls);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(what, "what");
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("no URLs");
    }
  }
}
