package io.matcher.pipeline;

import io.matcher.score.CandidateRetrieval;
import io.matcher.score.ExternalMode;
import java.nio.file.Path;

/**
 * Where the scoring stage takes its settings from; every field may be null.
 *
 * @param weightsFile a weights JSON file; null: the event directory's {@code weights.json} if it
 *     has one, else the defaults
 * @param externalScoresFile a CSV {@code investorId,startupId,score} of scores from elsewhere
 * @param externalMode how external scores enter the total; null means {@link ExternalMode#REPLACE}
 * @param indexDir a directory for a Lucene index kept on disk and updated incrementally; null
 *     for an index in memory
 * @param externalScoresMax the scale of the external scores ({@code 100}: scores 0..100 are
 *     divided by 100); 1 by default
 * @param retrieval how planning finds its candidate pairs; null means {@link
 *     CandidateRetrieval#AUTO}
 */
public record ScoringInputs(Path weightsFile, Path externalScoresFile, ExternalMode externalMode,
    Path indexDir, double externalScoresMax, CandidateRetrieval retrieval) {
  /** Candidates found as {@link CandidateRetrieval#AUTO} says. */
  public ScoringInputs(Path weightsFile, Path externalScoresFile, ExternalMode externalMode,
      Path indexDir, double externalScoresMax) {
    this(weightsFile, externalScoresFile, externalMode, indexDir, externalScoresMax, null);
  }

  /** External scores on the scale [0, 1]. */
  public ScoringInputs(
      Path weightsFile, Path externalScoresFile, ExternalMode externalMode, Path indexDir) {
    this(weightsFile, externalScoresFile, externalMode, indexDir, 1);
  }

  /** These inputs with candidates found as {@code r} says. */
  public ScoringInputs withRetrieval(CandidateRetrieval r) {
    return new ScoringInputs(weightsFile, externalScoresFile, externalMode, indexDir,
        externalScoresMax, r);
  }

  /** {@link #retrieval}, {@link CandidateRetrieval#AUTO} when not given. */
  public CandidateRetrieval retrievalOrAuto() {
    return retrieval == null ? CandidateRetrieval.AUTO : retrieval;
  }

  public static ScoringInputs defaults() {
    return new ScoringInputs(null, null, null, null);
  }
}
