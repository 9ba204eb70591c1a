package io.matcher.score;

/**
 * Portfolio ticket fit ({@code portfolioTicket}): how close the startup's raise is to the
 * investor's typical deal, the median amount of its past deals ({@link Interests#medianDeal}),
 * both in the event's base currency. It reads what the investor did, where {@link TicketFit}
 * reads the range it states (or, without one, the portfolio's quartiles): a range gives every
 * raise inside it the same 1, the median ranks the raises inside by how typical they are for
 * this investor.
 *
 * <p>{@code value = max(0, 1 - |log10(raise / median)| / }{@value #FALLOFF_DECADES}{@code )}:
 * the median itself earns 1, three times or a third of it 0.76, ten times or a tenth 0.5, a
 * hundredfold nothing. Deal sizes spread over orders of magnitude, so the distance counts in
 * decades; the two-decade falloff is about the spread of one investor's deals (seed to growth
 * rounds of one fund span one to two decades).
 *
 * <p>An investor without any deal amount has no such evidence: the component does not count
 * for it ({@link #counts}). A startup without a raise (or in a currency without a rate) gets the
 * neutral value. O(1) per pair on precomputed logs; the row kernel has no branch per pair but
 * the startups without a raise.
 */
final class PortfolioTicketFit implements ScoreComponent {
  /** Decades from the median at which the credit reaches 0. */
  static final double FALLOFF_DECADES = 2;

  private final Profiles p;
  private final double neutral;
  private final double[] logMedian; // per investor, NaN when no amount

  PortfolioTicketFit(Profiles p, double neutral) {
    this.p = p;
    this.neutral = neutral;
    this.logMedian = new double[p.investors];
    for (int i = 0; i < p.investors; i++) {
      double m = p.interests.medianDeal(i);
      logMedian[i] = m > 0 ? Math.log10(m) : Double.NaN;
    }
  }

  @Override
  public String name() {
    return "portfolioTicket";
  }

  @Override
  public boolean counts(int investor) {
    return !Double.isNaN(logMedian[investor]);
  }

  @Override
  public double value(int investor, int startup) {
    if (!counts(investor)) {
      return 0;
    }
    double raise = p.logRaise[startup];
    return Double.isNaN(raise) ? neutral : fit(raise, logMedian[investor]);
  }

  private static double fit(double logRaise, double logMedian) {
    return 1 - Math.min(1, Math.abs(logRaise - logMedian) / FALLOFF_DECADES);
  }

  @Override
  public void addRow(int investor, double weight, double[] sums) {
    if (!counts(investor)) {
      return;
    }
    double m = logMedian[investor];
    double[] lr = p.logRaise;
    int[] unknown = p.unknownRaise;
    int s = 0;
    for (int u = 0; u <= unknown.length; u++) {
      int stop = u < unknown.length ? unknown[u] : sums.length;
      for (; s < stop; s++) { // between two unknown raises: no branch, vectorises
        sums[s] += weight * fit(lr[s], m);
      }
      if (u < unknown.length) {
        sums[s++] += weight * neutral;
      }
    }
  }

  @Override
  public ExplanationNode explain(int investor, int startup) {
    double v = value(investor, startup);
    if (!counts(investor)) {
      return ExplanationNode.of(v, p.interests.deals(investor) == 0
          ? "no portfolio: not counted" : "no deal amount in the portfolio: not counted");
    }
    double median = p.interests.medianDeal(investor);
    String typical = "the portfolio's median deal " + TicketFit.money(median) + " " + p.base()
        + " (" + p.interests.dealsWithAmount(investor) + " deals with an amount)";
    double raise = p.raise[startup];
    if (Double.isNaN(raise)) {
      return ExplanationNode.of(v, (p.startup(startup).raiseAmount() != null
          ? "no rate for raise currency " + p.startup(startup).raiseCurrency()
          : "startup gives no raise amount") + ": neutral against " + typical);
    }
    double d = p.logRaise[startup] - logMedian[investor];
    String where = raise <= 0 ? "no raise at all against "
        : Math.abs(d) < 0.005 ? "at " : String.format(java.util.Locale.ROOT, "%.2f decades %s ",
            Math.abs(d), d < 0 ? "below" : "above");
    return ExplanationNode.of(v, "raise " + TicketFit.money(raise) + " " + p.base() + " is "
        + where + typical);
  }
}
