package io.matcher.io;

import io.matcher.model.CurrencyRates;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Preference;
import io.matcher.model.PreferenceLevel;
import io.matcher.model.Rules;
import io.matcher.model.Slot;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks that need more than one record: unique ids across both sides, references to slots
 * and people, currencies against the rates, meeting counts against availability, and the
 * warnings about what is allowed but suspicious.
 */
final class EventChecks {
  private final EventFileReader.Settings settings;
  private final Problems problems;

  EventChecks(EventFileReader.Settings settings, Problems problems) {
    this.settings = settings;
    this.problems = problems;
  }

  void check(
      List<Located<Investor>> investors,
      List<Located<Startup>> startups,
      List<Located<Preference>> preferences) {
    Map<String, Located<?>> ids = new LinkedHashMap<>();
    uniqueIds(investors, ids);
    uniqueIds(startups, ids);
    Set<String> investorIds = new HashSet<>();
    investors.forEach(i -> investorIds.add(i.value().id()));
    Set<String> startupIds = new HashSet<>();
    startups.forEach(s -> startupIds.add(s.value().id()));
    Set<String> slotIds = new HashSet<>();
    settings.slots().forEach(s -> slotIds.add(s.id()));

    for (Located<Investor> l : investors) {
      Investor i = l.value();
      slots(l, i.unavailable(), slotIds);
      references(l, "exclude", i.exclude(), startupIds, investorIds, "startup");
      currency(l, "ticketCurrency", i.ticketCurrency());
      int max = i.maxMeetings() != null ? i.maxMeetings() : settings.rules().maxMeetingsPerInvestor();
      if (max == 0) {
        l.warn(problems, "maxMeetings", "investor " + i.id() + " may have no meeting at all (maximum 0)");
      }
      if (i.sectors().isEmpty()) {
        l.warn(problems, "sectors", "investor " + i.id() + " names no sector; it is treated as a "
            + "generalist and sector fit will not tell its matches apart");
      }
    }
    Rules rules = settings.rules();
    for (Located<Startup> l : startups) {
      Startup s = l.value();
      slots(l, s.unavailable(), slotIds);
      references(l, "exclude", s.exclude(), investorIds, startupIds, "investor");
      currency(l, "raiseCurrency", s.raiseCurrency());
      int min = s.minMeetings() != null ? s.minMeetings() : rules.minMeetingsPerStartup();
      int max = s.maxMeetings() != null ? s.maxMeetings() : rules.maxMeetingsPerStartup();
      int free = (settings.slots().size() - (int) s.unavailable().stream().filter(slotIds::contains).count())
          * Event.seats(s);   // a team with several seats holds several meetings per slot
      boolean rulesConsistent = rules.minMeetingsPerStartup() <= rules.maxMeetingsPerStartup();
      if (min > max && rulesConsistent && (s.minMeetings() == null || s.maxMeetings() == null)) {
        l.error(problems, s.minMeetings() != null ? "minMeetings" : "maxMeetings", "minimum " + min
            + " is above maximum " + max + " (with the event's rules filling in), expected min ≤ max");
      }
      if (min > free) {
        l.error(problems, s.minMeetings() != null ? "minMeetings" : "unavailable", "startup "
            + s.id() + " needs at least " + min + " meetings but is available in only " + free
            + " of " + settings.slots().size() + " slots, expected a minimum its availability can hold");
      }
      if (s.sectors().isEmpty()) {
        l.warn(problems, "sectors", "startup " + s.id() + " names no sector; sector fit will be 0 for it");
      }
    }
    singleCurrency(investors, startups);
    stageCoverage(investors, startups);
    preferences(preferences, investorIds, startupIds, investors, startups);
    capacity(investors, startups);
  }

  private void uniqueIds(List<? extends Located<?>> list, Map<String, Located<?>> ids) {
    for (Located<?> l : list) {
      String id = l.value() instanceof Investor i ? i.id() : ((Startup) l.value()).id();
      Located<?> first = ids.putIfAbsent(id, l);
      if (first != null) {
        problems.error(l.file(), l.where(), "id", "duplicate id " + Problems.quote(id)
            + ", already used in " + first.file() + " " + first.where()
            + "; expected ids unique across investors and startups");
      }
    }
  }

  private void slots(Located<?> l, List<String> unavailable, Set<String> slotIds) {
    for (String id : unavailable) {
      if (!slotIds.contains(id)) {
        l.error(problems, "unavailable", "unknown slot " + Problems.quote(id) + ", expected one of "
            + slotList());
      }
    }
  }

  private String slotList() {
    List<Slot> slots = settings.slots();
    if (slots.isEmpty()) {
      return "the slots of event.json (there are none)";
    }
    return slots.size() <= 12
        ? String.join(", ", slots.stream().map(Slot::id).toList())
        : slots.get(0).id() + " … " + slots.get(slots.size() - 1).id();
  }

  private void references(
      Located<?> l, String field, List<String> ids, Set<String> other, Set<String> same, String kind) {
    for (String id : ids) {
      if (same.contains(id)) {
        l.error(problems, field, Problems.quote(id) + " is on the same side, expected a " + kind + " id");
      } else if (!other.contains(id)) {
        l.error(problems, field, "unknown " + kind + " " + Problems.quote(id) + ", expected the id of "
            + (kind.startsWith("i") ? "an " : "a ") + kind + " of this event");
      }
    }
  }

  private void currency(Located<?> l, String field, String currency) {
    if (currency == null) {
      return;
    }
    CurrencyRates rates = settings.rates();
    if (rates != null && !rates.knows(currency)) {
      l.error(problems, field, "currency " + currency + " has no rate, expected one of "
          + String.join(", ", known(rates)) + " or a rate for " + currency
          + " in event.json currencyRates.rates");
    }
  }

  private static List<String> known(CurrencyRates rates) {
    List<String> k = new ArrayList<>();
    k.add(rates.base());
    k.addAll(rates.rates().keySet());
    return k;
  }

  private void stageCoverage(List<Located<Investor>> investors, List<Located<Startup>> startups) {
    EnumSet<Stage> covered = EnumSet.noneOf(Stage.class);
    boolean anyOpen = false;
    for (Located<Investor> l : investors) {
      covered.addAll(l.value().stages());
      anyOpen |= l.value().stages().isEmpty();
    }
    if (anyOpen || investors.isEmpty()) {
      return; // an investor with no stage list looks at every stage
    }
    for (Located<Startup> l : startups) {
      Stage st = l.value().stage();
      if (st != null && !covered.contains(st)) {
        l.warn(problems, "stage", "no investor of this event invests at stage " + st.code()
            + "; stage fit will be low for every pair of startup " + l.value().id());
      }
    }
  }

  private void preferences(
      List<Located<Preference>> preferences,
      Set<String> investorIds,
      Set<String> startupIds,
      List<Located<Investor>> investors,
      List<Located<Startup>> startups) {
    Map<String, Set<String>> excluded = new LinkedHashMap<>();
    investors.forEach(l -> excluded.put(l.value().id(), new HashSet<>(l.value().exclude())));
    startups.forEach(l -> l.value().exclude().forEach(
        inv -> excluded.computeIfAbsent(inv, k -> new HashSet<>()).add(l.value().id())));
    Map<String, Located<Preference>> byPair = new LinkedHashMap<>();
    for (Located<Preference> l : preferences) {
      Preference p = l.value();
      boolean fromInvestor = investorIds.contains(p.fromId());
      boolean fromStartup = startupIds.contains(p.fromId());
      boolean ok = true;
      if (!fromInvestor && !fromStartup) {
        l.error(problems, "fromId", "unknown id " + Problems.quote(p.fromId())
            + ", expected an investor or startup id");
        ok = false;
      }
      if (!investorIds.contains(p.toId()) && !startupIds.contains(p.toId())) {
        l.error(problems, "toId", "unknown id " + Problems.quote(p.toId())
            + ", expected an investor or startup id");
        ok = false;
      } else if ((fromInvestor && investorIds.contains(p.toId()))
          || (fromStartup && startupIds.contains(p.toId()))) {
        l.error(problems, "toId", Problems.quote(p.toId()) + " is on the same side as "
            + Problems.quote(p.fromId()) + ", expected a counterpart of the other side");
        ok = false;
      }
      if (!ok) {
        continue;
      }
      String inv = fromInvestor ? p.fromId() : p.toId();
      String st = fromInvestor ? p.toId() : p.fromId();
      if (p.level() == PreferenceLevel.MUST && excluded.getOrDefault(inv, Set.of()).contains(st)) {
        l.error(problems, "level", "must-meet for " + inv + " and " + st
            + ", but the pair is excluded in a profile; expected no must on an excluded pair");
      }
      String pair = inv + "\u0000" + st;
      Located<Preference> first = byPair.putIfAbsent(pair, l);
      if (first != null) {
        PreferenceLevel a = first.value().level();
        PreferenceLevel b = p.level();
        if ((a == PreferenceLevel.NO) != (b == PreferenceLevel.NO)) {
          l.error(problems, "level", "pair " + inv + "–" + st + " is " + b.code() + " here but "
              + a.code() + " at " + first.where() + ", expected one decision per pair");
        } else if (a == b) {
          l.warn(problems, "level", "pair " + inv + "–" + st + " repeats " + first.where()
              + "; counted once");
        }
      }
    }
  }

  /** Warns when the tables cannot seat the meetings people can take in a slot. */
  private void capacity(List<Located<Investor>> investors, List<Located<Startup>> startups) {
    int slots = settings.slots().size();
    int tables = settings.tables().size();
    if (slots == 0 || tables == 0 || investors.isEmpty() || startups.isEmpty()) {
      return;
    }
    Rules rules = settings.rules();
    long investorCapacity = 0;
    for (Located<Investor> l : investors) {
      Investor i = l.value();
      int max = i.maxMeetings() != null ? i.maxMeetings() : rules.maxMeetingsPerInvestor();
      investorCapacity += Math.min(max, (long) (slots - i.unavailable().size()) * Event.seats(i));
    }
    long startupCapacity = 0;
    long minimums = 0;
    for (Located<Startup> l : startups) {
      Startup s = l.value();
      int max = s.maxMeetings() != null ? s.maxMeetings() : rules.maxMeetingsPerStartup();
      startupCapacity += Math.min(max, (long) (slots - s.unavailable().size()) * Event.seats(s));
      minimums += s.minMeetings() != null ? s.minMeetings() : rules.minMeetingsPerStartup();
    }
    long seats = (long) tables * slots;
    long wanted = Math.min(investorCapacity, startupCapacity);
    if (wanted > seats) {
      problems.warn(EventFileReader.FILE, "$", "tables", tables + " tables × " + slots
          + " slots seat " + seats + " meetings, fewer than the " + wanted
          + " that people could take (about " + (wanted + slots - 1) / slots
          + " per slot); the plan will be capped by tables");
    }
    if (minimums > Math.min(seats, investorCapacity)) {
      problems.warn(EventFileReader.FILE, "$", "rules", "startup minimums add up to " + minimums
          + " meetings but only " + Math.min(seats, investorCapacity)
          + " can be held (tables and investors' maximums); some minimums cannot be met");
    }
  }

  /**
   * The rates to use: those of event.json, else the one currency all amounts are in (USD when
   * none is given). Several currencies without rates are reported by {@link #check}.
   */
  static CurrencyRates effectiveRates(
      EventFileReader.Settings settings,
      List<Located<Investor>> investors,
      List<Located<Startup>> startups) {
    if (settings.rates() != null) {
      return settings.rates();
    }
    Set<String> used = new TreeSet<>();
    investors.forEach(l -> addIfPresent(used, l.value().ticketCurrency()));
    startups.forEach(l -> addIfPresent(used, l.value().raiseCurrency()));
    return CurrencyRates.only(used.isEmpty() ? "USD" : used.iterator().next());
  }

  private static void addIfPresent(Set<String> set, String v) {
    if (v != null) {
      set.add(v);
    }
  }

  /** Without rates, every amount must be in one currency. */
  void singleCurrency(List<Located<Investor>> investors, List<Located<Startup>> startups) {
    if (settings.rates() != null) {
      return;
    }
    CurrencyRates rates = effectiveRates(settings, investors, startups);
    for (Located<Investor> l : investors) {
      mismatch(l, "ticketCurrency", l.value().ticketCurrency(), rates.base());
    }
    for (Located<Startup> l : startups) {
      mismatch(l, "raiseCurrency", l.value().raiseCurrency(), rates.base());
    }
  }

  private void mismatch(Located<?> l, String field, String currency, String base) {
    if (currency != null && !currency.equals(base)) {
      l.error(problems, field, "currency " + currency + " has no rate: amounts are in "
          + base + " and " + currency + ", expected \"currencyRates\": {\"base\": \"" + base
          + "\", \"rates\": {\"" + currency + "\": ...}} in event.json");
    }
  }
}
