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
  void writesLoadableWeightsAndCrossValidatesAtLeastAsWellAsTheDefaults() throws Exception {
    Path out = tmp.resolve("tuned/weights.json");
    Path report = tmp.resolve("report.json");
    CliRunner.Result r = CliRunner.run("tune", EvaluateCommandTest.india(), "--labels",
        EvaluateCommandTest.indiaLabels(), "--out", out.toString(), "--report", report.toString(),
        "--folds", "5", "--seed", "1", "--k", "50");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("cross-validated (held-out)").contains("default weights")
        .contains("wrote " + out);
    Weights w = Weights.parse(Files.readString(out), out.toString());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("weights").get("sector").asDouble()).isEqualTo(w.sector());
    double tuned = json.get("crossValidated").get("ndcg@50").asDouble();
    double def = json.get("crossValidatedDefault").get("ndcg@50").asDouble();
    // the nested check may still take a weighting that loses, but only within noise
    assertThat(tuned >= def || !json.findValue("exceedsNoise").asBoolean()).isTrue();
    assertThat(json.get("perFold")).hasSize(5);
    JsonNode file = new ObjectMapper().readTree(out.toFile());
    assertThat(file.get("_tuning").get("crossValidated").get("ndcg@50").asDouble())
        .isEqualTo(tuned);

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
