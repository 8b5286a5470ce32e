package dev.tidings.repository.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A growable byte buffer that writes the forms of {@link IndexCodec}'s layout; cheaper than
 * DataOutputStream over ByteArrayOutputStream. A {@code var} is an unsigned LEB128 varint; an
 * instant is its epoch seconds as a zigzag varint (so that instants before 1970 stay short) and
 * its nanoseconds as a {@code var}; a string is {@code var} (length << 1 | form) and then its
 * bytes: form 0 is UTF-8 of length bytes, form 1 is UTF-16BE of length chars, used only for text
 * with an unpaired surrogate, which UTF-8 cannot carry and {@link String#getBytes} would silently
 * replace; a list is a {@code var} count, then its strings.
 */
final class BytesOut {

  private byte[] bytes = new byte[256];
  private int length;

  void raw(int b) {
    ensure(1);
    bytes[length++] = (byte) b;
  }

  void varLong(long value) {
    ensure(10);
    long v = value;
    while ((v & ~0x7FL) != 0) {
      bytes[length++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    bytes[length++] = (byte) v;
  }

  /** A signed value as a zigzag varint, so that small negative values stay short. */
  void zigzag(long value) {
    varLong((value << 1) ^ (value >> 63));
  }

  void instant(Instant instant) {
    long seconds = instant.getEpochSecond();
    varLong((seconds << 1) ^ (seconds >> 63));
    varLong(instant.getNano());
  }

  void string(String s) {
    if (hasUnpairedSurrogate(s)) {
      varLong(((long) s.length() << 1) | 1);
      ensure(s.length() * 2);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        bytes[length++] = (byte) (c >>> 8);
        bytes[length++] = (byte) c;
      }
    } else {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      varLong((long) utf8.length << 1);
      ensure(utf8.length);
      System.arraycopy(utf8, 0, bytes, length, utf8.length);
      length += utf8.length;
    }
  }

  void list(List<String> strings) {
    varLong(strings.size());
    for (String s : strings) {
      string(s);
    }
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }

  private static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
