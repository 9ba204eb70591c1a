package io.matcher.model;

import java.util.Optional;

/** What kind of investor a profile describes. */
public enum InvestorType {
  VC("vc"),
  ANGEL("angel"),
  CVC("cvc"),
  ACCELERATOR("accelerator"),
  GOVERNMENT("government"),
  FAMILY_OFFICE("family-office"),
  OTHER("other");

  private final String code;

  InvestorType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The type whose code matches, ignoring case and treating '_' and ' ' as '-'. */
  public static Optional<InvestorType> parse(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
    for (InvestorType v : values()) {
      if (v.code.equals(t)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
