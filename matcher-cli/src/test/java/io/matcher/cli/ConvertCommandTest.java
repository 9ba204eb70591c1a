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
    assertThat(r.err()).contains("use --force");
    assertThat(out.resolve("keep.txt")).hasContent("mine");
    assertThat(CliRunner.run("convert", CliRunner.sample(), "--to", "csv", "--out", out.toString(), "--force").exitCode()).isZero();
    assertThat(out.resolve("keep.txt")).doesNotExist();
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out");
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
