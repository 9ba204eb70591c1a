package io.matcher.export;

import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Labels;
import io.matcher.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The one-line profile printed under a counterpart's name: sectors, stage and money, from public
 * fields only (never the thesis or description, which are long and sometimes confidential).
 * Sector and stage labels in both languages, Vietnamese first ({@link Labels}); amounts in the
 * reader's convention ({@link ReaderLanguage}): "70 tỷ ₫", "1.500.000 USD" for Vietnamese
 * readers, "70,000,000,000 VND", "1,500,000 USD" for English ones.
 */
final class Profiles {
  private Profiles() {}

  static String of(Investor i, Event e) {
    ReaderLanguage lang = ReaderLanguage.of(e);
    StringBuilder b = new StringBuilder(sectors(i.sectors(), e.taxonomy()));
    if (!i.stages().isEmpty()) {
      sep(b).append(String.join(", ", i.stages().stream().map(Labels::stage).toList()));
    }
    if (i.ticketMin() != null || i.ticketMax() != null) {
      String cur = i.ticketCurrency() == null ? "" : Text.oneLine(i.ticketCurrency());
      String range;
      if (i.ticketMin() != null && i.ticketMax() != null) {
        range = money(i.ticketMin(), cur, lang, false) + "–" + money(i.ticketMax(), cur, lang, true);
      } else if (i.ticketMin() != null) {
        range = "≥ " + money(i.ticketMin(), cur, lang, true);
      } else {
        range = "≤ " + money(i.ticketMax(), cur, lang, true);
      }
      sep(b).append("khoản đầu tư / ticket ").append(range);
    }
    return b.toString();
  }

  static String of(Startup s, Event e) {
    ReaderLanguage lang = ReaderLanguage.of(e);
    StringBuilder b = new StringBuilder(sectors(s.sectors(), e.taxonomy()));
    if (s.stage() != null) {
      sep(b).append(Labels.stage(s.stage()));
    }
    if (s.raiseAmount() != null) {
      String cur = s.raiseCurrency() == null ? "" : Text.oneLine(s.raiseCurrency());
      sep(b).append("gọi vốn / raising ").append(money(s.raiseAmount(), cur, lang, true));
    }
    return b.toString();
  }

  private static String sectors(List<String> codes, Taxonomy taxonomy) {
    return String.join(", ", codes.stream().map(c -> Labels.sector(taxonomy, c)).map(Text::oneLine).toList());
  }

  private static StringBuilder sep(StringBuilder b) {
    return b.length() == 0 ? b : b.append(" · ");
  }

  /**
   * An amount with its currency as the reader writes it. Vietnamese: "." groups thousands and
   * "," marks decimals; đồng amounts are short when exact to one decimal of their unit ("70 tỷ ₫",
   * "1,5 tỷ ₫", "350 triệu ₫"), else in full ("70.123.456 ₫"). English: "70,000,000,000 VND".
   * {@code withCurrency} false leaves the currency off (the first end of a range).
   */
  static String money(BigDecimal v, String currency, ReaderLanguage lang, boolean withCurrency) {
    boolean dong = currency.equalsIgnoreCase("VND");
    if (lang == ReaderLanguage.VIETNAMESE) {
      String unit = dong ? "₫" : currency;
      BigDecimal billion = BigDecimal.valueOf(1_000_000_000L);
      BigDecimal million = BigDecimal.valueOf(1_000_000L);
      String text;
      if (dong && v.abs().compareTo(billion) >= 0 && short1(v, billion)) {
        text = grouped(v.divide(billion), '.', ',') + " tỷ";
      } else if (dong && v.abs().compareTo(million) >= 0 && short1(v, million)) {
        text = grouped(v.divide(million), '.', ',') + " triệu";
      } else {
        text = grouped(v, '.', ',');
      }
      return withCurrency && !unit.isEmpty() ? text + " " + unit : text;
    }
    String text = grouped(v, ',', '.');
    return withCurrency && !currency.isEmpty() ? text + " " + currency : text;
  }

  /** Whether {@code v / unit} has at most one decimal. */
  private static boolean short1(BigDecimal v, BigDecimal unit) {
    return v.divide(unit).stripTrailingZeros().scale() <= 1;
  }

  /** 1500000.5 → "1,500,000.5" (or with the Vietnamese symbols): fixed, not the machine's locale. */
  static String grouped(BigDecimal v, char grouping, char decimal) {
    DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.ROOT);
    sym.setGroupingSeparator(grouping);
    sym.setDecimalSeparator(decimal);
    return new DecimalFormat("#,##0.##", sym).format(v);
  }
}
