package io.matcher.cli;

import io.matcher.pipeline.ScoringInputs;
import io.matcher.score.ExternalMode;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that scores pairs. */
final class ScoringMixin {
  @Option(names = "--weights", paramLabel = "FILE",
      description = "Scoring weights (JSON, see docs/scoring.md). Default: EVENT_DIR/weights.json if present, else the built-in defaults.")
  Path weights;

  @Option(names = "--scores", paramLabel = "FILE.csv",
      description = "Pair scores from elsewhere: investorId,startupId,score (0..1).")
  Path scores;

  @Option(names = "--scores-mode", paramLabel = "MODE", defaultValue = "REPLACE",
      description = "How --scores enter the total: ${COMPLETION-CANDIDATES} (blend uses the weight externalBlend). Default: ${DEFAULT-VALUE}.")
  ExternalMode scoresMode;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Keep the Lucene index on disk in DIR and update only changed profiles (large events).")
  Path index;

  /** The files and directories these options read (for the output rules). */
  java.util.List<Path> paths() {
    return java.util.stream.Stream.of(weights, scores, index).filter(java.util.Objects::nonNull).toList();
  }

  ScoringInputs inputs() {
    return new ScoringInputs(weights, scores, scoresMode, index);
  }
}
