package io.matcher.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting independent of the machine's locale. */
final class Numbers {
  private Numbers() {}

  /** {@code v} rounded half-even to {@code decimals} places, plain digits; "" when not finite. */
  static String fixed(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return "";
    }
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** {@code v} rounded to 6 decimals without trailing zeros (what schedule.json stores). */
  /**
   * The score given up for fairness, {@code (bound − total) / bound}, from both values as {@code schedule.json}
   * holds them (6 decimals), so a schedule read back from the file (a re-plan) shows the same figure.
   */
  static double givenUp(double total, double bound) {
    double b = six(bound).doubleValue();
    double t = six(total).doubleValue();
    return b <= 0 ? 0 : Math.max(0, (b - t) / b);
  }

  static BigDecimal six(double v) {
    BigDecimal b = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return b.signum() == 0 ? BigDecimal.ZERO : b;
  }

  /** "12.5%" with one decimal. */
  static String percent(double ratio) {
    return fixed(ratio * 100, 1) + "%";
  }
}
