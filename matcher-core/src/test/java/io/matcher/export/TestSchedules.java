package io.matcher.export;

import io.matcher.io.EventLoader;
import io.matcher.io.TestEvents;
import io.matcher.model.Contact;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Slot;
import io.matcher.model.Startup;
import io.matcher.model.Table;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import io.matcher.plan.Shortfall;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deterministic stand-in schedules for export tests (the real planner is built elsewhere): pairs
 * assigned round-robin to slots and tables, respecting availability, exclusions, maxima, one
 * meeting per pair and no double booking.
 */
final class TestSchedules {

  private TestSchedules() {}

  static Event sampleEvent() {
    return EventLoader.load(TestEvents.sample()).orThrow();
  }

  static EventSchedule sample() {
    return roundRobin(sampleEvent());
  }

  static EventSchedule roundRobin(Event e) {
    List<Investor> investors = e.investors().stream().sorted(Comparator.comparing(Investor::id)).toList();
    List<Startup> startups = e.startups().stream().sorted(Comparator.comparing(Startup::id)).toList();
    Map<String, Integer> count = new HashMap<>();
    Set<String> met = new HashSet<>();
    List<ScheduledMeeting> out = new ArrayList<>();
    for (int k = 0; k < e.slots().size(); k++) {
      Slot slot = e.slots().get(k);
      Set<String> busy = new HashSet<>();
      int table = 0;
      for (int a = 0; a < investors.size() && table < e.tables().size(); a++) {
        Investor inv = investors.get((a + k) % investors.size());
        if (inv.unavailable().contains(slot.id()) || count.getOrDefault(inv.id(), 0) >= e.maxMeetings(inv)) {
          continue;
        }
        for (int b = 0; b < startups.size(); b++) {
          Startup st = startups.get((a * 7 + k * 3 + b) % startups.size());
          if (busy.contains(st.id()) || st.unavailable().contains(slot.id())
              || count.getOrDefault(st.id(), 0) >= e.maxMeetings(st)
              || met.contains(inv.id() + "|" + st.id())
              || inv.exclude().contains(st.id()) || st.exclude().contains(inv.id())) {
            continue;
          }
          Table t = e.tables().get(table++);
          busy.add(st.id());
          met.add(inv.id() + "|" + st.id());
          count.merge(inv.id(), 1, Integer::sum);
          count.merge(st.id(), 1, Integer::sum);
          out.add(new ScheduledMeeting(slot, t, inv, st, score(inv, st), why(inv, st)));
          break;
        }
      }
    }
    double total = out.stream().mapToDouble(ScheduledMeeting::score).sum();
    double bound = total * 1.125 + 1;
    List<Shortfall> shortfalls = new ArrayList<>();
    for (Startup st : startups) {
      int got = count.getOrDefault(st.id(), 0);
      if (got < e.minMeetings(st)) {
        shortfalls.add(new Shortfall(st.id(), "minimum", got, e.minMeetings(st),
            "startup " + st.id() + " got " + got + " of its minimum " + e.minMeetings(st)
                + ": the test helper ran out of slots"));
      }
    }
    return new EventSchedule(e, "round-robin-test", out, total, bound, (bound - total) / bound, shortfalls);
  }

  static double score(Investor i, Startup s) {
    return Math.floorMod((i.id() + "|" + s.id()).hashCode(), 1000) / 1000.0;
  }

  static List<String> why(Investor i, Startup s) {
    List<String> w = new ArrayList<>();
    for (String sec : s.sectors()) {
      if (i.sectors().contains(sec)) {
        w.add("sector: " + sec);
      }
    }
    if (s.stage() != null && i.stages().contains(s.stage())) {
      w.add("stage: " + s.stage().code());
    }
    if (w.isEmpty()) {
      w.add("generalist fit");
    }
    return w;
  }

  /**
   * The sample event with a distinctive e-mail and phone planted on every person: private ones
   * ({@code <id>.private@secret.example}) on most, shareable ones ({@code
   * <id>.shared@open.example}) on every third, so leaks can be searched for by string.
   */
  static Event withPlantedContacts(Event e) {
    List<Investor> inv = new ArrayList<>();
    int n = 0;
    for (Investor i : e.investors()) {
      Contact c = contact(i.id(), n++ % 3 == 0);
      inv.add(new Investor(i.id(), i.name(), i.organisation(), i.type(), i.sectors(), i.stages(), i.ticketMin(),
          i.ticketMax(), i.ticketCurrency(), i.locations(), i.thesis(), i.maxMeetings(), i.unavailable(),
          i.exclude(), c));
    }
    List<Startup> st = new ArrayList<>();
    for (Startup s : e.startups()) {
      Contact c = contact(s.id(), n++ % 3 == 0);
      st.add(new Startup(s.id(), s.name(), s.sectors(), s.stage(), s.raiseAmount(), s.raiseCurrency(), s.location(),
          s.description(), s.website(), c, s.minMeetings(), s.maxMeetings(), s.unavailable(), s.exclude()));
    }
    return new Event(e.name(), e.venue(), e.timezone(), e.session(), e.slots(), e.tables(), e.rules(),
        e.currencyRates(), inv, st, e.preferences(), e.taxonomy());
  }

  static Contact contact(String id, boolean shareable) {
    return shareable
        ? new Contact(id.toLowerCase() + ".shared@open.example", "+84-555-" + id + "-S", true)
        : new Contact(id.toLowerCase() + ".private@secret.example", "+84-999-" + id + "-P", false);
  }
}
