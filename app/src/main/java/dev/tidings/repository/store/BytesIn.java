package dev.tidings.repository.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Reads what {@link BytesOut} wrote; every overrun surfaces as an exception ({@link
 * ArrayIndexOutOfBoundsException} or {@link IllegalArgumentException}), never a wrong value.
 */
final class BytesIn {

  private final byte[] bytes;
  private int position;

  BytesIn(byte[] bytes) {
    this.bytes = bytes;
  }

  int remaining() {
    return bytes.length - position;
  }

  int raw() {
    return bytes[position++] & 0xFF;
  }

  long varLong() {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = bytes[position++];
      value |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("varint longer than 10 bytes");
  }

  int length(long limit) {
    long n = varLong();
    if (n < 0 || n > limit) {
      throw new IllegalArgumentException("length " + n + " past the end");
    }
    return (int) n;
  }

  /** @return a zigzag varint that must fit an int */
  int zigzagInt() {
    long zigzag = varLong();
    long value = (zigzag >>> 1) ^ -(zigzag & 1);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("not an int: " + value);
    }
    return (int) value;
  }

  Instant instant() {
    long zigzag = varLong();
    long seconds = (zigzag >>> 1) ^ -(zigzag & 1);
    long nanos = varLong();
    if (nanos < 0 || nanos > 999_999_999L) {
      throw new IllegalArgumentException("nanoseconds out of range: " + nanos);
    }
    return Instant.ofEpochSecond(seconds, nanos);
  }

  String string() {
    long header = varLong();
    if (header < 0) {
      throw new IllegalArgumentException("bad string header");
    }
    long count = header >>> 1;
    if ((header & 1) == 0) {
      if (count > remaining()) {
        throw new IllegalArgumentException("string of " + count + " bytes past the end");
      }
      String s = new String(bytes, position, (int) count, StandardCharsets.UTF_8);
      position += (int) count;
      return s;
    }
    if (count > remaining() / 2) {
      throw new IllegalArgumentException("string of " + count + " chars past the end");
    }
    char[] chars = new char[(int) count];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) (((bytes[position] & 0xFF) << 8) | (bytes[position + 1] & 0xFF));
      position += 2;
    }
    return new String(chars);
  }

  List<String> list() {
    // Each string takes at least one byte, which bounds the count before allocating.
    String[] strings = new String[length(remaining())];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = string();
    }
    return List.of(strings);
  }
}
