package io.matcher.model;

import io.matcher.geo.Gazetteer;
import io.matcher.taxonomy.Taxonomy;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One investment-connection session, validated: the single model every later stage reads.
 *
 * @param timezone the zone in which slot times are local
 * @param session the window the slots were generated from, or null when slots were listed
 * @param slots in time order
 * @param currencyRates conversion to one base currency
 * @param taxonomy the built-in vocabulary, extended by the event's own {@code taxonomy.json}
 * @param locks meetings the organiser fixed before planning ({@code locks.csv}), checked against the rules
 * @param portfolio the investors' past investments ({@code portfolio.csv}), possibly empty
 * @param gazetteer the built-in places, extended by the event's own {@code gazetteer.json}
 */
public record Event(
    String name,
    String venue,
    ZoneId timezone,
    Session session,
    List<Slot> slots,
    List<Table> tables,
    Rules rules,
    CurrencyRates currencyRates,
    List<Investor> investors,
    List<Startup> startups,
    List<Preference> preferences,
    Taxonomy taxonomy,
    List<Lock> locks,
    List<Investment> portfolio,
    Gazetteer gazetteer) {

  /** An event without locks and portfolio, with the built-in gazetteer. */
  public Event(String name, String venue, ZoneId timezone, Session session, List<Slot> slots,
      List<Table> tables, Rules rules, CurrencyRates currencyRates, List<Investor> investors,
      List<Startup> startups, List<Preference> preferences, Taxonomy taxonomy) {
    this(name, venue, timezone, session, slots, tables, rules, currencyRates, investors, startups,
        preferences, taxonomy, List.of(), List.of(), Gazetteer.builtIn());
  }

  /** An event without portfolio, with the built-in gazetteer. */
  public Event(String name, String venue, ZoneId timezone, Session session, List<Slot> slots,
      List<Table> tables, Rules rules, CurrencyRates currencyRates, List<Investor> investors,
      List<Startup> startups, List<Preference> preferences, Taxonomy taxonomy, List<Lock> locks) {
    this(name, venue, timezone, session, slots, tables, rules, currencyRates, investors, startups,
        preferences, taxonomy, locks, List.of(), Gazetteer.builtIn());
  }

  /** An event without locks. */
  public Event(String name, String venue, ZoneId timezone, Session session, List<Slot> slots,
      List<Table> tables, Rules rules, CurrencyRates currencyRates, List<Investor> investors,
      List<Startup> startups, List<Preference> preferences, Taxonomy taxonomy,
      List<Investment> portfolio, Gazetteer gazetteer) {
    this(name, venue, timezone, session, slots, tables, rules, currencyRates, investors,
        startups, preferences, taxonomy, List.of(), portfolio, gazetteer);
  }

  public Event {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(currencyRates, "currencyRates");
    Objects.requireNonNull(taxonomy, "taxonomy");
    slots = List.copyOf(slots);
    tables = List.copyOf(tables);
    investors = List.copyOf(investors);
    startups = List.copyOf(startups);
    preferences = List.copyOf(preferences);
    locks = locks == null ? List.of() : List.copyOf(locks);
    portfolio = portfolio == null ? List.of() : List.copyOf(portfolio);
    gazetteer = gazetteer == null ? Gazetteer.builtIn() : gazetteer;
  }

  /** The same event with another portfolio. */
  public Event withPortfolio(List<Investment> investments) {
    return new Event(name, venue, timezone, session, slots, tables, rules, currencyRates,
        investors, startups, preferences, taxonomy, locks, investments, gazetteer);
  }

  public Optional<Investor> investor(String id) {
    return investors.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public Optional<Startup> startup(String id) {
    return startups.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The investor's own maximum, else the event rule. */
  public int maxMeetings(Investor investor) {
    return investor.maxMeetings() != null ? investor.maxMeetings() : rules.maxMeetingsPerInvestor();
  }

  /** The startup's own maximum, else the event rule. */
  public int maxMeetings(Startup startup) {
    return startup.maxMeetings() != null ? startup.maxMeetings() : rules.maxMeetingsPerStartup();
  }

  /** The startup's own minimum, else the event rule. */
  public int minMeetings(Startup startup) {
    return startup.minMeetings() != null ? startup.minMeetings() : rules.minMeetingsPerStartup();
  }

  /** The investor's own minimum, else the event rule. */
  public int minMeetings(Investor investor) {
    return investor.minMeetings() != null ? investor.minMeetings() : rules.minMeetingsPerInvestor();
  }

  /** Meetings the investor can hold in one slot (1 unless its profile says {@code seats}). */
  public static int seats(Investor investor) {
    return investor.seats() != null ? investor.seats() : 1;
  }

  /** Meetings the startup can hold in one slot (1 unless its profile says {@code seats}). */
  public static int seats(Startup startup) {
    return startup.seats() != null ? startup.seats() : 1;
  }

  /** Whether two events hold the same data; taxonomies compare by their sectors. */
  public boolean sameData(Event other) {
    return equals(new Event(other.name, other.venue, other.timezone, other.session, other.slots,
        other.tables, other.rules, other.currencyRates, other.investors, other.startups,
        other.preferences, taxonomy, other.locks, other.portfolio, gazetteer));
  }
}
