package io.matcher.model;

/** How tables are given out over the session. */
public enum TableMode {
  /** Each investor keeps one table for the session and startups walk (what investors expect). */
  FIXED("fixed"),
  /** Any free table per slot. */
  ROTATING("rotating");

  private final String code;

  TableMode(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
