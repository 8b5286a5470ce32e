package dev.tidings.repository.read;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Paths whose bytes are not valid UTF-8 (a file named in Latin-1 on an old system, say). The JVM
 * reads file names in UTF-8 (the launcher makes sure of it) and shows each byte that is not UTF-8
 * as U+FFFD, while the path keeps its bytes and can still be opened; these functions get the bytes
 * back (from {@link Path#toUri()}, which percent-encodes them) and show the bad ones as {@code
 * \xHH}, so that a name is never shown as {@code �}.
 */
public final class FileNames {

  private FileNames() {}

  /**
   * @param path a path as listed from a directory; never null
   * @return whether its name may not be UTF-8: it shows U+FFFD (cheap: no system call)
   */
  public static boolean mayNotBeUtf8(Path path) {
    return path.toString().indexOf('\uFFFD') >= 0;
  }

  /**
   * Shows a path for the user: as {@link Path#toString()} when its bytes are UTF-8, else with
   * every byte that is not shown as {@code \xHH} (upper-case hexadecimal), such as {@code
   * /news/caf\xE9.md}. A relative path stays relative (resolved against the working directory to
   * get its bytes).
   *
   * @param path a path; never null
   * @return the path as text; never null
   */
  public static String shown(Path path) {
    String text = path.toString();
    if (!mayNotBeUtf8(path)) {
      return text;
    }
    if (!path.isAbsolute()) {
      String absolute = shown(path.toAbsolutePath());
      String base = shown(Path.of("").toAbsolutePath());
      String prefix = base.endsWith("/") ? base : base + "/";
      return absolute.startsWith(prefix) ? absolute.substring(prefix.length()) : absolute;
    }
    String escaped = escaped(bytes(path));
    return escaped == null ? text : escaped;
  }

  /** @return the path's bytes, from its URI (RFC 3986 percent-encoding, absolute) */
  private static byte[] bytes(Path path) {
    String raw = path.toUri().getRawPath();
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        out.write(Integer.parseInt(raw, i + 1, i + 3, 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    byte[] bytes = out.toByteArray();
    // A directory's URI ends with a slash its path does not have.
    int length = bytes.length;
    if (length > 1 && bytes[length - 1] == '/' && !path.toString().endsWith("/")) {
      length--;
    }
    return java.util.Arrays.copyOf(bytes, length);
  }

  /**
   * @return the bytes as UTF-8, each byte of a malformed sequence as {@code \xHH}; null when they
   *     are all valid UTF-8 (the U+FFFD is really in the name)
   */
  static String escaped(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    StringBuilder text = new StringBuilder(bytes.length + 8);
    boolean malformed = false;
    while (true) {
      CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
      text.append(out.flip());
      out.clear();
      if (result.isError()) {
        malformed = true;
        for (int i = 0; i < result.length(); i++) {
          text.append(String.format("\\x%02X", in.get() & 0xFF));
        }
      } else if (result.isUnderflow()) {
        break;
      }
    }
    return malformed ? text.toString() : null;
  }
}
