package dev.tidings.cli.output;

import java.io.StringWriter;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * One JSON object (RFC 8259) on one line, written with Jackson's streaming generator
 * (jackson-core): the one JSON writer of tidings, for {@code tidings check --json} and {@code
 * tidings list --format json}. Strings are escaped by Jackson as RFC 8259 requires (quotation
 * mark, reverse solidus, C0 controls), and beyond that every character {@link Escapes#printable}
 * escapes (C1 controls, DEL, line and paragraph separators, bidirectional formatting) is written
 * as {@code \\uXXXX} in lower-case hexadecimal, so that a line read on a terminal cannot steer it;
 * line feed and tab are {@code \n} and {@code \t}. Other characters are written as they are
 * (the output is UTF-8). Never written across threads: each object has its own generator.
 *
 * <pre>{@code
 * String line = JsonLine.object().string("path", "/a.md").number("line", 3).end();
 * }</pre>
 */
public final class JsonLine {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().characterEscapes(new TerminalSafeEscapes()).build();

  private final StringWriter text = new StringWriter(256);
  private final JsonGenerator generator;

  private JsonLine() {
    generator = FACTORY.createGenerator(ObjectWriteContext.empty(), text);
    generator.writeStartObject();
  }

  /** @return a new object, with no member yet; never null */
  public static JsonLine object() {
    return new JsonLine();
  }

  /**
   * A string literal on its own, escaped as the members' strings are.
   *
   * @param value any text; never null
   * @return the literal, quotes included; never null
   */
  public static String literal(String value) {
    StringWriter out = new StringWriter(value.length() + 8);
    try (JsonGenerator literal = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      literal.writeString(value);
    }
    return out.toString();
  }

  /**
   * @param name the member's name; never null
   * @param value its value; null writes JSON {@code null}
   * @return this object; never null
   */
  public JsonLine string(String name, String value) {
    generator.writeName(name);
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeString(value);
    }
    return this;
  }

  /**
   * @param name the member's name; never null
   * @param values the array's strings, in order; never null, no element null
   * @return this object; never null
   */
  public JsonLine strings(String name, List<String> values) {
    generator.writeName(name);
    generator.writeStartArray();
    for (String value : values) {
      generator.writeString(value);
    }
    generator.writeEndArray();
    return this;
  }

  /**
   * @param name the member's name; never null
   * @param value its value; null writes JSON {@code null}
   * @return this object; never null
   */
  public JsonLine number(String name, Integer value) {
    generator.writeName(name);
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value.intValue());
    }
    return this;
  }

  /**
   * @param name the member's name; never null
   * @param value its value
   * @return this object; never null
   */
  public JsonLine number(String name, long value) {
    generator.writeNumberProperty(name, value);
    return this;
  }

  /**
   * @param name the member's name; never null
   * @param value its value
   * @return this object; never null
   */
  public JsonLine bool(String name, boolean value) {
    generator.writeBooleanProperty(name, value);
    return this;
  }

  /**
   * @param name the member's name; never null
   * @return this object, with the member's value JSON {@code null}; never null
   */
  public JsonLine nothing(String name) {
    generator.writeName(name);
    generator.writeNull();
    return this;
  }

  /**
   * Ends the object; call once, last.
   *
   * @return the object on one line, without a line end; never null
   */
  public String end() {
    generator.writeEndObject();
    generator.close();
    return text.toString();
  }

  /**
   * Jackson's escapes for JSON, plus {@code \\uXXXX} for every other character {@link
   * Escapes#escaped} names, and C0 controls other than line feed and tab spelled that way too
   * (lower-case hexadecimal, as {@link Escapes#printable} writes them).
   */
  private static final class TerminalSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalSafeEscapes() {
      for (int c = 0; c < ascii.length; c++) {
        if (c != '\n' && c != '\t' && Escapes.escaped((char) c)) {
          ascii[c] = ESCAPE_CUSTOM;
        }
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      return c <= Character.MAX_VALUE && Escapes.escaped((char) c)
          ? new SerializedString(Escapes.unicodeEscape((char) c))
          : null;
    }
  }
}
