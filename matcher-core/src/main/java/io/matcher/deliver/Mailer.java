package io.matcher.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/** Where messages go: an SMTP server ({@link SmtpMailer}) or {@code .eml} files (a dry run). */
public interface Mailer extends AutoCloseable {
  /** The session messages are built in. */
  Session session();

  /**
   * Hands one message over.
   *
   * @throws jakarta.mail.SendFailedException when the server refused this message's recipient
   *     (the others can still go)
   * @throws MessagingException when the server cannot be reached or failed (nothing more can go)
   */
  void send(MimeMessage message) throws MessagingException, IOException;

  @Override
  void close() throws MessagingException, IOException;
}
