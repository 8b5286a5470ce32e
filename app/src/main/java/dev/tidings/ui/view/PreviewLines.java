package dev.tidings.ui.view;

import dev.tidings.browse.BrowseState;
import dev.tidings.browse.Preview;
import dev.tidings.browse.WritableUrls;
import dev.tidings.browse.query.Query;
import dev.tidings.model.Article;
import dev.tidings.model.Provider;
import dev.tidings.model.SearchText.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The preview's lines for a width: everything a reader wants of the current article, nothing cut,
 * what is read first first. The whole title; the provider with its domain, the date and whether
 * it is marked; the URL, wrapped anywhere but never cut, since people copy it from the screen (and
 * linked, see {@link StyledText#link}); the whole excerpt; then the topics, quality, heat and the
 * number of images, and the file's path. The preview pane scrolls through them.
 */
final class PreviewLines {

  private static final String SEPARATOR = " " + Glyphs.SEPARATOR + " ";

  private PreviewLines() {}

  /**
   * @param state the session, read only
   * @param width the columns of a line, at least 1 is used
   * @param dates how dates are written
   * @param paths how paths are written
   * @return the lines, in order; never null
   */
  static List<StyledText> of(BrowseState state, int width, DateFormats dates, ShownPaths paths) {
    int room = Math.max(1, width);
    List<StyledText> lines = new ArrayList<>();
    Optional<Preview> maybePreview = state.preview();
    if (maybePreview.isEmpty()) {
      lines.add(StyledText.of("Nothing to preview.", Style.NORMAL));
      return lines;
    }
    Preview preview = maybePreview.get();
    if (preview.error() != null) {
      wrap(lines, "Cannot read this article: " + preview.error(), room, Style.PROBLEM);
      return lines;
    }
    if (preview.isLoading()) {
      lines.add(StyledText.of("Loading" + Glyphs.ELLIPSIS, Style.NORMAL));
      return lines;
    }
    Article article = preview.article();
    Query query = state.query();
    wrap(lines, article.title(), room, Style.TITLE, query, Field.TITLE);
    List<StyledText> meta = new ArrayList<>();
    provider(article.provider(), query).ifPresent(meta::add);
    meta.add(
        StyledText.of(dates.full(article.publishedDateTime(), article.dateSource()), Style.DATE));
    if (state.isMarked(article.url().orElse(null))) {
      meta.add(StyledText.of("marked", Style.MARKED));
    }
    flow(lines, meta, room);
    Optional<String> url = article.url();
    if (url.isEmpty()) {
      lines.add(StyledText.of("(no URL)", Style.DIM));
    } else {
      String link = WritableUrls.isWritable(url.get()) ? url.get() : null;
      for (String part : TerminalText.wrap(TerminalText.singleLine(url.get()), room)) {
        lines.add(StyledText.of(part, Style.URL).link(link));
      }
    }
    String excerpt = TerminalText.sanitize(article.excerpt());
    if (!excerpt.isBlank()) {
      lines.add(StyledText.empty());
      wrap(lines, excerpt, room, Style.NORMAL, query, Field.EXCERPT);
    }
    lines.add(StyledText.empty());
    if (!article.topics().isEmpty()) {
      List<String> topics = article.topics().stream().map(TerminalText::singleLine).toList();
      wrap(lines, "Topics: " + String.join(", ", topics), room, Style.NORMAL);
    }
    flow(lines, figures(article), room);
    wrap(lines, paths.asGiven(article.id().path()), room, Style.DIM);
    return lines;
  }

  /** The provider's name and, when it says more, its domain: {@code Forbes (forbes.com)}. */
  private static Optional<StyledText> provider(Provider provider, Query query) {
    String name = TerminalText.singleLine(provider.name());
    String domain = TerminalText.singleLine(provider.domain());
    if (name.isEmpty() && domain.isEmpty()) {
      return Optional.empty();
    }
    if (name.isEmpty() || name.equalsIgnoreCase(domain)) {
      return Optional.of(
          Matches.of(name.isEmpty() ? domain : name, Style.PROVIDER, query, Field.PROVIDER));
    }
    StyledText text = Matches.of(name, Style.PROVIDER, query, Field.PROVIDER);
    return Optional.of(domain.isEmpty() ? text : text.add(" (" + domain + ")", Style.DIM));
  }

  /** Quality and heat when known, and the number of images. */
  private static List<StyledText> figures(Article article) {
    List<StyledText> figures = new ArrayList<>();
    if (article.quality() != null) {
      figures.add(StyledText.of("quality " + article.quality(), Style.DIM));
    }
    if (article.heat() != null) {
      figures.add(StyledText.of("heat " + article.heat(), Style.DIM));
    }
    int images = article.images().size();
    String count =
        images == 0
            ? "no images"
            : String.format(Locale.ROOT, "%,d image%s", images, images == 1 ? "" : "s");
    figures.add(StyledText.of(count, Style.DIM));
    return figures;
  }

  /** Wraps text from a file into lines of one style, what the query matches highlighted. */
  private static void wrap(
      List<StyledText> lines, String text, int width, Style style, Query query, Field field) {
    for (String part : TerminalText.wrap(TerminalText.sanitize(text), width)) {
      lines.add(Matches.of(part, style, query, field));
    }
  }

  /** Wraps text from a file into lines of one style. */
  private static void wrap(List<StyledText> lines, String text, int width, Style style) {
    for (String part : TerminalText.wrap(TerminalText.sanitize(text), width)) {
      lines.add(StyledText.of(part, style));
    }
  }

  /**
   * Lays pieces out on lines, separated by {@code ·}, starting a new line for a piece that does not
   * fit; a piece wider than a line is wrapped in its first style.
   */
  private static void flow(List<StyledText> lines, List<StyledText> pieces, int width) {
    StyledText line = null;
    for (StyledText piece : pieces) {
      if (line != null && line.width() + TerminalText.width(SEPARATOR) + piece.width() <= width) {
        line.add(SEPARATOR, Style.DIM).append(piece);
        continue;
      }
      if (line != null) {
        lines.add(line);
        line = null;
      }
      if (piece.width() <= width) {
        line = StyledText.empty().append(piece);
      } else {
        for (String part : TerminalText.wrap(piece.text(), width)) {
          lines.add(StyledText.of(part, piece.firstStyle()));
        }
      }
    }
    if (line != null) {
      lines.add(line);
    }
  }
}
