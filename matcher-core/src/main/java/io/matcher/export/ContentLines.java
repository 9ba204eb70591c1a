package io.matcher.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * iCalendar content lines (RFC 5545 §3.1), appended one property at a time:
 *
 * <ul>
 *   <li>TEXT values are escaped ({@code \\ \; \, \n}, §3.3.11); control characters other
 *       than tab, which TEXT does not allow, and unpaired surrogates, which UTF-8 cannot encode,
 *       are dropped;
 *   <li>lines are folded so that none is longer than 75 octets, between whole characters: never
 *       inside a UTF-8 sequence or a surrogate pair (a folded Vietnamese line stays valid UTF-8);
 *   <li>lines end in CRLF; date-times are written in the basic format of §3.3.5, in UTC
 *       ({@code 20251010T063000Z}) or local with a {@code TZID} parameter.
 * </ul>
 *
 * <p>Written by hand rather than through a general iCalendar library: a personal calendar is a
 * few dozen properties, and every person of an event gets one, so in a short run the cost of a
 * library's object model (a component tree, a writer per property type) dominated the export.
 * Correctness is checked by parsing what this writes with ical4j, an independent parser
 * ({@code IcsWriterTest}). Not thread-safe; one per calendar.
 */
public final class ContentLines {
  /** Longest line in octets, excluding the CRLF (§3.1). */
  static final int MAX_OCTETS = 75;

  private final StringBuilder out = new StringBuilder(4096);
  private final StringBuilder line = new StringBuilder(256);
  /** The chars of a long {@link #line}, for {@link #fold}. */
  private char[] chars = new char[256];

  /** {@code BEGIN:<component>}. */
  public ContentLines begin(String component) {
    return value("BEGIN", component);
  }

  /** {@code END:<component>}. */
  public ContentLines end(String component) {
    return value("END", component);
  }

  /** A property of value type TEXT, escaped. */
  public ContentLines text(String name, String value) {
    escapeText(value, property(name).append(':'));
    return fold();
  }

  /**
   * A property whose value is already in its type's syntax (an integer, a UTC offset, an
   * enumerated value such as {@code CONFIRMED}, a UID).
   *
   * @throws IllegalArgumentException when the value holds a control character (it could break
   *     the line structure)
   */
  public ContentLines value(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(name + " value holds a control character: " + value);
      }
    }
    property(name).append(':').append(value);
    return fold();
  }

  /** A date-time in UTC: {@code NAME:20251010T063000Z}. */
  public ContentLines utc(String name, Instant t) {
    dateTime(LocalDateTime.ofInstant(t, ZoneOffset.UTC), property(name).append(':'));
    line.append('Z');
    return fold();
  }

  /** A local date-time in a time zone: {@code NAME;TZID=Asia/Ho_Chi_Minh:20251010T133000}. */
  public ContentLines local(String name, String tzid, LocalDateTime t) {
    paramValue(tzid, property(name).append(";TZID="));
    line.append(':');
    dateTime(t, line);
    return fold();
  }

  /** A date-time without zone (the start of a VTIMEZONE observance): {@code NAME:19700101T000000}. */
  public ContentLines floating(String name, LocalDateTime t) {
    dateTime(t, property(name).append(':'));
    return fold();
  }

  /** A UTC offset (§3.3.14): {@code +0700}, {@code -0330}, with seconds only when not zero. */
  public ContentLines offset(String name, ZoneOffset o) {
    int total = o.getTotalSeconds();
    int abs = Math.abs(total);
    property(name).append(':').append(total < 0 ? '-' : '+');
    Times.two(abs / 3600, line);
    Times.two(abs / 60 % 60, line);
    if (abs % 60 != 0) {
      Times.two(abs % 60, line);
    }
    return fold();
  }

  /** The calendar written so far. */
  @Override
  public String toString() {
    return out.toString();
  }

  /** The calendar written so far, in UTF-8. */
  public byte[] toBytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Starts the next line with the property name; {@link #fold} ends it. */
  private StringBuilder property(String name) {
    line.setLength(0);
    return line.append(name);
  }

  /** Moves {@link #line} to the output, folded. */
  private ContentLines fold() {
    if (line.length() * 3 <= MAX_OCTETS) { // at most 3 octets a char (4 for a pair of two)
      out.append(line).append("\r\n");
      return this;
    }
    int octets = 0;
    int from = 0; // the start of the part of the line not yet moved
    int length = line.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    line.getChars(0, length, chars, 0); // an array reads faster than charAt under C1 (Text)
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      boolean pair = Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(chars[i + 1]);
      int n = pair ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      if (octets + n > MAX_OCTETS) {
        out.append(chars, from, i - from).append("\r\n ");
        from = i;
        octets = 1;
      }
      if (pair) {
        i++;
      }
      octets += n;
    }
    out.append(chars, from, length - from);
    out.append("\r\n");
    return this;
  }

  static void escapeText(String value, StringBuilder b) {
    // over a copy of the chars: faster than charAt under C1 for text that is not Latin-1 (Text)
    char[] v = value.toCharArray();
    int plain = 0; // the first char that needs more than a copy
    while (plain < v.length && needsNoEscape(v[plain])) {
      plain++;
    }
    b.append(v, 0, plain);
    for (int i = plain; i < v.length; i++) {
      char c = v[i];
      switch (c) {
        case '\\' -> b.append("\\\\");
        case ';' -> b.append("\\;");
        case ',' -> b.append("\\,");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append(c);
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < v.length
              && Character.isLowSurrogate(v[i + 1])) {
            b.append(c).append(v[++i]);
          } else if (!Character.isISOControl(c) && !Character.isSurrogate(c)) {
            b.append(c);
          }
        }
      }
    }
  }

  /** A char {@link #escapeText} copies as it is, whatever comes next. */
  private static boolean needsNoEscape(char c) {
    return c >= ' ' ? c != '\\' && c != ';' && c != ',' && c < 0x7F || c >= 0xA0 && !Character.isSurrogate(c)
        : c == '\t';
  }

  /** A parameter value, quoted when it holds a character only a quoted value may (§3.1). */
  private static void paramValue(String v, StringBuilder b) {
    boolean quote = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"' || Character.isISOControl(c)) {
        throw new IllegalArgumentException("parameter value holds a quote or a control character: " + v);
      }
      quote |= c == ';' || c == ':' || c == ',';
    }
    if (quote) {
      b.append('"').append(v).append('"');
    } else {
      b.append(v);
    }
  }

  private static void dateTime(LocalDateTime t, StringBuilder b) {
    Times.four(t.getYear(), b);
    Times.two(t.getMonthValue(), b);
    Times.two(t.getDayOfMonth(), b);
    b.append('T');
    Times.two(t.getHour(), b);
    Times.two(t.getMinute(), b);
    Times.two(t.getSecond(), b);
  }
}
