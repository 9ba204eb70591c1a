package io.matcher.score;

import io.matcher.model.CurrencyRates;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.InvestorType;
import io.matcher.model.Preference;
import io.matcher.model.PreferenceLevel;
import io.matcher.model.Rules;
import io.matcher.model.Startup;
import io.matcher.model.TableMode;
import io.matcher.taxonomy.Stage;
import io.matcher.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builders for test events (the event loader lives in another package). */
public final class Fixtures {
  private Fixtures() {}

  /** The shipped sample events present in this checkout (Techfest, India), loaded, by name in that order. */
  public static Map<String, Event> samples() {
    String root = System.getProperty("matcher.repo.root", "..");
    Map<String, Event> out = new java.util.LinkedHashMap<>();
    for (String name : new String[] {"techfest-haiphong-2025", "india-2015-2020"}) {
      java.nio.file.Path dir = java.nio.file.Path.of(root, "sample-data", name);
      if (java.nio.file.Files.isDirectory(dir)) {
        out.put(name, io.matcher.io.EventLoader.load(dir).orThrow());
      }
    }
    return out;
  }

  public static final CurrencyRates USD_VND =
      new CurrencyRates("USD", Map.of("VND", new BigDecimal("0.00004")));

  public static InvestorBuilder investor(String id) {
    return new InvestorBuilder(id);
  }

  public static StartupBuilder startup(String id) {
    return new StartupBuilder(id);
  }

  public static Preference pref(String from, String to, PreferenceLevel level) {
    return new Preference(from, to, level);
  }

  public static Rules rules(double minScore) {
    return new Rules(0, 8, 12, minScore, TableMode.FIXED);
  }

  public static Event event(List<Investor> investors, List<Startup> startups) {
    return event(investors, startups, List.of(), 0.0);
  }

  public static Event event(List<Investor> investors, List<Startup> startups,
      List<Preference> preferences, double minScore) {
    return new Event("Test event", "Hai Phong", ZoneId.of("Asia/Ho_Chi_Minh"), null, List.of(),
        List.of(), rules(minScore), USD_VND, investors, startups, preferences,
        Taxonomy.builtIn());
  }

  public static final class InvestorBuilder {
    private final String id;
    private String name;
    private List<String> sectors = List.of();
    private List<Stage> stages = List.of();
    private BigDecimal min;
    private BigDecimal max;
    private String currency;
    private List<String> locations = List.of();
    private String thesis;
    private final List<String> exclude = new ArrayList<>();

    InvestorBuilder(String id) {
      this.id = id;
      this.name = "Investor " + id;
    }

    public InvestorBuilder name(String n) {
      name = n;
      return this;
    }

    public InvestorBuilder sectors(String... s) {
      sectors = List.of(s);
      return this;
    }

    public InvestorBuilder stages(Stage... s) {
      stages = List.of(s);
      return this;
    }

    public InvestorBuilder ticket(String min, String max, String currency) {
      this.min = min == null ? null : new BigDecimal(min);
      this.max = max == null ? null : new BigDecimal(max);
      this.currency = currency;
      return this;
    }

    public InvestorBuilder locations(String... l) {
      locations = List.of(l);
      return this;
    }

    public InvestorBuilder thesis(String t) {
      thesis = t;
      return this;
    }

    public InvestorBuilder exclude(String... ids) {
      exclude.addAll(List.of(ids));
      return this;
    }

    public Investor build() {
      return new Investor(id, name, "Org of " + id, InvestorType.VC, sectors, stages, min, max,
          currency, locations, thesis, null, List.of(), exclude, null);
    }
  }

  public static final class StartupBuilder {
    private final String id;
    private String name;
    private List<String> sectors = List.of();
    private Stage stage;
    private BigDecimal raise;
    private String currency;
    private String location;
    private String description;
    private final List<String> exclude = new ArrayList<>();

    StartupBuilder(String id) {
      this.id = id;
      this.name = "Startup " + id;
    }

    public StartupBuilder name(String n) {
      name = n;
      return this;
    }

    public StartupBuilder sectors(String... s) {
      sectors = List.of(s);
      return this;
    }

    public StartupBuilder stage(Stage s) {
      stage = s;
      return this;
    }

    public StartupBuilder raise(String amount, String currency) {
      this.raise = new BigDecimal(amount);
      this.currency = currency;
      return this;
    }

    public StartupBuilder location(String l) {
      location = l;
      return this;
    }

    public StartupBuilder description(String d) {
      description = d;
      return this;
    }

    public StartupBuilder exclude(String... ids) {
      exclude.addAll(List.of(ids));
      return this;
    }

    public Startup build() {
      return new Startup(id, name, sectors, stage, raise, currency, location, description, null,
          null, null, null, List.of(), exclude);
    }
  }
}
