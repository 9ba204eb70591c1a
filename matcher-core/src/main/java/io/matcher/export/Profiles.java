package io.matcher.export;

import io.matcher.model.Investor;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Sector;
import io.matcher.taxonomy.Stage;
import io.matcher.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The one-line profile printed under a counterpart's name: sectors, stage and money, from public
 * fields only (never the thesis or description, which are long and sometimes confidential).
 */
final class Profiles {
  private Profiles() {}

  static String of(Investor i, Taxonomy taxonomy) {
    StringBuilder b = new StringBuilder(sectors(i.sectors(), taxonomy));
    if (!i.stages().isEmpty()) {
      sep(b).append(String.join(", ", i.stages().stream().map(Stage::english).toList()));
    }
    if (i.ticketMin() != null || i.ticketMax() != null) {
      String cur = i.ticketCurrency() == null ? "" : " " + Text.oneLine(i.ticketCurrency());
      String range;
      if (i.ticketMin() != null && i.ticketMax() != null) {
        range = amount(i.ticketMin()) + "–" + amount(i.ticketMax());
      } else if (i.ticketMin() != null) {
        range = "≥ " + amount(i.ticketMin());
      } else {
        range = "≤ " + amount(i.ticketMax());
      }
      sep(b).append("ticket ").append(range).append(cur);
    }
    return b.toString();
  }

  static String of(Startup s, Taxonomy taxonomy) {
    StringBuilder b = new StringBuilder(sectors(s.sectors(), taxonomy));
    if (s.stage() != null) {
      sep(b).append(s.stage().english());
    }
    if (s.raiseAmount() != null) {
      String cur = s.raiseCurrency() == null ? "" : " " + Text.oneLine(s.raiseCurrency());
      sep(b).append("raising ").append(amount(s.raiseAmount())).append(cur);
    }
    return b.toString();
  }

  private static String sectors(List<String> codes, Taxonomy taxonomy) {
    return String.join(", ", codes.stream()
        .map(c -> taxonomy.byCode(c).map((Sector s) -> s.label("en")).orElse(c))
        .map(Text::oneLine)
        .toList());
  }

  private static StringBuilder sep(StringBuilder b) {
    return b.length() == 0 ? b : b.append(" · ");
  }

  /** 1500000 → "1,500,000": fixed symbols so the output does not depend on the machine locale. */
  static String amount(BigDecimal v) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(v);
  }
}
