package io.matcher.io;

import io.matcher.model.Investment;
import io.matcher.model.Investor;
import io.matcher.taxonomy.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Binds the optional {@code portfolio.csv} (or {@code portfolio.json}): one past investment per
 * row, {@code investorId,company,sectors,stage,location,date,amount,currency}, of which only the
 * first two are required. Sectors and stages resolve through the taxonomy (unknown ones are
 * errors with suggestions), places through the gazetteer (unknown ones are warnings), and every
 * row must name an investor of the event.
 */
final class PortfolioReader {
  static final String NAME = "portfolio";
  static final List<String> FIELDS = List.of("investorId", "company", "sectors", "stage",
      "location", "date", "amount", "currency");
  static final Map<String, String> CSV_ALIASES = Map.of("investor", "investorId",
      "sector", "sectors", "startup", "company", "round", "stage");

  private final ProfileBinder binder;

  PortfolioReader(ProfileBinder binder) {
    this.binder = binder;
  }

  /** The investment of one record, or null after reporting why it cannot be read. */
  Investment investment(InputRecord r) {
    if (r instanceof JsonRecord) {
      Set<String> known = new LinkedHashSet<>(FIELDS);
      for (String f : r.fieldNames()) {
        if (!known.contains(f)) {
          r.warn(f, "unknown field ignored; known fields: " + String.join(", ", FIELDS));
        }
      }
    }
    String investor = r.text("investorId");
    if (investor == null && !r.present("investorId")) {
      r.error("investorId", "missing, expected the id of the investor who made the investment");
    }
    String company = r.text("company");
    if (company == null && !r.present("company")) {
      r.error("company", "missing, expected the name of the company invested in");
    }
    Set<String> sectors = new LinkedHashSet<>();
    for (String text : r.list("sectors")) {
      String code = binder.sector(r, "sectors", text);
      if (code != null) {
        sectors.add(code);
      }
    }
    String stageText = r.text("stage");
    Stage stage = stageText == null ? null : binder.stage(r, "stage", stageText);
    String location = r.text("location");
    if (location != null) {
      binder.place(r, "location", location);
    }
    LocalDate date = date(r);
    BigDecimal amount = r.decimal("amount");
    if (amount != null && amount.signum() <= 0) {
      r.error("amount", "found " + amount.toPlainString() + ", expected a positive amount");
      amount = null;
    } else if (amount != null && amount.compareTo(ProfileBinder.ABSURD) > 0) {
      r.error("amount", "found " + amount.toPlainString() + ", expected an amount below 10^15 "
          + "(is a digit doubled?)");
      amount = null;
    }
    String currency = ProfileBinder.currency(r, "currency", amount != null);
    if (investor == null || company == null) {
      return null;
    }
    return new Investment(investor, company, List.copyOf(sectors), stage, location, date,
        amount, currency);
  }

  /** An ISO date; a month ({@code 2016-07}) or a year ({@code 2016}) stands for its first day. */
  private static LocalDate date(InputRecord r) {
    String t = r.text("date");
    if (t == null) {
      return null;
    }
    try {
      if (t.matches("\\d{4}")) {
        return LocalDate.of(Integer.parseInt(t), 1, 1);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        return LocalDate.parse(t + "-01");
      }
      return LocalDate.parse(t);
    } catch (java.time.DateTimeException e) {
      r.error("date", "found " + Problems.quote(t) + ", expected a date such as 2016-07-01 "
          + "(or 2016-07, or 2016)");
      return null;
    }
  }

  /** Reports the investments of investors the event does not have, and drops them. */
  static List<Located<Investment>> known(List<Located<Investment>> all,
      List<Located<Investor>> investors, Problems problems) {
    Map<String, String> ids = new TreeMap<>();
    investors.forEach(i -> ids.put(io.matcher.taxonomy.Fold.key(i.value().id()), i.value().id()));
    Set<String> exact = new LinkedHashSet<>();
    investors.forEach(i -> exact.add(i.value().id()));
    List<Located<Investment>> out = new ArrayList<>();
    for (Located<Investment> l : all) {
      String id = l.value().investorId();
      if (exact.contains(id)) {
        out.add(l);
        continue;
      }
      List<String> near = io.matcher.taxonomy.Nearest.codes(id, ids, x -> true, 3);
      problems.error(l.file(), l.where(), "investorId", "unknown investor "
          + Problems.quote(id) + ", expected the id of an investor of the event"
          + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
    }
    return out;
  }
}
