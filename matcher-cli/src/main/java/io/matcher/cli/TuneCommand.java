package io.matcher.cli;

import io.matcher.evaluate.EvaluationData;
import io.matcher.evaluate.Tuner;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code matcher tune EVENT_DIR --labels FILE --out weights.json}: searches the weights that
 * maximise NDCG@k, cross-validated over investors, and writes a weights file that
 * {@code Weights.parse} reads.
 */
@Command(
    name = "tune",
    mixinStandardHelpOptions = true,
    description = {
      "Searches scoring weights that maximise NDCG@k on labelled outcomes (coordinate ascent "
          + "from the defaults, checked by an inner cross-validation) and reports the search's "
          + "cross-validated metrics next to the default weights'. Writes a weights file; the "
          + "figures go to stdout (and --report). See docs/evaluation.md.",
      "Exit code 0 on success, 2 for invalid input."
    })
final class TuneCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin LabelledEventMixin input;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Where to write the weights (JSON; keys starting with _ carry the figures).")
  Path out;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the full tuning report as JSON.")
  Path report;

  @Option(names = "--force", description = "Replace --out and --report if they exist.")
  boolean force;

  @Option(names = "--folds", paramLabel = "N", defaultValue = "5",
      description = "Cross-validation folds over investors (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed of the fold split and the bootstrap (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--k", paramLabel = "K", defaultValue = "50",
      description = "Maximise NDCG at this cut-off (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--min-gain", paramLabel = "X", defaultValue = "0.003",
      description = "Minimum gain in mean NDCG@k for a move, and for the searched weights to "
          + "replace the defaults in the inner cross-validation (default: ${DEFAULT-VALUE}).")
  double minGain;

  @Option(names = "--inner-folds", paramLabel = "N", defaultValue = "3",
      description = "Inner cross-validation folds that must confirm the searched weights; 0 "
          + "takes them unchecked (default: ${DEFAULT-VALUE}).")
  int innerFolds;

  @Option(names = "--json", description = "Print the report as JSON for tools.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (k < 1) {
      throw new UserException("--k must be at least 1, found " + k);
    }
    if (!(minGain >= 0) || Double.isInfinite(minGain)) {
      throw new UserException("--min-gain must be a number >= 0, found " + minGain);
    }
    if (innerFolds < 0 || innerFolds == 1) {
      throw new UserException("--inner-folds must be 0 (no check) or at least 2, found "
          + innerFolds);
    }
    if (folds < 2) {
      throw new UserException("--folds must be at least 2, found " + folds);
    }
    refuseExisting(out);
    if (report != null) {
      refuseExisting(report);
    }
    EvaluationData data = input.load();
    if (folds > data.rows()) {
      throw new UserException("--folds must be between 2 and the number of investors with a "
          + "positive label (" + data.rows() + "), found " + folds);
    }
    Tuner.TuneResult r = new Tuner(data, k, new Tuner.Options(minGain, 10, true, innerFolds))
        .tune(folds, seed, EvaluateCommand.defaultResamples());
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("_comment", "weights from matcher tune on " + input.labelsFile.getFileName()
        + (r.search().accepted() && !r.best().equals(io.matcher.score.Weights.defaults())
            ? "" : " (the defaults: no searched weights were confirmed)"));
    file.putAll(r.best().asMap());
    Map<String, Object> cv = new LinkedHashMap<>();
    cv.put("objective", "ndcg@" + k);
    cv.put("folds", folds);
    cv.put("seed", seed);
    cv.put("investors", r.investors());
    cv.put("crossValidated", r.crossValidated().asMap());
    cv.put("crossValidatedDefault", r.crossValidatedDefault().asMap());
    file.put("_tuning", cv);
    write(out, EvaluateCommand.toJson(file));
    if (report != null) {
      write(report, EvaluateCommand.toJson(r.toJson()));
    }
    PrintWriter pw = spec.commandLine().getOut();
    pw.print(json ? EvaluateCommand.toJson(r.toJson()) : r.toText() + "wrote " + out
        + System.lineSeparator());
    pw.flush();
    return ExitCodes.OK;
  }

  private void refuseExisting(Path p) throws FileAlreadyExistsException {
    if (!force && Files.exists(p)) {
      throw new FileAlreadyExistsException(p.toString(), null, "exists; use --force to replace it");
    }
  }

  private static void write(Path p, String text) throws java.io.IOException {
    Path parent = p.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
