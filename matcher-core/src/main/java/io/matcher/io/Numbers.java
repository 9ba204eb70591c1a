package io.matcher.io;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one numeric reader of the JSON and CSV inputs. A number's text is checked for length and
 * exponent <em>before</em> it becomes a {@link BigDecimal}: {@code 1e99999999} is a valid
 * BigDecimal whose plain form has a hundred million digits, so that any later {@code
 * setScale}, {@code toPlainString} or comparison with a plain number would keep a core busy for
 * minutes; {@code 1E+2147483648} does not fit a BigDecimal's scale at all. Within the bounds every
 * value is finite and exact; each field then states its own {@link Range}.
 */
final class Numbers {
  private Numbers() {}

  /** Longest number text read, in characters (after removing digit-group separators). */
  static final int MAX_LENGTH = 100;
  /** Largest exponent written after {@code e}, in absolute value. */
  static final int MAX_EXPONENT = 1000;

  private static final Pattern PLAIN =
      Pattern.compile("[+-]?(\\d+)(?:\\.(\\d+))?(?:[eE]([+-]?)(\\d+))?");
  // 1,500 or 1,500,000 (English grouping), or 1.500.000 (Vietnamese grouping: two or more
  // groups, since a single "1.500" is a decimal point to most spreadsheets).
  private static final Pattern GROUPED =
      Pattern.compile("[+-]?\\d{1,3}((,\\d{3})+|(\\.\\d{3}){2,})");

  /** A number read from text, or why it was not: exactly one of the two is non-null. */
  record Reading(BigDecimal value, String problem) {
    boolean ok() {
      return value != null;
    }
  }

  /**
   * The closed or half-open interval a field's value must lie in, and the words that say so in a
   * message ({@code "a positive amount up to 10^15"}).
   */
  record Range(BigDecimal low, boolean lowIncluded, BigDecimal high, boolean wholeOnly, String expected) {
    boolean contains(BigDecimal v) {
      int lo = v.compareTo(low);
      if (lo < 0 || (lo == 0 && !lowIncluded) || v.compareTo(high) > 0) {
        return false;
      }
      return !wholeOnly || v.stripTrailingZeros().scale() <= 0;
    }

    /** Whole numbers from {@code min} to {@code max}. */
    static Range whole(long min, long max) {
      return new Range(BigDecimal.valueOf(min), true, BigDecimal.valueOf(max), true,
          "a whole number from " + min + " to " + max);
    }

    /** Numbers above 0 up to {@code max}, in the words of {@code expected}. */
    static Range positive(BigDecimal max, String expected) {
      return new Range(BigDecimal.ZERO, false, max, false, expected);
    }

    /** Numbers from {@code min} to {@code max}, both included. */
    static Range between(BigDecimal min, BigDecimal max, String expected) {
      return new Range(min, true, max, false, expected);
    }
  }

  /**
   * Equal amounts compare equal whatever their notation: {@code 2.0E5} and {@code 200000} both
   * become {@code 200000}. Only for values whose size {@link #read} bounded.
   */
  static BigDecimal normalise(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * Parses a spreadsheet cell: a plain decimal number, optionally with spaces or underscores as
   * digit groups, or with thousands groups as English ({@code 1,500,000}) and Vietnamese ({@code
   * 1.500.000}) spreadsheets write them. Null when the text is not a number or out of bounds.
   */
  static BigDecimal parse(String text) {
    return read(text).value();
  }

  /** As {@link #parse}, saying why a text is not read. */
  static Reading read(String text) {
    String t = text.strip().replace(" ", "").replace("\u00a0", "").replace("_", "");
    if (t.length() > MAX_LENGTH) {
      return new Reading(null, "a number of at most " + MAX_LENGTH + " characters");
    }
    if (GROUPED.matcher(t).matches()) {
      t = t.replace(",", "").replace(".", "");
    }
    Matcher m = PLAIN.matcher(t);
    if (!m.matches()) {
      return new Reading(null, null);
    }
    return bounded(t, m.group(4));
  }

  /**
   * A number of JSON text (the grammar was checked by the JSON parser). {@code exponentDigits}
   * are the digits after {@code e}, null when there is none.
   */
  static Reading readJson(String text) {
    if (text.length() > MAX_LENGTH) {
      return new Reading(null, "a number of at most " + MAX_LENGTH + " characters");
    }
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    String digits = e < 0 ? null : text.substring(e + 1).replace("+", "").replace("-", "");
    return bounded(text, digits);
  }

  private static Reading bounded(String t, String exponentDigits) {
    if (exponentDigits != null) {
      String d = exponentDigits.replaceFirst("^0+(?=\\d)", "");
      if (d.length() > 4 || Integer.parseInt(d) > MAX_EXPONENT) {
        return new Reading(null, "a number whose exponent lies between -" + MAX_EXPONENT
            + " and " + MAX_EXPONENT);
      }
    }
    return new Reading(normalise(new BigDecimal(t)), null);
  }

  /**
   * A value for a message: plain when short ({@code 1500000}, {@code 0.0000394}), else
   * scientific ({@code 1E+400}), so that a message never builds a huge string.
   */
  static String show(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    int digitsLeft = s.precision() - s.scale();
    if (s.scale() >= 0 && s.scale() <= 20 || digitsLeft > 0 && digitsLeft <= 20) {
      return s.toPlainString();
    }
    return s.toString();
  }
}
