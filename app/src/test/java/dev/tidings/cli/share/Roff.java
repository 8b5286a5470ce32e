package dev.tidings.cli.share;

/** Escaping of text for roff (man(7) macros), and the Markdown inline marks the README uses. */
final class Roff {

  private Roff() {}

  /**
   * @param text plain text; never null
   * @return the text with backslashes, hyphens and a leading dot or quote escaped, and every
   *     character beyond ASCII as {@code \[uXXXX]}, so that roff prints it as it is whatever
   *     the input encoding it assumes; never null
   */
  static String text(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\\') {
                out.append("\\e");
              } else if (c == '-') {
                out.append("\\-");
              } else if (c > 0x7e) {
                out.append(String.format("\\[u%04X]", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    String escaped = out.toString();
    return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
  }

  /**
   * @param text a word or phrase; never null
   * @return it in bold; never null
   */
  static String bold(String text) {
    return "\\fB" + text(text) + "\\fR";
  }

  /**
   * @param text a word or phrase; never null
   * @return it in italics (the man page's mark of a value to replace); never null
   */
  static String italic(String text) {
    return "\\fI" + text(text) + "\\fR";
  }

  /**
   * Converts a line of the README's Markdown: {@code `code`} in bold, {@code [text](link)} as its
   * text, {@code \|} as a bar, the rest escaped.
   *
   * @param markdown one line or cell of Markdown; never null
   * @return the roff text; never null
   */
  static String markdown(String markdown) {
    String plain = markdown.replace("\\|", "|").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
    StringBuilder out = new StringBuilder();
    String[] parts = plain.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      out.append(i % 2 == 1 ? bold(parts[i]) : text(parts[i]));
    }
    String line = out.toString();
    return line.startsWith("\\&") || !(line.startsWith(".") || line.startsWith("'"))
        ? line
        : "\\&" + line;
  }
}
