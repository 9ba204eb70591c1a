package io.matcher.io;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Number parsing shared by the readers. */
final class Numbers {
  private Numbers() {}

  private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  // 1,500 or 1,500,000 (English grouping), or 1.500.000 (Vietnamese grouping: two or more
  // groups, since a single "1.500" is a decimal point to most spreadsheets).
  private static final Pattern GROUPED =
      Pattern.compile("[+-]?\\d{1,3}((,\\d{3})+|(\\.\\d{3}){2,})");

  // 1.500.000,5 or 0,786: a grouping point and a decimal comma, as spreadsheets set to
  // Vietnamese (and most European languages) write numbers.
  private static final Pattern DECIMAL_COMMA =
      Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

  /**
   * Equal amounts compare equal whatever their notation: {@code 2.0E5} and {@code 200000} both
   * become {@code 200000}.
   */
  static BigDecimal normalise(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * Parses a spreadsheet cell: a plain decimal number, optionally with spaces or underscores as
   * digit groups, or with thousands groups as English ({@code 1,500,000}) and Vietnamese ({@code
   * 1.500.000}) spreadsheets write them. Null when the text is not a number.
   */
  static BigDecimal parse(String text) {
    String t = text.strip().replace(" ", "").replace("\u00a0", "").replace("_", "");
    if (GROUPED.matcher(t).matches()) {
      t = t.replace(",", "").replace(".", "");
    }
    if (!PLAIN.matcher(t).matches()) {
      return null;
    }
    return normalise(new BigDecimal(t));
  }

  /**
   * Parses a cell of a file whose numbers use a decimal comma ({@link CsvDialect#decimalComma()}):
   * {@code 0,786} is 0.786 and {@code 1.500} is 1500; any other notation as {@link #parse}.
   */
  static BigDecimal parse(String text, boolean decimalComma) {
    if (decimalComma) {
      String t = text.strip().replace(" ", "").replace("\u00a0", "");
      if (DECIMAL_COMMA.matcher(t).matches()) {
        return normalise(new BigDecimal(t.replace(".", "").replace(',', '.')));
      }
    }
    return parse(text);
  }
}
