package dev.tidings.repository.read;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.LookupTranslator;
import org.apache.commons.text.translate.NumericEntityUnescaper;

/**
 * Decodes the HTML character references that feeds leave in titles and excerpts ({@code
 * we&#8217;re}, {@code &nbsp;}, {@code &amp;}, {@code &hellip;}), so that they are shown and
 * searched as the characters they stand for. The tables are Apache Commons Text's ({@link
 * EntityArrays}): the named references of HTML 4.01 (those {@code
 * StringEscapeUtils.unescapeHtml4} decodes) and {@code &apos;} (XML, HTML5), and numeric references
 * in decimal and hexadecimal. A reference must end with {@code ;}: text such as {@code AT&T} or
 * {@code &copy2021} is left as it is.
 *
 * <p>A numeric reference to no character (zero, a surrogate, past U+10FFFF) becomes U+FFFD, as
 * the HTML standard's "numeric character reference end state" says; Commons Text 1.15 would throw
 * on the last. What a reference decodes to is not sanitized here: the views sanitize what they
 * draw, as they do all text from files.
 */
final class CharacterReferences {

  private static final char REPLACEMENT = '\uFFFD';

  private static final long PAST_LAST = Character.MAX_CODE_POINT + 1L;

  private static final CharSequenceTranslator DECODER =
      new AggregateTranslator(
          new NoCharacter(),
          new LookupTranslator(EntityArrays.BASIC_UNESCAPE),
          new LookupTranslator(EntityArrays.APOS_UNESCAPE),
          new LookupTranslator(EntityArrays.ISO8859_1_UNESCAPE),
          new LookupTranslator(EntityArrays.HTML40_EXTENDED_UNESCAPE),
          new NumericEntityUnescaper());

  private CharacterReferences() {}

  /**
   * @param text a title or an excerpt as read; may be null
   * @return the text with its character references decoded: the same string when it holds no
   *     {@code &}; null for null
   */
  static String decode(String text) {
    if (text == null || text.indexOf('&') < 0) {
      return text;
    }
    return DECODER.translate(text);
  }

  /**
   * Consumes a numeric reference that names no character, writing U+FFFD; leaves every other
   * text to the translators after it.
   */
  private static final class NoCharacter extends CharSequenceTranslator {

    @Override
    public int translate(CharSequence input, int index, Writer writer) throws IOException {
      int end = input.length();
      if (index + 3 >= end || input.charAt(index) != '&' || input.charAt(index + 1) != '#') {
        return 0;
      }
      int i = index + 2;
      boolean hex = input.charAt(i) == 'x' || input.charAt(i) == 'X';
      if (hex) {
        i++;
      }
      int radix = hex ? 16 : 10;
      int digitsFrom = i;
      // Saturated just past the last code point, so that no run of digits overflows.
      long value = 0;
      while (i < end && digit(input.charAt(i), radix) >= 0) {
        value = Math.min(value * radix + digit(input.charAt(i), radix), PAST_LAST);
        i++;
      }
      if (i == digitsFrom || i >= end || input.charAt(i) != ';') {
        return 0;
      }
      if (value == 0 || value > Character.MAX_CODE_POINT || isSurrogate(value)) {
        writer.write(REPLACEMENT);
        return i + 1 - index;
      }
      return 0;
    }

    /** @return the value of an ASCII digit of the radix (10 or 16), else -1 */
    private static int digit(char c, int radix) {
      if (c >= '0' && c <= '9') {
        return c - '0';
      }
      if (radix == 16 && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return (c | 0x20) - 'a' + 10;
      }
      return -1;
    }

    private static boolean isSurrogate(long value) {
      return value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE;
    }
  }
}
