package io.matcher.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.matcher.evaluate.EvaluationData;
import io.matcher.evaluate.EvaluationReport;
import io.matcher.evaluate.Evaluator;
import io.matcher.evaluate.PairedBootstrap;
import io.matcher.score.Weights;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code matcher evaluate EVENT_DIR --labels FILE}: how well the engine ranks the startups each
 * labelled investor turned out to like, against a random and a popularity ranking, with a
 * per-component ablation and optionally a comparison of two weight files.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the engine's rankings against labelled outcomes (labels.csv: investorId,startupId,"
          + "label with grades 0-3): recall@k, precision@k, NDCG@k, MAP and coverage, averaged "
          + "over the investors with a positive label; also for a random and a popularity ranking, "
          + "and for each component alone and all but one. See docs/evaluation.md.",
      "Exit code 0 on success, 2 for invalid input."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin LabelledEventMixin input;

  @Option(names = "--weights", paramLabel = "FILE",
      description = "Weights file to evaluate (default: the built-in weights).")
  Path weightsFile;

  @Option(names = "--compare", paramLabel = "FILE",
      description = "A second weights file: both side by side, with a paired bootstrap over "
          + "investors of each difference.")
  Path compareFile;

  @Option(names = "--k", split = ",", paramLabel = "K", defaultValue = "10,50",
      description = "Cut-offs, comma-separated (default: ${DEFAULT-VALUE}).")
  int[] ks;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed of the random ranking and the bootstrap (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--resamples", paramLabel = "N", defaultValue = "1000",
      description = "Bootstrap resamples for --compare (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Option(names = "--json", description = "Print the report as JSON for tools.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    for (int k : ks) {
      if (k < 1) {
        throw new UserException("--k: cut-offs must be at least 1, found " + k);
      }
    }
    if (resamples < 1) {
      throw new UserException("--resamples must be at least 1, found " + resamples);
    }
    Weights weights = weightsFile == null ? Weights.defaults() : readWeights(weightsFile);
    Weights compare = compareFile == null ? null : readWeights(compareFile);
    EvaluationData data = input.load();
    EvaluationReport report = new Evaluator(data, ks, seed).evaluate(weights, compare, resamples);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? toJson(report.toJson()) : report.toText());
    out.flush();
    return ExitCodes.OK;
  }

  static String toJson(Object value) throws IOException {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(value) + System.lineSeparator();
  }

  /** Reads a weights file; its errors are input errors (exit 2), see {@link Errors}. */
  static Weights readWeights(Path file) throws IOException {
    return Weights.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  static int defaultResamples() {
    return PairedBootstrap.DEFAULT_RESAMPLES;
  }
}
