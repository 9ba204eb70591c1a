package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** recommend, explain, scores and search on the sample event. */
class ScoringCommandsTest {
  @TempDir Path tmp;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void recommendRanksStartupsForAnInvestorAndInvestorsForAStartup() throws Exception {
    CliRunner.Result r = CliRunner.run("recommend", CliRunner.sample(), "--investor", "I007", "--top", "5", "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode list = json.readTree(r.out());
    assertThat(list).hasSize(5);
    for (int i = 1; i < list.size(); i++) {
      assertThat(list.get(i).get("score").asDouble()).isLessThanOrEqualTo(list.get(i - 1).get("score").asDouble());
    }
    CliRunner.Result text = CliRunner.run("recommend", CliRunner.sample(), "--startup", "S017");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).startsWith("Best investors for ").contains("  1. ");
  }

  @Test
  void recommendNeedsExactlyOneSideAndAKnownId() {
    assertThat(CliRunner.run("recommend", CliRunner.sample()).exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("recommend", CliRunner.sample(), "--investor", "I001", "--startup", "S001").exitCode()).isEqualTo(2);
    CliRunner.Result r = CliRunner.run("recommend", CliRunner.sample(), "--investor", "I999");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown investor id \"I999\"");
  }

  @Test
  void explainPrintsEveryComponentAndItsContribution() throws Exception {
    CliRunner.Result r = CliRunner.run("explain", CliRunner.sample(), "--investor", "I007", "--startup", "S017");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("sector", "stage", "ticket", "text", "location", "wish", "contributes");
    JsonNode e = json.readTree(CliRunner.run("explain", CliRunner.sample(), "--investor", "I007", "--startup", "S017", "--json").out());
    double sum = 0;
    for (JsonNode c : e.get("components")) {
      sum += c.get("contribution").asDouble();
    }
    assertThat(sum).isCloseTo(e.get("computed").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void explainSaysWhyAnExcludedPairIsImpossible() throws Exception {
    JsonNode investors = json.readTree(Path.of(CliRunner.sample()).resolve("investors.json").toFile());
    JsonNode withExclude = null;
    for (JsonNode i : investors) {
      if (i.has("exclude")) {
        withExclude = i;
        break;
      }
    }
    assertThat(withExclude).isNotNull();
    CliRunner.Result r = CliRunner.run("explain", CliRunner.sample(), "--investor", withExclude.get("id").asText(),
        "--startup", withExclude.get("exclude").get(0).asText(), "--json");
    JsonNode e = json.readTree(r.out());
    assertThat(e.get("allowed").asBoolean()).isFalse();
    assertThat(e.get("impossibility").asText()).isEqualTo("EXCLUDED_BY_INVESTOR");
  }

  @Test
  void scoresWritesOneRowPerAllowedPairAndHonoursWeightsFiles() throws Exception {
    Path out = tmp.resolve("scores.csv");
    assertThat(CliRunner.run("scores", CliRunner.sample(), "--out", out.toString()).exitCode()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).startsWith("investorId,startupId,score,must,sector,stage");
    assertThat(lines.size() - 1).isBetween(1000, 45 * 150);
    // top-K per investor
    Path top = tmp.resolve("top.csv");
    assertThat(CliRunner.run("scores", CliRunner.sample(), "--out", top.toString(), "--top", "3").exitCode()).isZero();
    assertThat(Files.readAllLines(top)).hasSize(1 + 45 * 3);
    // existing file without --force
    assertThat(CliRunner.run("scores", CliRunner.sample(), "--out", out.toString()).exitCode()).isEqualTo(2);
    // bad weights: clear error, exit 2
    Path w = tmp.resolve("w.json");
    Files.writeString(w, "{\"sektor\": 0.5}");
    CliRunner.Result bad = CliRunner.run("scores", CliRunner.sample(), "--out", tmp.resolve("x.csv").toString(), "--weights", w.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("sektor").doesNotContain("\tat ");
    assertThat(tmp.resolve("x.csv")).doesNotExist();
  }

  @Test
  void externalScoresReplaceTheComputedOnes() throws Exception {
    Path s = tmp.resolve("ext.csv");
    Files.writeString(s, "investorId,startupId,score\nI007,S017,0.99\n");
    JsonNode e = json.readTree(CliRunner.run("explain", CliRunner.sample(), "--investor", "I007", "--startup", "S017",
        "--scores", s.toString(), "--json").out());
    assertThat(e.get("total").asDouble()).isCloseTo(0.99, org.assertj.core.data.Offset.offset(1e-6)); // totals are floats
  }

  @Test
  void externalScoresSayWhatTheyCoverTakeAnExplicitScaleAndRecordThemselvesInRunJson()
      throws Exception {
    Path s = tmp.resolve("ext.csv");
    Files.writeString(s, "score,startupId,investorId,comment\n99,S017,I007,strong\n");
    CliRunner.Result noScale = CliRunner.run("scores", CliRunner.sample(), "--out",
        tmp.resolve("a.csv").toString(), "--scores", s.toString());
    assertThat(noScale.exitCode()).isEqualTo(2);
    assertThat(noScale.err()).contains("row 2, field score: 99 is outside [0, 1]")
        .contains("--scores-max");
    CliRunner.Result r = CliRunner.run("scores", CliRunner.sample(), "--out",
        tmp.resolve("b.csv").toString(), "--scores", s.toString(), "--scores-max", "100");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).containsPattern("1 of \\d+ allowed pairs have an external score")
        .contains("keep their computed score: I001,").contains("columns not read: comment");
    assertThat(Files.readString(tmp.resolve("b.csv"))).contains("I007,S017,0.990000");
    CliRunner.Result blend = CliRunner.run("scores", CliRunner.sample(), "--out",
        tmp.resolve("c.csv").toString(), "--scores", s.toString(), "--scores-max", "100",
        "--scores-mode", "BLEND");
    assertThat(blend.exitCode()).isEqualTo(2);
    assertThat(blend.err()).contains("blending needs a blend weight").doesNotContain("\tat ");
    Path out = tmp.resolve("sched");
    CliRunner.Result sched = CliRunner.run("schedule", CliRunner.sample(), "--out",
        out.toString(), "--scores", s.toString(), "--scores-max", "100");
    assertThat(sched.exitCode()).as(sched.err()).isZero();
    JsonNode ext = json.readTree(out.resolve("run.json").toFile()).get("externalScores");
    assertThat(ext.get("file").asText()).isEqualTo("ext.csv");
    assertThat(ext.get("sha256").asText()).hasSize(64);
    assertThat(ext.get("mode").asText()).isEqualTo("REPLACE");
    assertThat(ext.get("max").asDouble()).isEqualTo(100);
    assertThat(ext.get("coveredPairs").asInt()).isEqualTo(1);
  }

  @Test
  void foldedSearchFindsVietnameseText() {
    CliRunner.Result r = CliRunner.run("search", CliRunner.sample(), "nong nghiep", "--top", "5");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines()).hasSize(5);
    CliRunner.Result accented = CliRunner.run("search", CliRunner.sample(), "nông nghiệp", "--top", "5");
    assertThat(accented.out()).isEqualTo(r.out());
  }
}
