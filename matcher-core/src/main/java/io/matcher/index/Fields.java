package io.matcher.index;

/** Field names of profile documents. One document per profile; one index per side. */
public final class Fields {
  private Fields() {}

  /** Profile id: indexed term (for updates) and sorted doc values (doc → profile). */
  public static final String ID = "id";
  /**
   * SHA-256 of everything else the document holds, as sorted doc values: unchanged profiles are
   * not rewritten.
   */
  public static final String HASH = "hash";
  /** Analysed free text: name, description (startup) or organisation and thesis (investor). */
  public static final String TEXT = "text";
  /** Sector codes with their parents, so a "payments" profile is also found as "fintech". */
  public static final String SECTOR = "sector";
}
