package io.matcher.export;

import io.matcher.model.Side;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import io.matcher.plan.EventSchedule;
import io.matcher.plan.ScheduledMeeting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who gets personal files, and under which stem: every investor and startup with at least one
 * meeting, named by {@link SafeFileNames}. A pure function of the schedule, so {@code
 * schedule.json} can list the same names the files are written under.
 *
 * @param investors investor id → stem, by id
 * @param startups startup id → stem, by id
 */
public record PersonFiles(Map<String, String> investors, Map<String, String> startups) {
  public PersonFiles {
    investors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(investors));
    startups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(startups));
  }

  public static PersonFiles of(EventSchedule schedule) {
    TreeMap<String, Investor> inv = new TreeMap<>();
    TreeMap<String, Startup> st = new TreeMap<>();
    for (ScheduledMeeting m : schedule.meetings()) {
      inv.putIfAbsent(m.investor().id(), m.investor());
      st.putIfAbsent(m.startup().id(), m.startup());
    }
    List<Map.Entry<String, String>> i = new ArrayList<>();
    inv.values().forEach(x -> i.add(Map.entry(x.id(), x.name())));
    List<Map.Entry<String, String>> s = new ArrayList<>();
    st.values().forEach(x -> s.add(Map.entry(x.id(), x.name())));
    return new PersonFiles(SafeFileNames.assign(i), SafeFileNames.assign(s));
  }

  /** The stems of one side, id → stem. */
  public Map<String, String> of(Side side) {
    return side == Side.INVESTOR ? investors : startups;
  }

  /** "investors/&lt;stem&gt;.&lt;extension&gt;". */
  public String path(Side side, String id, String extension) {
    String stem = of(side).get(id);
    if (stem == null) {
      throw new IllegalArgumentException("no files for " + side + " " + id);
    }
    return side.folder() + "/" + stem + "." + extension;
  }

  /** Ids of one side in file order. */
  public List<String> ids(Side side) {
    return List.copyOf(new TreeSet<>(of(side).keySet()));
  }

}
