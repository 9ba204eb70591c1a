package io.matcher.export;

import io.matcher.model.Event;
import java.util.Set;

/**
 * The language whose conventions amounts are written in, decided from the event: Vietnamese
 * when the venue's time zone is Vietnam's ({@code Asia/Ho_Chi_Minh}, or its old name {@code
 * Asia/Saigon}) or the event's base currency is the đồng (VND); English otherwise. Labels are
 * bilingual either way (Vietnamese first); only number formats follow the reader.
 */
public enum ReaderLanguage {
  VIETNAMESE, ENGLISH;

  private static final Set<String> VIETNAM_ZONES = Set.of("Asia/Ho_Chi_Minh", "Asia/Saigon");

  public static ReaderLanguage of(Event e) {
    return VIETNAM_ZONES.contains(e.timezone().getId()) || "VND".equalsIgnoreCase(e.currencyRates().base())
        ? VIETNAMESE : ENGLISH;
  }
}
