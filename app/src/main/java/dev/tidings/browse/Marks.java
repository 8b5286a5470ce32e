package dev.tidings.browse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The marked URLs, in the order they were marked, and the rule that only a {@link WritableUrls
 * writable} URL is marked or accepted. Marks are URLs, so a related story with the URL of a marked
 * article shows as marked too. Not thread-safe.
 */
final class Marks {

  /** The most characters of a refused URL quoted on the status line. */
  private static final int QUOTED_URL_CHARACTERS = 60;

  private final Set<String> urls = new LinkedHashSet<>();
  /** {@link #list()} until the marks change, so that drawing each frame copies no marks. */
  private List<String> listed;

  /** @return whether {@code url} is marked; false for null */
  boolean contains(String url) {
    return url != null && urls.contains(url);
  }

  boolean isEmpty() {
    return urls.isEmpty();
  }

  int size() {
    return urls.size();
  }

  /** @return the marked URLs in the order they were marked; immutable */
  List<String> list() {
    if (listed == null) {
      listed = List.copyOf(urls);
    }
    return listed;
  }

  /**
   * Marks a URL, or unmarks it when it is marked.
   *
   * @param url the URL of the row under the cursor; null when it has none
   * @return why it was not marked, for the status line; empty when it was marked or unmarked
   */
  Optional<String> toggle(String url) {
    if (url == null) {
      return Optional.of("nothing to mark: no URL");
    }
    if (!urls.contains(url)) {
      String refusal = WritableUrls.refusal(url);
      if (refusal != null) {
        return Optional.of(refused("not marked", refusal, url));
      }
    }
    if (!urls.remove(url)) {
      urls.add(url);
    }
    listed = null;
    return Optional.empty();
  }

  /**
   * Marks a URL at the end of the order, unless it is marked already. The caller has checked it
   * with {@link WritableUrls#refusal}.
   *
   * @param url a writable URL; never null
   * @return true when it was not marked before
   */
  boolean add(String url) {
    listed = null;
    return urls.add(url);
  }

  /** @return true when {@code url} was marked and no longer is */
  boolean remove(String url) {
    listed = null;
    return urls.remove(url);
  }

  /** Unmarks every URL. @return how many were marked */
  int clear() {
    int size = urls.size();
    urls.clear();
    listed = null;
    return size;
  }

  /**
   * @param accepted the URLs to write on accept
   * @return why they are not accepted, quoting the first URL that cannot be written; empty when
   *     all can
   */
  static Optional<String> refusal(List<String> accepted) {
    for (String url : accepted) {
      String refusal = WritableUrls.refusal(url);
      if (refusal != null) {
        return Optional.of(refused("not accepted", refusal, url));
      }
    }
    return Optional.empty();
  }

  /**
   * @return what was not done and why, quoting the start of the URL (the status line sanitizes
   *     it), such as {@code not marked: URL has a line break: https://example.com/a…}
   */
  private static String refused(String what, String why, String url) {
    String quoted =
        url.length() > QUOTED_URL_CHARACTERS
            ? url.substring(0, QUOTED_URL_CHARACTERS) + "\u2026"
            : url;
    return what + ": " + why + ": " + quoted;
  }
}
