package io.matcher.geo;

import java.util.Locale;
import java.util.Optional;

/** How large a place is, from the widest to the narrowest. */
public enum PlaceLevel {
  REGION("region"),
  COUNTRY("country"),
  PROVINCE("province"),
  CITY("city");

  private final String code;

  PlaceLevel(String code) {
    this.code = code;
  }

  /** The spelling in the gazetteer file and in explanations. */
  public String code() {
    return code;
  }

  /** {@code region}, {@code country}, {@code province} (also {@code state}), {@code city}. */
  public static Optional<PlaceLevel> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("state")) {
      return Optional.of(PROVINCE);
    }
    for (PlaceLevel l : values()) {
      if (l.code.equals(t)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
