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
  void foldedSearchFindsVietnameseText() {
    CliRunner.Result r = CliRunner.run("search", CliRunner.sample(), "nong nghiep", "--top", "5");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines()).hasSize(5);
    CliRunner.Result accented = CliRunner.run("search", CliRunner.sample(), "nông nghiệp", "--top", "5");
    assertThat(accented.out()).isEqualTo(r.out());
  }
}
