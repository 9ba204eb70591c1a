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

  TicketFit(Profiles p, double neutral) {
    this.p = p;
    this.neutral = neutral;
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
    return fit(raise, Double.isNaN(min) ? 0 : min, Double.isNaN(max) ? Double.POSITIVE_INFINITY : max);
  }

  static double fit(double raise, double lo, double hi) {
    if (lo > hi) {
      double t = lo;
      lo = hi;
      hi = t;
    }
    if (raise >= lo && raise <= hi) {
      return 1;
    }
    if (raise <= 0) {
      return 0;
    }
    double bound = raise < lo ? lo : hi;
    return Math.max(0, 1 - Math.abs(Math.log10(raise / bound)));
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

  private static String money(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }
}
