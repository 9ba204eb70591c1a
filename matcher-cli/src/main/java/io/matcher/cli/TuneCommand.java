package io.matcher.cli;

import io.matcher.evaluate.EvaluationData;
import io.matcher.evaluate.Tuner;
import io.matcher.io.OutputDirectory;
import io.matcher.io.OutputGuard.FileKind;
import java.io.PrintWriter;
import java.nio.file.Path;
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
  /** What --force may replace: files this command wrote, told by their fields. */
  static final FileKind WEIGHTS = FileKind.jsonObjectWith(
      "a weights file written by matcher tune (a JSON object with \"_tuning\")", "_tuning");
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
    OutputDirectory.writeFile(out, force, OutputDirectory.utf8(EvaluateCommand.toJson(file)), WEIGHTS, inputs);
    if (report != null) {
      OutputDirectory.writeFile(report, force, OutputDirectory.utf8(EvaluateCommand.toJson(r.toJson())), REPORT, inputs);
    }
    PrintWriter pw = spec.commandLine().getOut();
    pw.print(json ? EvaluateCommand.toJson(r.toJson()) : r.toText() + "wrote " + out
        + System.lineSeparator());
    pw.flush();
    return ExitCodes.OK;
  }
}
