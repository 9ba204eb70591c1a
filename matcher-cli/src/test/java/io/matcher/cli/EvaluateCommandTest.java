package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  @TempDir Path tmp;

  static String india() {
    return CliRunner.repoRoot().resolve("sample-data/india-2015-2020").toString();
  }

  static String indiaLabels() {
    return CliRunner.repoRoot().resolve("sample-data/india-2015-2020/labels.csv").toString();
  }

  @Test
  void printsTheEngineAndBothReferences() {
    CliRunner.Result r = CliRunner.run("evaluate", india(), "--labels", indiaLabels());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("83 investors evaluated (401 positives")
        .contains("recall@10").contains("recall@50").contains("ndcg@50").contains("map")
        .containsPattern("(?m)^engine +0\\.0382 +0\\.1653 ")
        .containsPattern("(?m)^random ")
        .containsPattern("(?m)^popularity ")
        .containsPattern("(?m)^portfolio share +")
        .contains("only text").contains("without sector");
  }

  @Test
  void jsonWithCompareReportsTheBootstrap() throws Exception {
    Path w2 = tmp.resolve("w2.json");
    Files.writeString(w2, "{\"sector\": 0.1, \"location\": 0.2}");
    CliRunner.Result r = CliRunner.run("evaluate", india(), "--labels", indiaLabels(), "--json",
        "--compare", w2.toString(), "--k", "5,50", "--seed", "3", "--resamples", "300");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("investors").asInt()).isEqualTo(83);
    assertThat(json.get("seed").asLong()).isEqualTo(3);
    JsonNode rankings = json.get("rankings");
    assertThat(rankings).hasSize(4);
    assertThat(rankings.get(0).get("name").asText()).isEqualTo("engine");
    assertThat(rankings.get(0).get("metrics").get("recall@50").asDouble())
        .isCloseTo(0.1653, within(0.0001));
    assertThat(rankings.get(1).get("name").asText()).isEqualTo("random");
    assertThat(rankings.get(2).get("name").asText()).isEqualTo("popularity");
    assertThat(rankings.get(3).get("name").asText()).isEqualTo("portfolio share");
    assertThat(json.get("ablation")).hasSize(20);
    JsonNode cmp = json.get("comparison");
    assertThat(cmp.get("weights").get("location").asDouble()).isEqualTo(0.2);
    assertThat(cmp.get("resamples").asInt()).isEqualTo(300);
    assertThat(cmp.get("differences")).hasSize(8).allSatisfy(d -> {
      assertThat(d.get("ci95")).hasSize(2);
      assertThat(d.get("ci95").get(0).asDouble()).isLessThanOrEqualTo(d.get("ci95").get(1).asDouble());
      assertThat(d.has("exceedsNoise")).isTrue();
    });
  }

  @Test
  void badLabelsExitTwoNamingTheRow() throws Exception {
    Path labels = tmp.resolve("labels.csv");
    Files.writeString(labels, "investorId,startupId,label\ninv:3one4-capital,in:licious,1\n"
        + "inv:3one4-capital,in:wigzo,lots\n");
    CliRunner.Result r = CliRunner.run("evaluate", india(), "--labels", labels.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("labels.csv: row 3, field label: \"lots\" is not an integer grade")
        .doesNotContain("Exception").doesNotContain("\tat ");

    Files.writeString(labels, "inv:3one4-capital,in:nobody,1\n");
    r = CliRunner.run("evaluate", india(), "--labels", labels.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("row 1, field startupId: no startup \"in:nobody\" in the event");

    Files.writeString(labels, "inv:3one4-capital,in:licious,0\n");
    r = CliRunner.run("evaluate", india(), "--labels", labels.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no investor has a positive label");
  }

  @Test
  void otherUserErrorsExitTwo() throws Exception {
    Path w = tmp.resolve("w.json");
    Files.writeString(w, "{\"sektor\": 0.3}");
    CliRunner.Result r = CliRunner.run("evaluate", india(), "--labels", indiaLabels(),
        "--weights", w.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("$.sektor: unknown key \"sektor\"").doesNotContain("\tat ");
    assertThat(CliRunner.run("evaluate", india()).exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("evaluate", india(), "--labels", tmp.resolve("none.csv").toString())
        .exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("evaluate", india(), "--labels", indiaLabels(), "--k", "0")
        .exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("evaluate", india(), "--labels", indiaLabels(), "--k", "ten")
        .exitCode()).isEqualTo(2);
  }
}
