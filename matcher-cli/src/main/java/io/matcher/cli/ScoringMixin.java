package io.matcher.cli;

import io.matcher.pipeline.ScoringInputs;
import io.matcher.score.ExternalMode;
import io.matcher.score.ExternalScores;
import io.matcher.score.PairScores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options of every command that scores pairs. */
final class ScoringMixin {
  @Option(names = "--weights", paramLabel = "FILE",
      description = "Scoring weights (JSON, see docs/scoring.md). Default: EVENT_DIR/weights.json if present, else the built-in defaults.")
  Path weights;

  @Option(names = "--scores", paramLabel = "FILE.csv",
      description = "Pair scores from elsewhere: CSV with the columns investorId, startupId, score (by header name, any order; or those three without a header), scores 0..1. Pairs it does not name keep the computed score and are reported.")
  Path scores;

  @Option(names = "--scores-max", paramLabel = "X", defaultValue = "1",
      description = "The scale of --scores: scores 0..X, divided by X (such as 100). Default: ${DEFAULT-VALUE}.")
  double scoresMax;

  @Option(names = "--scores-mode", paramLabel = "MODE", defaultValue = "REPLACE",
      description = "How --scores enter the total: ${COMPLETION-CANDIDATES} (blend needs the weight externalBlend > 0 in the weights file). Default: ${DEFAULT-VALUE}.")
  ExternalMode scoresMode;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Keep the Lucene index on disk in DIR and update only changed profiles (large events).")
  Path index;

  /** The files and directories these options read (for the output rules). */
  java.util.List<Path> paths() {
    return java.util.stream.Stream.of(weights, scores, index).filter(java.util.Objects::nonNull).toList();
  }

  ScoringInputs inputs() {
    if (!(scoresMax > 0) || Double.isInfinite(scoresMax)) {
      throw new UserException("--scores-max must be a number > 0, found " + scoresMax);
    }
    if (scores == null && scoresMax != 1) {
      throw new UserException("--scores-max needs --scores");
    }
    return new ScoringInputs(weights, scores, scoresMode, index, scoresMax);
  }

  /** How many uncovered pairs are listed at most. */
  static final int UNCOVERED_SHOWN = 10;

  /**
   * Says how many of the allowed pairs {@code --scores} covered and which it did not (they keep
   * the computed score), and which columns it did not read; nothing without {@code --scores}.
   */
  void reportExternal(PairScores scored, PrintWriter err) {
    if (scores == null) {
      return;
    }
    ExternalScores x = scored.options().external();
    ExternalScores.Coverage c = x.coverage(scored, UNCOVERED_SHOWN);
    err.printf(Locale.ROOT, "%s: %d of %d allowed pairs have an external score (%s); ",
        scores, c.covered(), c.allowed(), scored.options().externalMode());
    if (c.uncovered() == 0) {
      err.println("every allowed pair is covered");
    } else {
      err.printf(Locale.ROOT, "%d keep their computed score: %s%s%n", c.uncovered(),
          String.join("; ", c.uncoveredSample()),
          c.uncovered() > c.uncoveredSample().size() ? "; ..." : "");
    }
    if (!x.ignoredColumns().isEmpty()) {
      err.println(scores + ": columns not read: " + String.join(", ", x.ignoredColumns()));
    }
    err.flush();
  }
}
