package io.matcher.index;

/** Field names of profile documents. One document per profile; one index per side. */
public final class Fields {
  private Fields() {}

  /** Profile id: indexed term (for updates) and sorted doc values (doc → profile). */
  public static final String ID = "id";
  /** SHA-256 of everything else the document holds: unchanged profiles are not rewritten. */
  public static final String HASH = "hash";
  /** Analysed free text: name, description (startup) or organisation and thesis (investor). */
  public static final String TEXT = "text";
  /** Sector codes with their parents, so a "payments" profile is also found as "fintech". */
  public static final String SECTOR = "sector";
  /** Stage codes: one for a startup, those it invests in for an investor. */
  public static final String STAGE = "stage";
  /** Stage rungs (ordinal on the ladder), as int points and sorted numeric doc values. */
  public static final String STAGE_RUNG = "stage_rung";
  /** Startup raise in the base currency: double point and doc values. */
  public static final String RAISE = "raise";
  /** Investor ticket bounds in the base currency: double points and doc values. */
  public static final String TICKET_MIN = "ticket_min";
  public static final String TICKET_MAX = "ticket_max";
  /** Locations, folded keys ({@link io.matcher.taxonomy.Fold#key}). */
  public static final String LOCATION = "location";
}
