package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.io.EventLoader;
import io.matcher.model.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path tmp;

  @Test
  void convertsToCsvAndBackToAnEqualEvent() {
    Path csv = tmp.resolve("csv");
    Path json = tmp.resolve("json");
    assertThat(CliRunner.run("convert", CliRunner.sample(), "--to", "csv", "--out", csv.toString()).exitCode()).isZero();
    assertThat(csv.resolve("investors.csv")).exists();
    assertThat(csv.resolve("preferences.csv")).exists();
    assertThat(CliRunner.run("convert", csv.toString(), "--to", "json", "--out", json.toString()).exitCode()).isZero();
    Event original = EventLoader.load(Path.of(CliRunner.sample())).orThrow();
    Event back = EventLoader.load(json).orThrow();
    assertThat(back.investors()).isEqualTo(original.investors());
    assertThat(back.startups()).isEqualTo(original.startups());
    assertThat(back.preferences()).isEqualTo(original.preferences());
  }

  @Test
  void anExistingOutputIsKeptWithoutForce() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "mine");
    CliRunner.Result r = CliRunner.run("convert", CliRunner.sample(), "--to", "csv", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("is not a matcher output");
    assertThat(out.resolve("keep.txt")).hasContent("mine");
    // a directory matcher did not write is never replaced, not even with --force (issue 12)
    CliRunner.Result forced = CliRunner.run("convert", CliRunner.sample(), "--to", "csv", "--out", out.toString(), "--force");
    assertThat(forced.exitCode()).isEqualTo(2);
    assertThat(forced.err()).contains("is not a matcher output");
    assertThat(out.resolve("keep.txt")).hasContent("mine");
    // a previous conversion is
    Path previous = tmp.resolve("previous");
    assertThat(CliRunner.run("convert", CliRunner.sample(), "--to", "json", "--out", previous.toString()).exitCode()).isZero();
    assertThat(CliRunner.run("convert", CliRunner.sample(), "--to", "csv", "--out", previous.toString(), "--force").exitCode()).isZero();
    assertThat(previous.resolve("investors.csv")).exists();
    assertThat(previous.resolve("investors.json")).doesNotExist();
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out", "previous", ".previous.lock");
    }
  }

  @Test
  void anInvalidEventWritesNothing() {
    Path out = tmp.resolve("out");
    CliRunner.Result r = CliRunner.run("convert", CliRunner.broken(), "--to", "csv", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("nothing was written");
    assertThat(out).doesNotExist();
  }
}
