package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackCommandTest {
  @TempDir Path tmp;

  @Test
  void ratingsOfARealScheduleBecomeLabelsThatEvaluateReads() throws Exception {
    Path out = tmp.resolve("out");
    assertThat(CliRunner.run("schedule", CliRunner.sample(), "--out", out.toString()).exitCode())
        .isZero();
    JsonNode meetings = new ObjectMapper().readTree(out.resolve("schedule.json").toFile())
        .get("meetings");
    StringBuilder csv = new StringBuilder("Mã cuộc họp,Có diễn ra,Đánh giá,Theo dõi tiếp\n");
    for (int k = 0; k < meetings.size(); k++) {
      JsonNode m = meetings.get(k);
      csv.append(m.get("uid").asText()).append(k % 4 == 0 ? ",không,," : ",có,")
          .append(k % 4 == 0 ? "" : Integer.toString(1 + k % 5))
          .append(k % 4 == 0 ? "" : k % 3 == 0 ? ",có" : ",không").append('\n');
    }
    csv.append("nope@matcher,có,5,có\n");
    Path ratings = tmp.resolve("ratings.csv");
    Files.writeString(ratings, csv);
    CliRunner.Result r = CliRunner.run("feedback", CliRunner.sample(), "--schedule",
        out.resolve("schedule.json").toString(), "--ratings", ratings.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("score decile").contains("no meeting with UID \"nope@matcher\"")
        .contains("wrote ");
    assertThat(r.err()).contains("1 row(s)");
    assertThat(out.resolve("labels.csv")).exists();
    assertThat(out.resolve("feedback.json")).exists();
    CliRunner.Result e = CliRunner.run("evaluate", CliRunner.sample(), "--labels",
        out.resolve("labels.csv").toString());
    assertThat(e.exitCode()).as(e.err()).isZero();
    CliRunner.Result again = CliRunner.run("feedback", CliRunner.sample(), "--schedule",
        out.resolve("schedule.json").toString(), "--ratings", ratings.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("exists; use --force");
    Files.writeString(ratings, "Mã cuộc họp,Đánh giá\nx,tốt\n");
    CliRunner.Result bad = CliRunner.run("feedback", CliRunner.sample(), "--schedule",
        out.resolve("schedule.json").toString(), "--ratings", ratings.toString(), "--force");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("row 2, Đánh giá: found \"tốt\", expected a whole number")
        .doesNotContain("\tat ");
  }
}
