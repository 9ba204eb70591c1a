package io.matcher.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/**
 * Sends over one SMTP connection (Angus Mail's {@code smtp} transport), opened on the first
 * message and kept for the next ones, re-opened once if the server closed it in between. Time
 * limits of 30 s to connect and for each read and write, so a dead server fails a run instead
 * of hanging it.
 */
public final class SmtpMailer implements Mailer {
  static final int TIMEOUT_MS = 30_000;

  private final SmtpServer server;
  private final Session session;
  private Transport transport;

  public SmtpMailer(SmtpServer server) {
    this.server = server;
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", server.host());
    p.setProperty("mail.smtp.port", Integer.toString(server.port()));
    p.setProperty("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MS));
    p.setProperty("mail.smtp.timeout", Integer.toString(TIMEOUT_MS));
    p.setProperty("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MS));
    p.setProperty("mail.smtp.auth", Boolean.toString(server.user() != null));
    if (server.startTls()) {
      p.setProperty("mail.smtp.starttls.enable", "true");
      p.setProperty("mail.smtp.starttls.required", "true");
      p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    }
    p.setProperty("mail.mime.charset", "UTF-8");
    this.session = Session.getInstance(p);
  }

  /** "host:port", for messages. */
  public String where() {
    return server.where();
  }

  @Override
  public Session session() {
    return session;
  }

  @Override
  public void send(MimeMessage message) throws MessagingException {
    if (transport == null || !transport.isConnected()) {
      connect();
    }
    transport.sendMessage(message, message.getAllRecipients());
  }

  private void connect() throws MessagingException {
    if (transport == null) {
      transport = session.getTransport("smtp");
    }
    transport.connect(server.host(), server.port(), server.user(), server.password());
  }

  @Override
  public void close() throws MessagingException {
    if (transport != null && transport.isConnected()) {
      transport.close();
    }
  }
}
