package io.matcher.deliver;

import io.matcher.io.OutputDirectory;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@code matcher send}: the letters of an output directory ({@link Outbox}) delivered one by one,
 * paced by a {@link RateLimit}, each recorded in the {@link SendLog} as soon as the server took
 * it. Letters the log records as delivered are skipped, so a stopped run is resumed by running it
 * again, and a second run after a complete one sends nothing.
 *
 * <p>Failures: a server that refuses one message (a bad mailbox) has the refusal logged and the
 * run goes on; a server that cannot be reached, refuses the login or stops answering ends the run
 * with a {@link DeliveryException} saying how many letters went out and that a rerun sends the
 * rest. A dropped connection is re-opened once before giving up.
 */
public final class Delivery {
  /** Told of each letter the server accepted. */
  @FunctionalInterface
  public interface Progress {
    void delivered(Letter letter, int done, int total);
  }

  /**
   * What to send and how fast.
   *
   * @param from the sender's address
   * @param onlyChanged only the people {@code changes.json} names (after {@code matcher replan})
   */
  public record Options(String from, boolean onlyChanged, RateLimit rate) {}

  private Delivery() {}

  /** The sender's address, checked: one plain address. */
  public static InternetAddress from(String address) throws DeliveryException {
    String problem = MimeLetters.addressProblem(address);
    if (problem != null) {
      throw new DeliveryException("--from: " + problem);
    }
    try {
      return new InternetAddress(address, true);
    } catch (AddressException e) {
      throw new DeliveryException("--from: " + e.getMessage());
    }
  }

  /** Sends the letters of {@code outDir} through {@code mailer}. */
  public static DeliveryReport send(Path outDir, Options options, Mailer mailer, Clock clock, Progress progress)
      throws IOException {
    InternetAddress from = from(options.from());
    Outbox outbox = Outbox.read(outDir, options.onlyChanged());
    List<DeliveryReport.Refusal> refused = new ArrayList<>();
    int sent = 0;
    int already = 0;
    long interval = options.rate().interval().toNanos();
    long next = System.nanoTime();
    String where = mailer instanceof SmtpMailer s ? "SMTP server " + s.where() : "mail server";
    try (SendLog log = SendLog.open(outDir)) {
      for (Letter letter : outbox.letters()) {
        if (log.delivered(letter.digest())) {
          already++;
          continue;
        }
        next = pace(next, interval);
        MimeMessage m;
        try {
          m = MimeLetters.of(mailer.session(), from, letter, Date.from(clock.instant()));
        } catch (MessagingException e) {
          throw new IllegalStateException("could not build the message for " + letter.who(), e);
        }
        String id = messageId(m);
        try {
          sendWithOneRetry(mailer, m);
        } catch (SendFailedException e) {
          String why = reason(e);
          log.refused(letter, id, clock.instant(), why);
          refused.add(new DeliveryReport.Refusal(letter, why));
          continue;
        } catch (MessagingException e) {
          String what = e instanceof AuthenticationFailedException
              ? where + " refused the login: " + reason(e)
              : where + ": " + reason(e);
          throw new DeliveryException(what + ". Delivered " + sent + " letter(s) in this run"
              + (already > 0 ? " (" + already + " before)" : "") + ", " + (outbox.letters().size() - sent - already)
              + " not yet; " + log.path() + " records what went out: run the same command again to send the rest.", e);
        }
        log.delivered(letter, id, clock.instant());
        sent++;
        progress.delivered(letter, sent + already, outbox.letters().size());
      }
      return new DeliveryReport(outbox.letters().size(), sent, already, refused, outbox.skipped(), log.path(), false);
    } finally {
      try {
        mailer.close();
      } catch (MessagingException e) {
        // the messages went out; a failing QUIT changes nothing
      }
    }
  }

  /**
   * A dry run: every letter written as {@code OUT/outbox/<investors|startups>/<name>.eml}
   * (RFC 5322, readable by any mail program), nothing sent, the send log untouched. The outbox
   * folder is rewritten as a whole (through {@link OutputDirectory}) at each dry run.
   */
  public static DeliveryReport dryRun(Path outDir, Options options, Clock clock) throws IOException {
    InternetAddress from = from(options.from());
    Outbox outbox = Outbox.read(outDir, options.onlyChanged());
    Session session = Session.getInstance(new Properties());
    TreeMap<String, byte[]> files = new TreeMap<>();
    for (Letter letter : outbox.letters()) {
      try {
        MimeMessage m = MimeLetters.of(session, from, letter, Date.from(clock.instant()));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        m.writeTo(b);
        String stem = letter.attachments().get(0).fileName().replaceFirst("\\.ics$", "");
        files.put(letter.side().folder() + "/" + stem + ".eml", b.toByteArray());
      } catch (MessagingException e) {
        throw new IllegalStateException("could not build the message for " + letter.who(), e);
      }
    }
    Path target = outDir.resolve(OUTBOX);
    OutputDirectory.write(target, true, files);
    return new DeliveryReport(outbox.letters().size(), files.size(), 0, List.of(), outbox.skipped(), target, true);
  }

  /** The folder of a dry run's {@code .eml} files. */
  public static final String OUTBOX = "outbox";

  private static void sendWithOneRetry(Mailer mailer, MimeMessage m) throws MessagingException, IOException {
    try {
      mailer.send(m);
    } catch (SendFailedException | AuthenticationFailedException e) {
      throw e;
    } catch (MessagingException e) {
      // an idle connection closed by the server: open a new one once
      try {
        mailer.close();
      } catch (MessagingException ignored) {
        // already gone
      }
      mailer.send(m);
    }
  }

  /** Waits until {@code next} (System.nanoTime), then returns when the following message may start. */
  private static long pace(long next, long interval) throws DeliveryException {
    long wait = next - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DeliveryException("interrupted; run the same command again to send the rest");
      }
    }
    return Math.max(next, System.nanoTime()) + interval;
  }

  private static String messageId(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (MessagingException e) {
      return "";
    }
  }

  /** The most telling message of an exception chain: the server's answer or the network error. */
  static String reason(Throwable e) {
    String best = null;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        String msg = t.getMessage().replaceAll("\\s+", " ").trim();
        best = best == null ? msg : best.contains(msg) ? best : best + " (" + msg + ")";
      }
      if (t instanceof MessagingException me && me.getNextException() != null && me.getCause() == null) {
        t = me.getNextException();
        if (t.getMessage() != null && best != null && !best.contains(t.getMessage())) {
          best = best + " (" + t.getMessage().trim() + ")";
        }
      }
    }
    return best == null ? e.getClass().getSimpleName() : best;
  }
}
