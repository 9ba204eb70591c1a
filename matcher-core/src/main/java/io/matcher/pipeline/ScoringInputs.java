package io.matcher.pipeline;

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
 */
public record ScoringInputs(
    Path weightsFile, Path externalScoresFile, ExternalMode externalMode, Path indexDir) {
  public static ScoringInputs defaults() {
    return new ScoringInputs(null, null, null, null);
  }
}
