package io.matcher.cli;

import io.matcher.evaluate.EvaluationData;
import io.matcher.evaluate.Labels;
import io.matcher.io.EventLoader;
import io.matcher.model.Event;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of the analyst commands: an event directory and the labelled outcomes for it. */
final class LabelledEventMixin {
  @Parameters(index = "0", paramLabel = "EVENT_DIR", description = "The event directory.")
  Path eventDir;

  @Option(names = "--labels", required = true, paramLabel = "FILE",
      description = "CSV investorId,startupId,label (integer grade >= 0).")
  Path labelsFile;

  /** Loads the event and the labels and computes the component values of the labelled investors. */
  EvaluationData load() throws IOException {
    Event event = EventLoader.load(eventDir).orThrow();
    Labels labels;
    try (Reader r = Files.newBufferedReader(labelsFile, StandardCharsets.UTF_8)) {
      labels = Labels.parse(r, labelsFile.toString());
    }
    EvaluationData data = EvaluationData.build(event, labels);
    if (data.rows() == 0) {
      throw new UserException(labelsFile + ": no investor has a positive label (grade > 0): "
          + "nothing to evaluate");
    }
    return data;
  }
}
