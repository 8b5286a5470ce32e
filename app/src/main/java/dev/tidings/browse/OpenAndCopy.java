package dev.tidings.browse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Decides what {@code o} opens and {@code y} / {@code Y} copy: the marked articles, else the one
 * under the cursor; only URLs tidings would write to stdout ({@link WritableUrls}), others refused
 * with the reason. Opening more than {@link #ASK_ABOVE} articles asks first, once, as quitting
 * with marks does: the next {@code o} opens them, any other action forgets the question. What is
 * decided waits as a {@link UrlRequest} for the UI to take; this class runs nothing itself.
 */
final class OpenAndCopy {

  /** How many articles {@code o} opens without asking. */
  static final int ASK_ABOVE = 10;

  /** How much of a refused URL the status line quotes, in characters. */
  private static final int QUOTED_URL_CHARACTERS = 40;

  /** An open of more than {@link #ASK_ABOVE} was asked about: the next open opens. */
  private boolean asked;

  private UrlRequest pending;

  /** @return whether the last action asked about opening many; forgets it */
  boolean takeAsked() {
    boolean was = asked;
    asked = false;
    return was;
  }

  /** @return the request decided by the last action, once; empty when none */
  Optional<UrlRequest> take() {
    Optional<UrlRequest> request = Optional.ofNullable(pending);
    pending = null;
    return request;
  }

  /**
   * Asks to open URLs, or asks the user first when there are more than {@link #ASK_ABOVE}.
   *
   * @param urls the marked URLs, else the current article's; never null
   * @param again whether the action before asked about opening them
   * @param used told of the URLs when a request is made; never null
   * @return the message for the status line; empty when a request is made
   */
  String open(List<String> urls, boolean again, Consumer<List<String>> used) {
    String refusal = refusal("not opened", urls);
    if (refusal != null) {
      return refusal;
    }
    if (urls.size() > ASK_ABOVE && !again) {
      asked = true;
      return "open " + urls.size() + " articles? o again opens";
    }
    String what = urls.size() == 1 ? "the article" : urls.size() + " articles";
    return request(new UrlRequest(UrlRequest.Kind.OPEN, urls, "", what), used);
  }

  /**
   * Asks to copy URLs, one a line, or Markdown links {@code [title](<url>)} (see {@link
   * MarkdownLink}).
   *
   * @param urls the marked URLs, else the current article's; never null
   * @param titleOf the title of an article by its URL, for Markdown links; null to copy the URLs
   * @param used told of the URLs when a request is made; never null
   * @return the message for the status line; empty when a request is made
   */
  String copy(List<String> urls, UnaryOperator<String> titleOf, Consumer<List<String>> used) {
    String refusal = refusal("not copied", urls);
    if (refusal != null) {
      return refusal;
    }
    StringBuilder text = new StringBuilder();
    for (String url : urls) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(titleOf == null ? url : MarkdownLink.of(titleOf.apply(url), url));
    }
    String noun = titleOf == null ? "URL" : "Markdown link";
    String what = urls.size() == 1 ? "the " + noun : urls.size() + " " + noun + "s";
    return request(new UrlRequest(UrlRequest.Kind.COPY, urls, text.toString(), what), used);
  }

  private String request(UrlRequest request, Consumer<List<String>> used) {
    pending = request;
    Objects.requireNonNull(used, "used").accept(request.urls());
    return "";
  }

  /** @return why the URLs are not opened or copied, quoting the first refused; null when none */
  private static String refusal(String what, List<String> urls) {
    if (urls.isEmpty()) {
      return what + ": no article";
    }
    for (String url : urls) {
      String why = WritableUrls.refusal(url);
      if (why != null) {
        String quoted =
            url == null || url.length() <= QUOTED_URL_CHARACTERS
                ? String.valueOf(url)
                : url.substring(0, QUOTED_URL_CHARACTERS) + "\u2026";
        return url == null || url.isEmpty() ? what + ": " + why : what + ": " + why + ": " + quoted;
      }
    }
    return null;
  }
}
