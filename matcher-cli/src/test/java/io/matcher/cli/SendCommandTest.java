package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code matcher send} end to end: schedule the sample, send it to an in-process SMTP server. */
class SendCommandTest {
  @TempDir static Path tmp;
  private static Path out;
  /** People with at least one meeting in the sample's plan: one message each. */
  private static int people;

  @BeforeAll
  static void schedule() throws Exception {
    out = tmp.resolve("out");
    CliRunner.Result r = CliRunner.run("schedule", CliRunner.sample(), "--out", out.toString(), "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    for (JsonNode p : new ObjectMapper().readTree(out.resolve("schedule.json").toFile()).get("people")) {
      if (p.path("meetings").asInt() > 0) {
        people++;
      }
    }
    assertThat(people).isGreaterThan(190);
  }

  @Test
  void sendsEveryoneOnceThenNothing() {
    GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    try {
      String smtp = "127.0.0.1:" + mail.getSmtp().getPort();
      CliRunner.Result r = CliRunner.run("send", out.toString(), "--smtp", smtp, "--from", "ban-to-chuc@example.vn",
          "--rate", "500/s");
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).contains("sent " + people + " message(s)", "send-log.tsv").contains("sent " + people + "/" + people);
      assertThat(mail.getReceivedMessages()).hasSize(people);
      CliRunner.Result again = CliRunner.run("send", out.toString(), "--smtp", smtp, "--from", "ban-to-chuc@example.vn",
          "--rate", "500/s");
      assertThat(again.exitCode()).as(again.err()).isZero();
      assertThat(again.out()).contains("sent 0 message(s), " + people + " already delivered before");
      assertThat(mail.getReceivedMessages()).hasSize(people);
    } finally {
      mail.stop();
    }
  }

  @Test
  void dryRunWritesEmlFiles() throws Exception {
    CliRunner.Result r = CliRunner.run("send", out.toString(), "--from", "ban-to-chuc@example.vn", "--dry-run");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("dry run: wrote " + people + " message(s)", "nothing was sent");
    try (Stream<Path> w = Files.walk(out.resolve("outbox"))) {
      assertThat(w.filter(p -> p.toString().endsWith(".eml"))).hasSize(people);
    }
  }

  @Test
  void usageErrorsAreOneLineAndExitTwo() {
    assertThat(CliRunner.run("send", out.toString(), "--from", "a@b.c").err())
        .contains("error: --smtp HOST:PORT is required (or --dry-run)");
    CliRunner.Result rate = CliRunner.run("send", out.toString(), "--from", "a@b.c", "--smtp", "h:25", "--rate", "fast");
    assertThat(rate.exitCode()).isEqualTo(2);
    assertThat(rate.err()).contains("--rate: found \"fast\", expected a rate such as 5/s");
    CliRunner.Result pw = CliRunner.run("send", out.toString(), "--from", "a@b.c", "--smtp", "h:25", "--user", "u",
        "--password-env", "MATCHER_TEST_SURELY_UNSET_VARIABLE");
    assertThat(pw.exitCode()).isEqualTo(2);
    assertThat(pw.err()).contains("MATCHER_TEST_SURELY_UNSET_VARIABLE is not set").doesNotContain("Exception");
    CliRunner.Result smtp = CliRunner.run("send", out.toString(), "--from", "a@b.c", "--smtp", "nohostport");
    assertThat(smtp.err()).contains("--smtp: found \"nohostport\", expected HOST:PORT");
    CliRunner.Result dir = CliRunner.run("send", tmp.resolve("nope").toString(), "--from", "a@b.c", "--dry-run");
    assertThat(dir.exitCode()).isEqualTo(2);
    assertThat(dir.err()).contains("not a directory");
  }
}
