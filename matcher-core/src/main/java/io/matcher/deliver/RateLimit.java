package io.matcher.deliver;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * At most {@code count} messages per {@code per}: "5/s", "120/min", "1000/h". Mail providers
 * throttle or block a sender that bursts; 5 a second sends 200 schedules in 40 seconds.
 */
public record RateLimit(int count, Duration per) {
  public static final RateLimit DEFAULT = new RateLimit(5, Duration.ofSeconds(1));
  private static final Pattern SYNTAX = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(s|sec|second|m|min|minute|h|hour)\\s*");

  public RateLimit {
    if (count < 1 || per.isNegative() || per.isZero()) {
      throw new IllegalArgumentException("rate must be at least 1 per a positive period");
    }
  }

  /**
   * Parses "N/s", "N/min" or "N/h".
   *
   * @throws IllegalArgumentException naming what was found and what is expected
   */
  public static RateLimit parse(String text) {
    Matcher m = SYNTAX.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
      throw new IllegalArgumentException("found \"" + text + "\", expected a rate such as 5/s, 120/min or 1000/h");
    }
    Duration per = switch (m.group(2).charAt(0)) {
      case 's' -> Duration.ofSeconds(1);
      case 'm' -> Duration.ofMinutes(1);
      default -> Duration.ofHours(1);
    };
    return new RateLimit(Integer.parseInt(m.group(1)), per);
  }

  /** The least time between the starts of two messages. */
  public Duration interval() {
    return per.dividedBy(count);
  }

  @Override
  public String toString() {
    String unit = per.equals(Duration.ofSeconds(1)) ? "s" : per.equals(Duration.ofMinutes(1)) ? "min" : "h";
    return count + "/" + unit;
  }
}
