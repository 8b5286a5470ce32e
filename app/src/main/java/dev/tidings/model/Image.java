package dev.tidings.model;

import java.util.Objects;

/**
 * An image of an article or related story, from an entry of its {@code images} list.
 *
 * @param url the image URL as written; never null
 * @param width width in pixels; null when missing or not a number
 * @param height height in pixels; null when missing or not a number
 */
public record Image(String url, Integer width, Integer height) {

  /** @throws NullPointerException if {@code url} is null */
  public Image {
    Objects.requireNonNull(url, "url");
  }
}
