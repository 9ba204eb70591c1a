package io.matcher.score;

import java.util.List;
import java.util.Locale;

/** How explanations show an investor's interest shares. */
final class Shares {
  private Shares() {}

  /** "0.67 (share 40 %: stated 50 %, portfolio 30 %)". */
  static String describe(Interests.Share s, double ratio) {
    return String.format(Locale.ROOT, "%.2f (share %.0f %%: stated %.0f %%, portfolio %.0f %%)",
        ratio, 100 * s.share(), 100 * s.stated(), 100 * s.portfolio());
  }

  /** "fintech 40 %, logistics 60 %" of the portfolio shares, largest first; empty when none. */
  static String portfolio(List<Interests.Share> shares) {
    return String.join(", ", shares.stream().filter(s -> s.portfolio() > 0)
        .sorted((a, b) -> Double.compare(b.portfolio(), a.portfolio()))
        .map(s -> String.format(Locale.ROOT, "%s %.0f %%", s.label(), 100 * s.portfolio()))
        .toList());
  }
}
