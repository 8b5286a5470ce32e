package dev.tidings.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds an article file from fuzzer data that looks like the real ones: a {@code ---} line, block
 * YAML with the fields tidings reads (and some it does not) as scalars in every YAML style,
 * mappings, lists of scalars and of mappings, block scalars, comments and odd spacing, a closing
 * marker, a body. Random bytes alone almost never get past the first line and the first key; this
 * puts the fuzzer's effort into the scanner's and the mapper's rules, where they can disagree.
 */
final class FrontMatterShapes {

  private static final String[] KEYS = {
    "title", "excerpt", "publishedDateTime", "webUrl", "originalUrl", "ampWebUrl", "cdnAmpWebUrl",
    "provider", "name", "domain", "topics", "related", "images", "url", "category", "type",
    "quality", "heat", "published", "secured", "title ", "Title", "x-y", "\"title\"", "'webUrl'",
    "? title", "<<", "0", ""
  };

  private static final String[] SEPARATORS = {": ", ":", ":  ", " : ", ":\t", ": \t"};

  private static final String[] SPECIAL_SCALARS = {
    "~", "null", "NULL", "", " ", "&a x", "*a", "!!str x", "!!java.util.Date x", "!x y", "[a, b]",
    "{a: b}", "[", "{", "|", ">", "|-", "- x", "? x", ": x", "#c", "x #c", "x#c", "a: b", "a:b",
    "'", "\"", "'a''b'", "\"a\\\"b\"", "\"\\e[31mred\"", "\"\\x1b]0;t\\x07\"", "\"\\u202Eevil\"",
    "\"\\U0001F600\"", "\"\\N\\L\\P\\_\"", "\"\\0\"", "\"\\ud800\"", "%TAG", "@x", "`x`",
    "2021-12-14T03:22:00Z", "2021-12-14T11:22:00+08:00", "2021-12-14 03:22:00", "2021-12-14",
    "2021-02-30T00:00:00Z", "9999999999-01-01T00:00:00Z", "2021-12-14T24:00:00Z", "https://e.com/a",
    "HTTPS://E.COM:443/a/?utm_source=x#f", "https://[::1", "http://%zz", "true", "1e9", "0x10",
    "-1", "99999999999999999999"
  };

  private static final String[] CLOSERS = {"---", "...", "--- ", "---\t", "----", " ---", ""};

  private static final String[] NEWLINES = {"\n", "\r\n", "\r", "\u0085", "\u2028"};

  private final FuzzedDataProvider data;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final String newline;

  private FrontMatterShapes(FuzzedDataProvider data) {
    this.data = data;
    // Mostly LF, as real files are; sometimes another line end for the whole file.
    this.newline = data.consumeInt(0, 7) < 5 ? "\n" : data.pickValue(NEWLINES);
  }

  /**
   * @param data the fuzzer's data; what is left after the front matter becomes the body
   * @return the bytes of an article file
   */
  static byte[] file(FuzzedDataProvider data) {
    return new FrontMatterShapes(data).build();
  }

  private byte[] build() {
    if (data.consumeInt(0, 15) == 0) {
      write("\uFEFF");
    }
    write("---");
    line();
    int fields = data.consumeInt(0, 12);
    for (int i = 0; i < fields; i++) {
      field(0, 0);
    }
    write(data.pickValue(CLOSERS));
    line();
    out.writeBytes(data.consumeRemainingAsBytes());
    return out.toByteArray();
  }

  private void field(int indent, int depth) {
    write(" ".repeat(indent));
    write(data.pickValue(KEYS));
    int shape = depth >= 3 ? 0 : data.consumeInt(0, 5);
    switch (shape) {
      case 1 -> {
        // A mapping, such as provider: with name: and domain:
        write(":");
        comment();
        line();
        int nested = indent + data.pickValue(new int[] {1, 2, 2, 4});
        int count = data.consumeInt(0, 4);
        for (int i = 0; i < count; i++) {
          field(nested, depth + 1);
        }
      }
      case 2 -> {
        // A list of scalars, such as topics:
        write(":");
        line();
        int dashIndent = indent + data.pickValue(new int[] {0, 2, 2, 1});
        int count = data.consumeInt(0, 5);
        for (int i = 0; i < count; i++) {
          write(" ".repeat(dashIndent));
          write(data.consumeInt(0, 9) == 0 ? "-" : "- ");
          scalar();
          line();
        }
      }
      case 3 -> {
        // A list of mappings, such as related: with title:, webUrl:, provider:
        write(":");
        line();
        int dashIndent = indent + data.pickValue(new int[] {0, 2, 2, 4});
        int count = data.consumeInt(0, 3);
        for (int i = 0; i < count; i++) {
          write(" ".repeat(dashIndent));
          write("- ");
          int fieldIndent = dashIndent + 2 + data.pickValue(new int[] {0, 0, 0, 1, -1});
          int fields = data.consumeInt(1, 4);
          for (int f = 0; f < fields; f++) {
            field(f == 0 ? 0 : fieldIndent, depth + 1);
          }
        }
      }
      case 4 -> {
        // A block scalar, whose lines may look like anything.
        write(data.pickValue(SEPARATORS));
        write(data.pickValue(new String[] {"|", ">", "|-", ">+", "|2", "| #c"}));
        line();
        int count = data.consumeInt(0, 3);
        for (int i = 0; i < count; i++) {
          write(" ".repeat(indent + data.consumeInt(0, 4)));
          write(data.consumeString(40));
          line();
        }
      }
      default -> {
        write(data.pickValue(SEPARATORS));
        scalar();
        comment();
        line();
      }
    }
  }

  private void scalar() {
    switch (data.consumeInt(0, 6)) {
      case 0 -> write(data.pickValue(SPECIAL_SCALARS));
      case 1 -> write("'" + data.consumeString(40).replace("'", "''") + "'");
      case 2 -> {
        String text = data.consumeString(40).replace("\\", "\\\\").replace("\"", "\\\"");
        write("\"" + text + "\"");
      }
      case 3 -> write("\"" + data.consumeString(40) + "\"");
      case 4 -> out.writeBytes(data.consumeBytes(data.consumeInt(0, 8)));
      default -> write(data.consumeString(40));
    }
  }

  private void comment() {
    if (data.consumeInt(0, 7) == 0) {
      write(data.pickValue(new String[] {" # c", "#c", "\t# c"}));
    }
  }

  private void line() {
    write(newline);
  }

  private void write(String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
