package io.matcher.cli;

import io.matcher.deliver.Delivery;
import io.matcher.deliver.DeliveryReport;
import io.matcher.deliver.Outbox;
import io.matcher.deliver.RateLimit;
import io.matcher.deliver.SmtpMailer;
import io.matcher.deliver.SmtpServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code matcher send OUT_DIR --smtp HOST:PORT --from ADDR}: e-mails each person their agenda,
 * calendar and CSV from an output directory. Parses options, calls {@link Delivery}, prints. See
 * docs/send.md.
 */
@Command(name = "send", mixinStandardHelpOptions = true,
    description = {
      "E-mails each person with meetings their agenda (the message body), calendar (.ics) and CSV, "
          + "from the output directory of `schedule` or `replan`. Resumable: OUT_DIR/send-log.tsv records "
          + "what was delivered and a rerun sends only the rest. See docs/send.md."
    })
final class SendCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUT_DIR", description = "Output directory of `matcher schedule` or `matcher replan`.")
  Path outDir;

  @Option(names = "--smtp", paramLabel = "HOST:PORT", description = "SMTP server (required unless --dry-run).")
  String smtp;

  @Option(names = "--from", required = true, paramLabel = "ADDR", description = "Sender address.")
  String from;

  @Option(names = "--user", paramLabel = "U", description = "SMTP login.")
  String user;

  @Option(names = "--password-env", paramLabel = "VAR",
      description = "Name of the environment variable holding the SMTP password (never on the command line).")
  String passwordEnv;

  @Option(names = "--starttls", description = "Require STARTTLS (RFC 3207) before sending.")
  boolean startTls;

  @Option(names = "--only-changed",
      description = "After `matcher replan`: only the people changes.json names (updates and cancellations).")
  boolean onlyChanged;

  @Option(names = "--dry-run", description = "Send nothing: write each message as OUT_DIR/outbox/<side>/<name>.eml.")
  boolean dryRun;

  @Option(names = "--rate", paramLabel = "N/s", defaultValue = "5/s",
      description = "At most this many messages per second (N/s), minute (N/min) or hour (N/h). Default: ${DEFAULT-VALUE}.")
  String rate;

  @Option(names = "--quiet", description = "Print nothing but errors.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(outDir)) {
      throw new UserException(outDir + ": not a directory; expected the output directory of `matcher schedule`");
    }
    RateLimit limit;
    try {
      limit = RateLimit.parse(rate);
    } catch (IllegalArgumentException e) {
      throw new UserException("--rate: " + e.getMessage());
    }
    Delivery.Options options = new Delivery.Options(from, onlyChanged, limit);
    PrintWriter out = spec.commandLine().getOut();
    DeliveryReport report;
    if (dryRun) {
      report = Delivery.dryRun(outDir, options, Clock.systemUTC());
    } else {
      report = Delivery.send(outDir, options, new SmtpMailer(server()), Clock.systemUTC(), (letter, done, total) -> {
        if (!quiet) {
          out.println("  sent " + done + "/" + total + "  " + letter.who() + "  " + letter.to());
          out.flush();
        }
      });
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Outbox.Skipped s : report.skipped()) {
      err.println("warning: " + s.side().english().toLowerCase() + " " + s.id() + " (" + s.name() + "): "
          + s.reason() + "; not sent");
    }
    for (DeliveryReport.Refusal r : report.refused()) {
      err.println("error: " + r.letter().who() + " <" + r.letter().to() + ">: refused by the server: " + r.reason());
    }
    err.flush();
    if (!quiet) {
      if (report.dryRun()) {
        out.println("dry run: wrote " + report.sent() + " message(s) to " + report.written() + "; nothing was sent");
      } else {
        out.println("sent " + report.sent() + " message(s)" + (report.alreadyDelivered() > 0
            ? ", " + report.alreadyDelivered() + " already delivered before" : "")
            + (report.refused().isEmpty() ? "" : ", " + report.refused().size() + " refused")
            + (report.skipped().isEmpty() ? "" : ", " + report.skipped().size() + " without address")
            + "; log: " + report.written());
      }
      out.flush();
    }
    return report.refused().isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  private SmtpServer server() throws UserException {
    if (smtp == null) {
      throw new UserException("--smtp HOST:PORT is required (or --dry-run)");
    }
    String password = null;
    if (passwordEnv != null) {
      password = System.getenv(passwordEnv);
      if (password == null) {
        throw new UserException("--password-env: the environment variable " + passwordEnv + " is not set");
      }
    }
    if (password != null && user == null) {
      throw new UserException("--password-env needs --user");
    }
    try {
      return SmtpServer.parse(smtp, user, password, startTls);
    } catch (IllegalArgumentException e) {
      throw new UserException("--smtp: " + e.getMessage());
    }
  }
}
