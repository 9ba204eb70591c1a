package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.io.EventLoader;
import io.matcher.model.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path tmp;

  @Test
  void generatesAHaiphongEventThatValidates() {
    Path out = tmp.resolve("hp");
    CliRunner.Result r = CliRunner.run("generate", "--preset", "haiphong", "--seed", "1", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote 5 files").contains("150 startups, 45 investors");
    assertThat(out.resolve("event.json")).exists();
    assertThat(out.resolve("investors.json")).exists();
    assertThat(out.resolve("startups.json")).exists();
    assertThat(out.resolve("preferences.csv")).exists();
    assertThat(out.resolve("portfolio.csv")).exists();
    CliRunner.Result v = CliRunner.run("validate", out.toString());
    assertThat(v.exitCode()).as(v.err() + v.out()).isZero();
  }

  @Test
  void optionsOverrideThePresetAndCsvIsWritten() throws Exception {
    Path out = tmp.resolve("small");
    CliRunner.Result r = CliRunner.run("generate", "--preset", "national", "--seed", "42",
        "--startups", "40", "--investors", "15", "--slots", "10", "--tables", "12",
        "--unavailable", "20", "--format", "csv", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(out.resolve("investors.csv")).exists();
    assertThat(out.resolve("startups.csv")).exists();
    assertThat(out.resolve("investors.json")).doesNotExist();
    Event e = EventLoader.load(out).orThrow();
    assertThat(e.startups()).hasSize(40);
    assertThat(e.investors()).hasSize(15);
    assertThat(e.slots()).hasSize(10);
    assertThat(e.tables()).hasSize(12);
    assertThat(CliRunner.run("validate", out.toString()).exitCode()).isZero();
  }

  @Test
  void scaleMultipliesThePresetsPeopleAndTablesDeterministically() throws Exception {
    Path a = tmp.resolve("x2a");
    Path b = tmp.resolve("x2b");
    for (Path p : new Path[] {a, b}) {
      CliRunner.Result r = CliRunner.run("generate", "--preset", "haiphong", "--seed", "3", "--scale", "2",
          "--out", p.toString());
      assertThat(r.exitCode()).as(r.err()).isZero();
    }
    Event e = EventLoader.load(a).orThrow();
    assertThat(e.startups()).hasSize(300);
    assertThat(e.investors()).hasSize(90);
    assertThat(e.tables()).hasSize(80);
    assertThat(e.slots()).hasSize(12);
    for (String f : new String[] {"event.json", "investors.json", "startups.json", "preferences.csv"}) {
      assertThat(Files.readAllBytes(b.resolve(f))).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
    // an explicit count still wins over the scaled preset
    Path c = tmp.resolve("x2c");
    assertThat(CliRunner.run("generate", "--preset", "haiphong", "--seed", "3", "--scale", "2", "--startups", "7",
        "--out", c.toString()).exitCode()).isZero();
    assertThat(EventLoader.load(c).orThrow().startups()).hasSize(7);
  }

  @Test
  void aScaleBeyondTheGeneratorsLimitsIsAnErrorInOurWords() {
    CliRunner.Result r = CliRunner.run("generate", "--preset", "slush", "--seed", "1", "--scale", "40",
        "--out", tmp.resolve("big").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--scale: found 40").doesNotContain("Exception");
    assertThat(tmp.resolve("big")).doesNotExist();
  }

  @Test
  void theSameSeedWritesTheSameBytes() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    for (Path p : new Path[] {a, b}) {
      assertThat(CliRunner.run("generate", "--preset", "haiphong", "--seed", "9", "--startups", "20",
          "--investors", "8", "--out", p.toString()).exitCode()).isZero();
    }
    for (String f : new String[] {"event.json", "investors.json", "startups.json", "preferences.csv"}) {
      assertThat(Files.readAllBytes(b.resolve(f))).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
  }

  @Test
  void anUnknownPresetIsAUsageError() {
    Path out = tmp.resolve("x");
    CliRunner.Result r = CliRunner.run("generate", "--preset", "davos", "--seed", "1", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown preset \"davos\"").contains("haiphong, national, slush");
    assertThat(out).doesNotExist();
  }

  @Test
  void negativeCountsAndBadValuesAreUsageErrors() {
    Path out = tmp.resolve("x");
    CliRunner.Result r = CliRunner.run("generate", "--preset", "haiphong", "--seed", "1",
        "--startups", "-5", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--startups: found -5, expected 1 to");
    r = CliRunner.run("generate", "--preset", "haiphong", "--seed", "1", "--tables", "0", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--tables: found 0");
    r = CliRunner.run("generate", "--preset", "haiphong", "--seed", "1", "--unavailable", "120", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--unavailable");
    r = CliRunner.run("generate", "--preset", "haiphong", "--seed", "1", "--format", "xml", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown format \"xml\"");
    r = CliRunner.run("generate", "--preset", "haiphong", "--seed", "one", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    r = CliRunner.run("generate", "--preset", "haiphong", "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--seed");
    assertThat(out).doesNotExist();
  }

  @Test
  void anExistingDirectoryIsKeptWithoutForce() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "mine");
    String[] args = {"generate", "--preset", "haiphong", "--seed", "1", "--startups", "10",
        "--investors", "5", "--out", out.toString()};
    CliRunner.Result r = CliRunner.run(args);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("is not a matcher output");
    assertThat(out.resolve("keep.txt")).hasContent("mine");
    String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
    forced[args.length] = "--force";
    // a directory matcher did not write is never replaced, not even with --force (issue 12)
    assertThat(CliRunner.run(forced).exitCode()).isEqualTo(2);
    assertThat(out.resolve("keep.txt")).hasContent("mine");
    // a previous generated event is
    Files.delete(out.resolve("keep.txt"));
    assertThat(CliRunner.run(args).exitCode()).isZero();
    CliRunner.Result again = CliRunner.run(args);
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("exists; use --force");
    assertThat(CliRunner.run(forced).exitCode()).isZero();
    assertThat(out.resolve("event.json")).exists();
  }
}
