/**
 * SCORE stage: every investor–startup pair as a number in [0, 1], or a reason it cannot meet.
 *
 * <p>{@link io.matcher.score.Scorer} computes a {@link io.matcher.score.PairScores} from an event
 * with {@link io.matcher.score.Weights} and {@link io.matcher.score.ScoringOptions}; each aspect
 * of fit is a {@link io.matcher.score.ScoreComponent}. No I/O: weights and external scores are
 * parsed from text the caller has read. See {@code docs/scoring.md}.
 */
package io.matcher.score;
