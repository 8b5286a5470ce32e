package dev.tidings.repository.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Windows-1252, the code page text that is not UTF-8 is most often in (the WHATWG Encoding
 * Standard decodes ISO-8859-1 labelled text with it for that reason): decoding bytes that are not
 * all UTF-8, and the byte each character of it comes from, which {@link Mojibake} needs. The five
 * bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to U+FFFD.
 */
final class Windows1252 {

  /** The character of each byte 0x80-0xFF. */
  private static final char[] HIGH = new char[128];

  /** The byte of each character U+0000-U+FFFF, or -1; only 0x80-0xFF are set. */
  private static final short[] BYTE_OF = new short[0x10000];

  static {
    CharsetDecoder decoder =
        Charset.forName("windows-1252")
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    Arrays.fill(BYTE_OF, (short) -1);
    for (int b = 0x80; b <= 0xFF; b++) {
      char c;
      try {
        c = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
      } catch (java.nio.charset.CharacterCodingException impossible) {
        throw new AssertionError(impossible);
      }
      HIGH[b - 0x80] = c;
      if (c != '\uFFFD') {
        BYTE_OF[c] = (short) b;
      }
      // Text decoded as ISO-8859-1 instead has C1 controls for 0x80-0x9F: the same bytes.
      if (b < 0xA0 && BYTE_OF[b] < 0) {
        BYTE_OF[b] = (short) b;
      }
    }
  }

  private Windows1252() {}

  /**
   * Text decoded from bytes that should be UTF-8.
   *
   * @param text the text; never null
   * @param fallbacks the offsets in {@code text} of the characters decoded from windows-1252
   *     because their bytes were not UTF-8, in order; never null, empty when all was UTF-8
   */
  record Decoded(String text, int[] fallbacks) {}

  /**
   * Decodes bytes as UTF-8 where they are UTF-8 (RFC 3629) and each byte of a sequence that is
   * not as windows-1252, so that a file in windows-1252, or one with a few such bytes, keeps its
   * text. A sequence cut off by the end of the bytes is decoded the same way.
   *
   * @param bytes the bytes; never null
   * @param length how many of them to decode
   * @return the text and where it fell back; never null
   */
  static Decoded decode(byte[] bytes, int length) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    int[] fallbacks = new int[0];
    int count = 0;
    while (true) {
      CoderResult result = utf8.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      // Malformed (or unmappable, which UTF-8 has none of): these bytes are windows-1252.
      for (int i = 0; i < result.length(); i++) {
        if (count == fallbacks.length) {
          fallbacks = Arrays.copyOf(fallbacks, Math.max(8, count * 2));
        }
        fallbacks[count++] = out.position();
        out.put(character(in.get()));
      }
    }
    utf8.flush(out);
    out.flip();
    return new Decoded(out.toString(), Arrays.copyOf(fallbacks, count));
  }

  /** @return the character windows-1252 gives {@code b} (ASCII as itself, undefined as U+FFFD) */
  static char character(byte b) {
    int unsigned = b & 0xFF;
    return unsigned < 0x80 ? (char) unsigned : HIGH[unsigned - 0x80];
  }

  /**
   * @return the byte 0x80-0xFF that windows-1252 (or ISO-8859-1, for the C1 controls) decodes to
   *     {@code c}, or -1 when none does
   */
  static int byteOf(char c) {
    return BYTE_OF[c];
  }
}
