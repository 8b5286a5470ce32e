package dev.tidings.ui.external;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link ExternalCommand}'s placeholders stand for: the fields of the article under the
 * cursor and the URLs the command is for. Every field is text as the article gives it, which may
 * hold quotes, {@code $(…)} or line breaks: it only ever becomes one argument, or the value of an
 * environment variable, never part of a shell line.
 *
 * @param url the article's URL ({@code {url}}); empty when none; never null
 * @param title its title ({@code {title}}); empty when none; never null
 * @param path its Markdown file ({@code {path}}); empty when none; never null
 * @param provider its provider ({@code {provider}}); empty when none; never null
 * @param date its date, ISO 8601 in the zone dates are shown in ({@code {date}}); empty when it
 *     has none; never null
 * @param urls the marked URLs, else the article's ({@code {urls}}); never null
 */
public record CommandFields(
    String url, String title, String path, String provider, String date, List<String> urls) {

  /**
   * Copies the list.
   *
   * @throws NullPointerException if an argument is null
   */
  public CommandFields {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(date, "date");
    urls = List.copyOf(urls);
  }

  /**
   * @param name a placeholder's name without braces, such as {@code url}
   * @return its value; {@code urls} one a line
   * @throws IllegalArgumentException if the name is no placeholder's
   */
  String value(String name) {
    return switch (name) {
      case "url" -> url;
      case "title" -> title;
      case "path" -> path;
      case "provider" -> provider;
      case "date" -> date;
      case "urls" -> String.join("\n", urls);
      default -> throw new IllegalArgumentException("unknown placeholder {" + name + "}");
    };
  }

  /**
   * @return the environment variables a command gets besides tidings' own: {@code TIDINGS_URL},
   *     {@code TIDINGS_TITLE}, {@code TIDINGS_PATH}, {@code TIDINGS_PROVIDER}, {@code
   *     TIDINGS_DATE} and {@code TIDINGS_URLS} (one a line), in that order; never null
   */
  public Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    for (String name : ExternalCommand.PLACEHOLDERS) {
      env.put("TIDINGS_" + name.toUpperCase(java.util.Locale.ROOT), value(name));
    }
    return env;
  }
}
