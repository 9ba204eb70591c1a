package io.matcher.score;

import java.util.Locale;

/**
 * Ticket fit: whether the startup's raise lies in the investor's ticket range, both converted to
 * the event's base currency. 1 inside the range (an open bound is open); outside, the credit
 * falls with the order-of-magnitude distance to the nearest bound, {@code max(0, 1 - |log10(raise
 * / bound)|)}: half the minimum still earns 0.70, a tenth of it nothing. Neutral when the
 * investor gives no ticket (and its portfolio no amounts: {@link Interests#derivedTicket}), the
 * startup no raise, or a currency has no rate.
 */
final class TicketFit implements ScoreComponent {
  private final Profiles p;
  private final double neutral;

  private final double[] logMin; // per investor, -inf when open
  private final double[] logMax; // +inf when open

  TicketFit(Profiles p, double neutral) {
    this.p = p;
    this.neutral = neutral;
    this.logMin = new double[p.investors];
    this.logMax = new double[p.investors];
    for (int i = 0; i < p.investors; i++) {
      double lo = Double.isNaN(p.ticketMin[i]) ? 0 : p.ticketMin[i];
      double hi = Double.isNaN(p.ticketMax[i]) ? Double.POSITIVE_INFINITY : p.ticketMax[i];
      logMin[i] = Math.log10(Math.min(lo, hi)); // 0 gives -inf
      logMax[i] = Math.log10(Math.max(lo, hi));
    }
  }

  @Override
  public String name() {
    return "ticket";
  }

  @Override
  public double value(int investor, int startup) {
    double min = p.ticketMin[investor];
    double max = p.ticketMax[investor];
    double raise = p.raise[startup];
    if ((Double.isNaN(min) && Double.isNaN(max)) || Double.isNaN(raise)) {
      return neutral;
    }
    return fitLog(p.logRaise[startup], logMin[investor], logMax[investor]);
  }

  /** The fit of a raise against a range, all as log10 (NaN: 0). */
  static double fitLog(double raise, double lo, double hi) {
    double d = Math.max(lo - raise, raise - hi); // decades outside; NaN for NaN
    if (d <= 0) {
      return 1;
    }
    return d < 1 ? 1 - d : 0;
  }

  /** {@link #fitLog} in money: 1 inside [lo, hi] (either order), falling by decades outside. */
  static double fit(double raise, double lo, double hi) {
    return fitLog(raise > 0 ? Math.log10(raise) : raise <= 0 ? -Double.MAX_VALUE : Double.NaN,
        Math.log10(Math.min(lo, hi)),
        Math.log10(Math.max(lo, hi)));
  }

  @Override
  public void addRow(int investor, double weight, double[] sums) {
    double min = p.ticketMin[investor];
    double max = p.ticketMax[investor];
    if (Double.isNaN(min) && Double.isNaN(max)) {
      for (int s = 0; s < sums.length; s++) {
        sums[s] += weight * neutral;
      }
      return;
    }
    double lo = logMin[investor];
    double hi = logMax[investor];
    double[] lr = p.logRaise;
    int[] unknown = p.unknownRaise; // no raise: neutral
    int s = 0;
    for (int u = 0; u <= unknown.length; u++) {
      int stop = u < unknown.length ? unknown[u] : sums.length;
      // fitLog without branches (the loop between two unknown raises vectorises): 1 inside,
      // 1 - d for d < 1 decade outside, else 0
      for (; s < stop; s++) {
        double d = Math.max(lo - lr[s], lr[s] - hi);
        sums[s] += weight * (1 - Math.min(1, Math.max(0, d)));
      }
      if (u < unknown.length) {
        sums[s++] += weight * neutral;
      }
    }
  }

  @Override
  public ExplanationNode explain(int investor, int startup) {
    double v = value(investor, startup);
    double min = p.ticketMin[investor];
    double max = p.ticketMax[investor];
    double raise = p.raise[startup];
    if (Double.isNaN(min) && Double.isNaN(max)) {
      return ExplanationNode.of(v, p.investor(investor).ticketMin() != null
          || p.investor(investor).ticketMax() != null
          ? "no rate for ticket currency " + p.investor(investor).ticketCurrency() + ": neutral"
          : "investor gives no ticket: neutral");
    }
    if (Double.isNaN(raise)) {
      return ExplanationNode.of(v, p.startup(startup).raiseAmount() != null
          ? "no rate for raise currency " + p.startup(startup).raiseCurrency() + ": neutral"
          : "startup gives no raise amount: neutral");
    }
    String range = (Double.isNaN(min) ? "…" : money(min)) + " – "
        + (Double.isNaN(max) ? "…" : money(max)) + " " + p.base();
    String where = v == 1 ? "inside" : raise < (Double.isNaN(min) ? 0 : min) ? "below" : "above";
    boolean derived = p.investor(investor).ticketMin() == null
        && p.investor(investor).ticketMax() == null;
    return ExplanationNode.of(v, "raise " + money(raise) + " " + p.base() + " is " + where
        + (derived ? " the portfolio's ticket range (25th–75th percentile of "
            + p.interests.deals(investor) + " deals) " : " the ticket range ") + range);
  }

  static String money(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }
}
