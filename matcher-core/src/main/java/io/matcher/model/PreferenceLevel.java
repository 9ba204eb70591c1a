package io.matcher.model;

import java.util.Optional;

/** A wish expressed before the event about meeting one counterpart. */
public enum PreferenceLevel {
  /** The pair must meet; the planner forces it and reports when it cannot. */
  MUST("must"),
  /** The pair would like to meet; scoring adds the wish component. */
  WANT("want"),
  /** The pair must not meet; a hard veto. */
  NO("no");

  private final String code;

  PreferenceLevel(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<PreferenceLevel> parse(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    for (PreferenceLevel v : values()) {
      if (v.code.equals(t)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
