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
 */
public record Rules(
    int minMeetingsPerStartup,
    int maxMeetingsPerStartup,
    int maxMeetingsPerInvestor,
    double minScore,
    TableMode tableMode) {}
