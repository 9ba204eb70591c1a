package io.matcher.cli;

import io.matcher.evaluate.EvaluationData;
import io.matcher.evaluate.LearnedTuner;
import io.matcher.evaluate.Tuner;
import io.matcher.evaluate.WeightsFile;
import io.matcher.io.OutputDirectory;
import io.matcher.io.OutputGuard.FileKind;
import io.matcher.pipeline.RunRecord;
import io.matcher.pipeline.ScoringInputs;
import io.matcher.score.Weights;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code matcher tune EVENT_DIR --labels FILE --out weights.json}: fits the weights to labelled
 * outcomes (a learned model, or the grid search), cross-validated with folds grouped by investor,
 * and writes a versioned weights file that {@code Weights.parse} reads.
 */
@Command(
    name = "tune",
    mixinStandardHelpOptions = true,
    description = {
      "Fits scoring weights to labelled outcomes: L2-regularised logistic regression or a "
          + "pairwise ranking objective (RankNet), chosen by inner cross-validation against the "
          + "defaults (or --method grid: coordinate ascent over a grid). Reports nested "
          + "cross-validated recall, NDCG and MAP with 95%% bootstrap intervals beside the "
          + "defaults, random and popularity. Writes a versioned weights file; the figures go "
          + "to stdout (and --report). See docs/evaluation.md.",
      "Exit code 0 on success, 2 for invalid input."
    })
final class TuneCommand implements Callable<Integer> {
  /** What --force may replace: files this command wrote, told by their fields. */
  static final FileKind WEIGHTS = new FileKind("a weights file written by matcher tune (a JSON "
      + "object with \"format\" and \"model\", or an older one with \"_tuning\")",
      b -> FileKind.jsonObjectWith("", "format", "model").matches().test(b)
          || FileKind.jsonObjectWith("", "_tuning").matches().test(b));
  static final FileKind REPORT = FileKind.jsonObjectWith(
      "a report written by matcher tune (a JSON object with \"objective\", \"folds\", \"seed\")",
      "objective", "folds", "seed", "labels");

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

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto",
      description = "auto (logistic regression and RankNet, chosen by inner cross-validation), "
          + "logistic, ranknet, or grid (the coordinate ascent over a grid of weightings). "
          + "Default: ${DEFAULT-VALUE}.")
  String method;

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
    List<String> methods = switch (method) {
      case "auto" -> List.of("logistic", "ranknet");
      case "logistic", "ranknet" -> List.of(method);
      case "grid" -> List.of();
      default -> throw new UserException("--method must be auto, logistic, ranknet or grid, "
          + "found \"" + method + "\"");
    };
    List<Path> inputs = List.of(input.eventDir, input.labelsFile);
    if (report != null && report.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new UserException("--report: names the same file as --out (" + out + "); give another");
    }
    OutputDirectory.checkFile(out, force, inputs, WEIGHTS);
    if (report != null) {
      OutputDirectory.checkFile(report, force, inputs, REPORT);
    }
    EvaluationData data = input.load();
    if (folds > data.rows()) {
      throw new UserException("--folds must be between 2 and the number of investors with a "
          + "positive label (" + data.rows() + "), found " + folds);
    }
    Weights best;
    Map<String, Object> model;
    String text;
    Map<String, Object> full;
    if (methods.isEmpty()) {
      Tuner.TuneResult r = new Tuner(data, k, new Tuner.Options(minGain, 10, true, innerFolds))
          .tune(folds, seed, EvaluateCommand.defaultResamples());
      best = r.best();
      model = new LinkedHashMap<>();
      model.put("method", "grid");
      model.put("accepted", r.search().accepted());
      model.put("folds", folds);
      model.put("foldsGroupedBy", "investor");
      model.put("seed", seed);
      model.put("investors", r.investors());
      Map<String, Object> cv = new LinkedHashMap<>();
      cv.put("learned", r.crossValidated().asMap());
      cv.put("default weights", r.crossValidatedDefault().asMap());
      model.put("crossValidated", cv);
      text = r.toText();
      full = r.toJson();
    } else {
      LearnedTuner.Result r = new LearnedTuner(data, LearnedTuner.defaultCandidates(methods),
          innerFolds, minGain, k, seed).tune(folds, seed, EvaluateCommand.defaultResamples());
      best = r.best();
      model = r.model();
      text = r.toText();
      full = r.toJson();
    }
    model.put("objective", "ndcg@" + k);
    model.put("eventSha256", RunRecord.inputSha256(input.eventDir, ScoringInputs.defaults()));
    model.put("labelsSha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(input.labelsFile))));
    OutputDirectory.writeFile(out, force, OutputDirectory.utf8(
        EvaluateCommand.toJson(WeightsFile.document(best, model))), WEIGHTS, inputs);
    if (report != null) {
      OutputDirectory.writeFile(report, force, OutputDirectory.utf8(EvaluateCommand.toJson(full)),
          REPORT, inputs);
    }
    PrintWriter pw = spec.commandLine().getOut();
    pw.print(json ? EvaluateCommand.toJson(full) : text + "wrote " + out
        + System.lineSeparator());
    pw.flush();
    return ExitCodes.OK;
  }
}
