package io.matcher.taxonomy;

import java.util.Optional;

/**
 * The funding-stage ladder, in order: idea &lt; pre-seed &lt; seed &lt; series-a &lt; series-b &lt;
 * growth. The ordinal is the rung; scoring measures stage fit as a distance on this ladder.
 * Spellings in Vietnamese and English are resolved by {@link Taxonomy#stage(String)}.
 */
public enum Stage {
  IDEA("idea", "Idea", "Ý tưởng"),
  PRE_SEED("pre-seed", "Pre-seed", "Tiền hạt giống"),
  SEED("seed", "Seed", "Hạt giống"),
  SERIES_A("series-a", "Series A", "Vòng A"),
  SERIES_B("series-b", "Series B", "Vòng B"),
  GROWTH("growth", "Growth", "Tăng trưởng");

  private final String code;
  private final String english;
  private final String vietnamese;

  Stage(String code, String english, String vietnamese) {
    this.code = code;
    this.english = english;
    this.vietnamese = vietnamese;
  }

  /** The code used in files, e.g. {@code series-a}. */
  public String code() {
    return code;
  }

  public String english() {
    return english;
  }

  public String vietnamese() {
    return vietnamese;
  }

  /** Rungs between two stages: 0 for the same stage. */
  public int distance(Stage other) {
    return Math.abs(ordinal() - other.ordinal());
  }

  /** The stage whose code is exactly {@code code}. */
  public static Optional<Stage> ofCode(String code) {
    for (Stage s : values()) {
      if (s.code.equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
