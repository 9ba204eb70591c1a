package io.matcher.model;

/**
 * The organiser's rules for the session. Per-person values in the profiles override the
 * meeting counts given here.
 *
 * @param minMeetingsPerStartup default minimum meetings a startup should get
 * @param maxMeetingsPerStartup default maximum meetings of a startup
 * @param maxMeetingsPerInvestor default maximum meetings of an investor
 * @param minScore pairs scoring below it are not planned, in [0, 1]
 * @param tableMode how tables are given out
 * @param minMeetingsPerInvestor default minimum meetings an investor should get
 * @param fairness weight of the diminishing-returns bonus (a person's k-th meeting adds fairness / k to the
 *     objective); 0 plans for score alone
 * @param maxConsecutiveMeetings after this many meetings in a row a person gets a free slot (both sides;
 *     slots are in a row when they follow each other on the same day with no pause longer than the
 *     changeover); 0 = no limit
 * @param maxMeetingsPerDay most meetings per person per calendar date of the slot start; 0 = no limit
 */
public record Rules(
    int minMeetingsPerStartup,
    int maxMeetingsPerStartup,
    int maxMeetingsPerInvestor,
    double minScore,
    TableMode tableMode,
    int minMeetingsPerInvestor,
    double fairness,
    int maxConsecutiveMeetings,
    int maxMeetingsPerDay) {

  public Rules {
    if (maxConsecutiveMeetings < 0 || maxMeetingsPerDay < 0) {
      throw new IllegalArgumentException("maxConsecutiveMeetings and maxMeetingsPerDay must be >= 0 (0 = no limit)");
    }
  }

  /** Rules without pacing limits (no cap on meetings in a row or per day). */
  public Rules(int minMeetingsPerStartup, int maxMeetingsPerStartup, int maxMeetingsPerInvestor,
      double minScore, TableMode tableMode, int minMeetingsPerInvestor, double fairness) {
    this(minMeetingsPerStartup, maxMeetingsPerStartup, maxMeetingsPerInvestor, minScore, tableMode,
        minMeetingsPerInvestor, fairness, 0, 0);
  }

  /**
   * The default of {@code rules.fairness}, chosen from measurements on the haiphong, national and slush
   * presets (docs/planner.md): nobody at zero where the flow allows it, at ≥ 97 % of the pure-score total.
   */
  public static final double DEFAULT_FAIRNESS = 0.3;

  /** Rules without investor minimums, with the default fairness. */
  public Rules(int minMeetingsPerStartup, int maxMeetingsPerStartup, int maxMeetingsPerInvestor,
      double minScore, TableMode tableMode) {
    this(minMeetingsPerStartup, maxMeetingsPerStartup, maxMeetingsPerInvestor, minScore, tableMode, 0,
        DEFAULT_FAIRNESS);
  }
}
