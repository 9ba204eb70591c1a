package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path tmp;

  @Test
  void theSampleEventIsValidAndExitsZero() {
    CliRunner.Result r = CliRunner.run("validate", CliRunner.sample());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains(": valid — 45 investors, 150 startups, 12 slots, 30 tables");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theBrokenCopyExitsTwoAndNamesFileAndLocation() {
    CliRunner.Result r = CliRunner.run("validate", CliRunner.broken());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out())
        .contains("error: investors.csv row 3, Sectors: unknown sector \"fintek\"")
        .contains("error: startups.json startups[1].raiseAmount: found -500")
        .contains("error: event.json slots[1].start: slot S02")
        .contains("invalid, ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void jsonOutputListsEveryProblemForTools() throws Exception {
    CliRunner.Result r = CliRunner.run("validate", "--json", CliRunner.broken());
    assertThat(r.exitCode()).isEqualTo(2);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("errors").asInt()).isGreaterThanOrEqualTo(20);
    assertThat(json.get("problems")).anySatisfy(p -> {
      assertThat(p.get("file").asText()).isEqualTo("startups.json");
      assertThat(p.get("record").asText()).isEqualTo("startups[4]");
      assertThat(p.get("field").asText()).isEqualTo("name");
      assertThat(p.get("severity").asText()).isEqualTo("error");
    });
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(CliRunner.run("validate").exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("no-such-command").exitCode()).isEqualTo(2);
    assertThat(CliRunner.run().exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("validate", tmp.resolve("missing").toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void helpListsTheCommands() {
    CliRunner.Result r = CliRunner.run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("validate").contains("convert");
  }
}
