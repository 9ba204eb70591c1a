package io.matcher.score;

/**
 * Why a pair cannot meet. When several apply, the first in declaration order is kept: an explicit
 * veto before an exclusion list before the score threshold.
 */
public enum Impossibility {
  VETOED_BY_INVESTOR("vetoed by the investor (\"no\" preference)"),
  VETOED_BY_STARTUP("vetoed by the startup (\"no\" preference)"),
  EXCLUDED_BY_INVESTOR("on the investor's exclude list"),
  EXCLUDED_BY_STARTUP("on the startup's exclude list"),
  BELOW_MIN_SCORE("score below the event's minScore");

  private final String description;

  Impossibility(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** Code stored per pair: 0 = allowed, ordinal + 1 otherwise. */
  byte code() {
    return (byte) (ordinal() + 1);
  }

  static Impossibility ofCode(byte code) {
    return code == 0 ? null : values()[code - 1];
  }
}
