package dev.tidings.browse.query;

import dev.tidings.model.Folding;
import dev.tidings.model.SearchText.Field;
import dev.tidings.model.TextPattern;
import dev.tidings.model.TextPattern.Mode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds where the text patterns of a query match a shown text: the text is folded as rows are
 * ({@link Folding}), remembering which characters of the shown text each folded character came
 * from, and every match of a pattern that searches the field is mapped back. A match ends after
 * the combining marks and format characters that follow it, which folding drops.
 */
final class Highlighter {

  private Highlighter() {}

  /**
   * @param patterns the query's text patterns that are not negated; never null
   * @param field the field the text is shown for
   * @param shown the text as shown; never null
   * @return the ranges, in order, neither overlapping nor touching; never null
   */
  static List<Highlight> highlights(List<TextPattern> patterns, Field field, String shown) {
    List<TextPattern> wanted = new ArrayList<>();
    for (TextPattern pattern : patterns) {
      if (pattern.fields().contains(field) && !pattern.isEmpty()) {
        wanted.add(pattern);
      }
    }
    if (wanted.isEmpty() || shown.isEmpty()) {
      return List.of();
    }
    Folded folded = Folded.of(shown);
    List<Highlight> found = new ArrayList<>();
    String text = folded.text.toString();
    for (TextPattern pattern : wanted) {
      String needle = pattern.folded();
      for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        int end = at + needle.length();
        if (sits(pattern.mode(), text, at, end)) {
          found.add(new Highlight(folded.starts[at], folded.ends[end - 1]));
        }
      }
    }
    return merged(found);
  }

  private static boolean sits(Mode mode, String text, int at, int end) {
    boolean start = at == 0;
    boolean stop = end == text.length();
    return switch (mode) {
      case SUBSTRING -> true;
      case PREFIX -> start;
      case SUFFIX -> stop;
      case WHOLE -> start && stop;
      case WORD -> (start || !isWordChar(text.charAt(at - 1)))
          && (stop || !isWordChar(text.charAt(end)));
    };
  }

  private static boolean isWordChar(char c) {
    return c >= 0x80 || c >= '0' && c <= '9' || c >= 'a' && c <= 'z';
  }

  private static List<Highlight> merged(List<Highlight> ranges) {
    ranges.sort(Comparator.comparingInt(Highlight::start));
    List<Highlight> merged = new ArrayList<>();
    for (Highlight range : ranges) {
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).end() >= range.start()) {
        Highlight previous = merged.get(last);
        merged.set(last, new Highlight(previous.start(), Math.max(previous.end(), range.end())));
      } else {
        merged.add(range);
      }
    }
    return merged;
  }

  /**
   * A shown text folded, with for each folded {@code char} the range of the shown text it came
   * from.
   */
  private static final class Folded {
    final StringBuilder text = new StringBuilder();
    int[] starts = new int[16];
    int[] ends = new int[16];

    static Folded of(String shown) {
      Folded folded = new Folded();
      boolean space = true;
      int i = 0;
      while (i < shown.length()) {
        int codePoint = shown.codePointAt(i);
        int next = i + Character.charCount(codePoint);
        String part = Folding.foldCodePoint(codePoint);
        if (part.isEmpty() && folded.text.length() > 0 && !space) {
          // Dropped marks belong to the character before them.
          folded.ends[folded.text.length() - 1] = next;
        }
        for (int j = 0; j < part.length(); j++) {
          char c = part.charAt(j);
          if (c == ' ') {
            if (space) {
              continue;
            }
            space = true;
          } else {
            space = false;
          }
          folded.add(c, i, next);
        }
        i = next;
      }
      if (space && folded.text.length() > 0) {
        folded.text.setLength(folded.text.length() - 1);
      }
      return folded;
    }

    private void add(char c, int start, int end) {
      int length = text.length();
      if (length == starts.length) {
        starts = Arrays.copyOf(starts, length * 2);
        ends = Arrays.copyOf(ends, length * 2);
      }
      text.append(c);
      starts[length] = start;
      ends[length] = end;
    }
  }
}
