package io.matcher.deliver;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Date;

/**
 * A {@link Letter} as a MIME message (RFC 2045–2049) through Jakarta Mail: {@code
 * multipart/mixed} of the HTML body (UTF-8) and the attachments, the subject encoded as RFC 2047
 * UTF-8 words. The Message-ID is derived from the letter's digest, so the same letter has the
 * same id in a dry run, in the send log and on the server.
 */
public final class MimeLetters {
  private MimeLetters() {}

  public static MimeMessage of(Session session, InternetAddress from, Letter letter, Date sent)
      throws MessagingException {
    String domain = from.getAddress().substring(from.getAddress().lastIndexOf('@') + 1);
    String messageId = "<" + letter.digest().substring(0, 32) + "." + letter.kind().name().toLowerCase()
        + "@" + domain + ">";
    MimeMessage m = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    m.setFrom(from);
    try {
      m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(letter.to(), clean(letter.name()), "UTF-8"));
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
    m.setSubject(letter.subject(), "UTF-8");
    m.setSentDate(sent);
    m.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no vacation replies to a robot
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart body = new MimeBodyPart();
    body.setText(letter.html(), "UTF-8", "html");
    mixed.addBodyPart(body);
    for (Attachment a : letter.attachments()) {
      MimeBodyPart part = new MimeBodyPart();
      part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.bytes(), a.contentType())));
      part.setFileName(a.fileName());
      part.setDisposition(MimeBodyPart.ATTACHMENT);
      mixed.addBodyPart(part);
    }
    m.setContent(mixed);
    m.saveChanges();
    return m;
  }

  /**
   * Why {@code address} cannot be sent to, or null when it can: missing, or not one plain
   * {@code local@domain} address (RFC 822 syntax, checked strictly).
   */
  public static String addressProblem(String address) {
    if (address == null || address.isBlank()) {
      return "no e-mail address";
    }
    try {
      InternetAddress a = new InternetAddress(address, true);
      a.validate();
      if (!a.getAddress().equals(address.trim()) || !address.contains("@") || a.isGroup()) {
        return "e-mail address \"" + address + "\" is not one plain address such as name@example.org";
      }
      return null;
    } catch (AddressException e) {
      return "e-mail address \"" + address + "\" is not valid (" + e.getMessage() + ")";
    }
  }

  /** A display name on one line. */
  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
  }
}
