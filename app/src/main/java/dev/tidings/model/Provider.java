package dev.tidings.model;

/**
 * The publisher of an article or related story, from its {@code provider} mapping.
 *
 * @param name display name such as {@code Wall Street Journal}; null when missing
 * @param domain domain such as {@code wsj.com}; null when missing
 */
public record Provider(String name, String domain) {

  /** A provider with neither name nor domain. */
  public static final Provider UNKNOWN = new Provider(null, null);

  /** @return the name, else the domain, else the empty string; never null */
  public String displayName() {
    if (name != null && !name.isBlank()) {
      return name;
    }
    return domain == null ? "" : domain;
  }
}
