package dev.tidings.browse;

/** The list that cursor keys and marks apply to. */
public enum Focus {
  TIMELINE,
  RELATED
}
