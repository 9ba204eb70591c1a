package io.matcher.model;

import io.matcher.taxonomy.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One past investment of an investor, a row of {@code portfolio.csv}: what the engine derives
 * the investor's sector, stage and location shares, ticket range and text from.
 *
 * @param investorId an investor of the event
 * @param company the company invested in
 * @param sectors taxonomy codes, possibly empty
 * @param stage the round, or null
 * @param location where the company is, as written, or null
 * @param date when, or null
 * @param amount the round's (or the cheque's) size in {@code currency}, or null
 * @param currency ISO 4217 code, or null when no amount is given
 */
public record Investment(String investorId, String company, List<String> sectors, Stage stage,
    String location, LocalDate date, BigDecimal amount, String currency) {
  public Investment {
    Objects.requireNonNull(investorId, "investorId");
    Objects.requireNonNull(company, "company");
    sectors = List.copyOf(sectors);
  }
}
