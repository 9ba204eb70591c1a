package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.matcher.score.Weights;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TuneCommandTest {
  @TempDir Path tmp;

  @Test
  void writesAVersionedWeightsFileWithItsModelAndCrossValidatedFigures() throws Exception {
    Path out = tmp.resolve("tuned/weights.json");
    Path report = tmp.resolve("report.json");
    CliRunner.Result r = CliRunner.run("tune", EvaluateCommandTest.india(), "--labels",
        EvaluateCommandTest.indiaLabels(), "--out", out.toString(), "--report", report.toString(),
        "--folds", "3", "--inner-folds", "2", "--seed", "1", "--k", "50", "--method", "logistic");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("cross-validated (held-out)").contains("default weights")
        .contains("popularity (training folds)").contains("random").contains("wrote " + out);
    Weights w = Weights.parse(Files.readString(out), out.toString());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("weights").get("sector").asDouble()).isEqualTo(w.sector());
    assertThat(json.get("perFold")).hasSize(3);
    JsonNode file = new ObjectMapper().readTree(out.toFile());
    assertThat(file.get("format").asText()).isEqualTo("matcher-weights");
    assertThat(file.get("version").asInt()).isEqualTo(Weights.FILE_VERSION);
    JsonNode model = file.get("model");
    assertThat(model.get("method").asText()).isIn("defaults", "logistic");
    assertThat(model.get("folds").asInt()).isEqualTo(3);
    assertThat(model.get("seed").asInt()).isEqualTo(1);
    assertThat(model.get("labelsSha256").asText()).hasSize(64);
    assertThat(model.get("eventSha256").asText()).hasSize(64);
    double learned = json.get("crossValidated").get("learned").get("ndcg@50").get("mean").asDouble();
    assertThat(model.get("crossValidated").get("learned").get("ndcg@50").get(0).asDouble())
        .isCloseTo(learned, org.assertj.core.data.Offset.offset(1e-4));

    CliRunner.Result again = CliRunner.run("tune", EvaluateCommandTest.india(), "--labels",
        EvaluateCommandTest.indiaLabels(), "--out", out.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("exists; use --force");
  }

  @Test
  void badArgumentsExitTwo() throws Exception {
    Path out = tmp.resolve("w.json");
    String[] base = {"tune", EvaluateCommandTest.india(), "--labels",
        EvaluateCommandTest.indiaLabels(), "--out", out.toString()};
    assertThat(CliRunner.run(concat(base, "--folds", "1")).exitCode()).isEqualTo(2);
    assertThat(CliRunner.run(concat(base, "--k", "0")).exitCode()).isEqualTo(2);
    assertThat(CliRunner.run(concat(base, "--inner-folds", "1")).exitCode()).isEqualTo(2);
    assertThat(CliRunner.run(concat(base, "--method", "magic")).err()).contains("--method");
    Path labels = tmp.resolve("labels.csv");
    Files.writeString(labels, "inv:3one4-capital,in:licious,1\ninv:3one4-capital,in:licious,2\n");
    CliRunner.Result r = CliRunner.run("tune", EvaluateCommandTest.india(), "--labels",
        labels.toString(), "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("row 2: pair inv:3one4-capital,in:licious already labelled in row 1");
    assertThat(Files.exists(out)).isFalse();
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
