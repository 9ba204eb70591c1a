package io.matcher.pipeline;

import io.matcher.index.PairIndex;
import io.matcher.io.EventLoader;
import io.matcher.model.Event;
import io.matcher.score.ExternalMode;
import io.matcher.score.ExternalScores;
import io.matcher.score.PairScores;
import io.matcher.score.Scorer;
import io.matcher.score.ScoringOptions;
import io.matcher.score.Weights;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The pipeline's file-facing steps in one place, for the command line and for library users:
 * the stages themselves never touch files; this class reads what they need and hands it over.
 */
public final class Pipeline {
  /** An event directory may carry its own weights under this name. */
  public static final String EVENT_WEIGHTS = "weights.json";

  private Pipeline() {}

  /** The validated event, or {@link io.matcher.io.InvalidInputException} with every problem. */
  public static Event load(Path eventDir) {
    return EventLoader.load(eventDir).orThrow();
  }

  /** The weights named by {@code inputs}, else the event directory's, else the defaults. */
  public static Weights weights(Path eventDir, ScoringInputs inputs) throws IOException {
    Path file = inputs.weightsFile();
    if (file == null && Files.exists(eventDir.resolve(EVENT_WEIGHTS))) {
      file = eventDir.resolve(EVENT_WEIGHTS);
    }
    return file == null ? Weights.defaults() : Weights.parse(Files.readString(file), file.toString());
  }

  /** Scores every pair of the event as {@code inputs} say. */
  public static PairScores score(Path eventDir, Event event, ScoringInputs inputs) throws IOException {
    ScoringOptions options = ScoringOptions.defaults();
    if (inputs.externalScoresFile() != null) {
      Path f = inputs.externalScoresFile();
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        ExternalMode mode = inputs.externalMode() == null ? ExternalMode.REPLACE : inputs.externalMode();
        options = options.withExternal(ExternalScores.parse(r, f.toString()), mode);
      }
    }
    Scorer scorer = new Scorer(weights(eventDir, inputs), options);
    if (inputs.indexDir() == null) {
      return scorer.score(event);
    }
    try (PairIndex index = PairIndex.onDisk(event, inputs.indexDir())) {
      return scorer.score(event, index);
    }
  }
}
