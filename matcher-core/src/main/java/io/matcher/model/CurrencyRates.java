package io.matcher.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Conversion of amounts to one base currency.
 *
 * @param base ISO 4217 code of the base currency
 * @param rates value of one unit of each other currency in the base currency
 */
public record CurrencyRates(String base, Map<String, BigDecimal> rates) {
  public CurrencyRates {
    Objects.requireNonNull(base, "base");
    rates = Collections.unmodifiableMap(new TreeMap<>(rates));
  }

  /** Rates for a single currency: only amounts in {@code base} are known. */
  public static CurrencyRates only(String base) {
    return new CurrencyRates(base, Map.of());
  }

  public boolean knows(String currency) {
    return base.equals(currency) || rates.containsKey(currency);
  }

  /** {@code amount} in the base currency, or empty when the currency has no rate. */
  public Optional<BigDecimal> toBase(BigDecimal amount, String currency) {
    if (base.equals(currency)) {
      return Optional.of(amount);
    }
    BigDecimal rate = rates.get(currency);
    return rate == null ? Optional.empty() : Optional.of(amount.multiply(rate, MathContext.DECIMAL64));
  }
}
