package dev.tidings.ui.view;

import dev.tidings.browse.BrowseState;
import dev.tidings.browse.Preview;
import dev.tidings.model.Article;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws the preview pane: the current article's title, provider and date, topics, URL and its
 * excerpt wrapped to the pane's width; the last row ends with an ellipsis when there is more.
 */
final class PreviewView {

  private static final int MAX_TITLE_LINES = 3;

  private PreviewView() {}

  private record Line(String text, Style style) {}

  /**
   * @param canvas where to draw
   * @param pane the preview pane, heading included
   * @param state the session, read only
   * @param zone the zone dates are shown in
   */
  static void draw(Canvas canvas, Rect pane, BrowseState state, ZoneId zone) {
    PaneHeading.draw(canvas, pane, "Preview", false);
    Rect body = pane.below(1);
    int width = body.width() - 2;
    List<Line> lines = lines(state.preview(), state, zone, width);
    for (int i = 0; i < body.height(); i++) {
      int row = body.row() + i;
      canvas.text(body.column(), row, 1, "", Style.NORMAL);
      if (i >= lines.size()) {
        canvas.text(body.column() + 1, row, body.width() - 1, "", Style.NORMAL);
        continue;
      }
      Line line = lines.get(i);
      String text = line.text();
      if (i == body.height() - 1 && lines.size() > body.height()) {
        text = TerminalText.truncate(text + " " + TerminalText.ELLIPSIS, width);
      }
      SanitizedText.draw(canvas, body.column() + 1, row, body.width() - 1, text, line.style());
    }
  }

  private static List<Line> lines(
      Optional<Preview> maybePreview, BrowseState state, ZoneId zone, int width) {
    List<Line> lines = new ArrayList<>();
    if (maybePreview.isEmpty()) {
      lines.add(new Line("Nothing to preview.", Style.NORMAL));
      return lines;
    }
    Preview preview = maybePreview.get();
    if (preview.error() != null) {
      for (String part :
          TerminalText.wrap(
              TerminalText.sanitize("Cannot read this article: " + preview.error()), width)) {
        lines.add(new Line(part, Style.NORMAL));
      }
      return lines;
    }
    if (preview.isLoading()) {
      lines.add(new Line("Loading" + TerminalText.ELLIPSIS, Style.NORMAL));
      return lines;
    }
    Article article = preview.article();
    List<String> title = TerminalText.wrap(TerminalText.sanitize(article.title()), width);
    for (int i = 0; i < Math.min(title.size(), MAX_TITLE_LINES); i++) {
      String text = title.get(i);
      if (i == MAX_TITLE_LINES - 1 && title.size() > MAX_TITLE_LINES) {
        text = TerminalText.truncate(text + " " + TerminalText.ELLIPSIS, width);
      }
      lines.add(new Line(text, Style.BOLD));
    }
    StringBuilder meta = new StringBuilder();
    String provider = TerminalText.singleLine(article.provider().displayName());
    if (!provider.isEmpty()) {
      meta.append(provider).append(" \u00B7 ");
    }
    meta.append(DateFormats.previewDate(article.publishedDateTime(), article.dateSource(), zone));
    if (state.isMarked(article.url().orElse(null))) {
      meta.append(" \u00B7 marked");
    }
    lines.add(new Line(meta.toString(), Style.NORMAL));
    if (!article.topics().isEmpty()) {
      List<String> topics = article.topics().stream().map(TerminalText::singleLine).toList();
      lines.add(new Line("Topics: " + String.join(", ", topics), Style.NORMAL));
    }
    String url = article.url().map(TerminalText::singleLine).orElse("(no URL)");
    lines.add(new Line(url, Style.NORMAL));
    String excerpt = TerminalText.sanitize(article.excerpt());
    if (!excerpt.isBlank()) {
      lines.add(new Line("", Style.NORMAL));
      for (String part : TerminalText.wrap(excerpt, width)) {
        lines.add(new Line(part, Style.NORMAL));
      }
    }
    return lines;
  }
}
