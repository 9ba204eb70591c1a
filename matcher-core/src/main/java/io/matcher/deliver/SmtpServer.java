package io.matcher.deliver;

/**
 * How to reach the SMTP server.
 *
 * @param user the login, or null to send without authentication
 * @param password the password (never logged or printed), or null
 * @param startTls upgrade the connection with STARTTLS before sending, and refuse to send when the
 *     server does not offer it (RFC 3207)
 */
public record SmtpServer(String host, int port, String user, String password, boolean startTls) {
  public SmtpServer {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("found an empty host, expected HOST:PORT such as smtp.example.org:587");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("found port " + port + ", expected 1 to 65535");
    }
  }

  /**
   * Parses "HOST:PORT" ({@code [::1]:25} for an IPv6 literal).
   *
   * @throws IllegalArgumentException naming what was found and what was expected
   */
  public static SmtpServer parse(String text, String user, String password, boolean startTls) {
    int colon = text == null ? -1 : text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("found \"" + text + "\", expected HOST:PORT such as smtp.example.org:587");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("found \"" + text + "\", expected HOST:PORT with a numeric port");
    }
    return new SmtpServer(host, port, user, password, startTls);
  }

  /** "host:port", for messages. */
  public String where() {
    return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
  }

  @Override
  public String toString() {
    return "SmtpServer[" + where() + (user == null ? "" : ", user " + user) + (startTls ? ", STARTTLS" : "") + "]";
  }
}
