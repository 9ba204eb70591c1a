package io.matcher.score;

import java.util.Objects;

/**
 * Settings of a scoring run other than the weights. Immutable.
 *
 * @param neutral the value a component takes when it cannot be judged (a generalist investor, an
 *     unknown stage or amount, no text on either side), in [0, 1]
 * @param external scores from elsewhere, or {@link ExternalScores#none()}
 * @param externalMode how external scores enter the total
 * @param parallel whether rows are scored on all cores (results are identical either way)
 */
public record ScoringOptions(
    double neutral, ExternalScores external, ExternalMode externalMode, boolean parallel) {
  public ScoringOptions {
    if (!(neutral >= 0 && neutral <= 1)) {
      throw new IllegalArgumentException("neutral must be in [0, 1], found " + neutral);
    }
    Objects.requireNonNull(external, "external");
    Objects.requireNonNull(externalMode, "externalMode");
  }

  /** Neutral 0.5, no external scores (REPLACE when some are added), parallel. */
  public static ScoringOptions defaults() {
    return new ScoringOptions(0.5, ExternalScores.none(), ExternalMode.REPLACE, true);
  }

  public ScoringOptions withExternal(ExternalScores scores, ExternalMode mode) {
    return new ScoringOptions(neutral, scores, mode, parallel);
  }

  public ScoringOptions withParallel(boolean parallel) {
    return new ScoringOptions(neutral, external, externalMode, parallel);
  }

  public ScoringOptions withNeutral(double neutral) {
    return new ScoringOptions(neutral, external, externalMode, parallel);
  }
}
