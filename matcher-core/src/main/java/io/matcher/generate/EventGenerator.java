package io.matcher.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.matcher.generate.GeneratorConfig.Format;
import io.matcher.generate.GeneratorConfig.Region;
import io.matcher.generate.Vocabulary.Phrase;
import io.matcher.generate.Vocabulary.Place;
import io.matcher.io.EventLoader;
import io.matcher.io.ProfileWriter;
import io.matcher.io.SlotGenerator;
import io.matcher.model.Break;
import io.matcher.model.Contact;
import io.matcher.model.CurrencyRates;
import io.matcher.model.Event;
import io.matcher.model.Investment;
import io.matcher.model.Investor;
import io.matcher.model.InvestorType;
import io.matcher.model.Preference;
import io.matcher.model.PreferenceLevel;
import io.matcher.model.Rules;
import io.matcher.model.Session;
import io.matcher.model.Slot;
import io.matcher.model.Startup;
import io.matcher.model.Table;
import io.matcher.taxonomy.Sector;
import io.matcher.taxonomy.Stage;
import io.matcher.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Generates a realistic, valid event directory for tests, demos and benchmarks: sector
 * popularity skewed like a real festival (Zipf over the taxonomy with a few hot sectors), a
 * stage mix that is mostly pre-seed and seed, tickets by investor type in VND, USD or EUR,
 * bilingual names and text built from the taxonomy's labels and synonyms, unavailable slots in
 * blocks (arriving late, leaving early) and at random, a few exclusions and preferences that
 * never contradict each other.
 *
 * <p>Deterministic: the same configuration and seed give byte-identical files (one {@link
 * java.util.SplittableRandom}, no iteration over hash-ordered collections).
 */
public final class EventGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  /** Value of one unit in USD, the base currency of every generated event. */
  static final Map<String, BigDecimal> RATES = new TreeMap<>(Map.of(
      "VND", new BigDecimal("0.0000394"), "EUR", new BigDecimal("1.08"),
      "SGD", new BigDecimal("0.74")));

  /** Stage mix of startups: idea 8%, pre-seed 30%, seed 35%, series-a 17%, series-b 7%, growth 3%. */
  static final double[] STAGE_MIX = {8, 30, 35, 17, 7, 3};
  private static final double[][] RAISE_USD = {
      {5_000, 50_000}, {50_000, 400_000}, {300_000, 2_000_000}, {2_000_000, 10_000_000},
      {8_000_000, 30_000_000}, {20_000_000, 80_000_000}};
  private static final InvestorType[] TYPES = {InvestorType.VC, InvestorType.ANGEL,
      InvestorType.CVC, InvestorType.ACCELERATOR, InvestorType.FAMILY_OFFICE,
      InvestorType.GOVERNMENT, InvestorType.OTHER};
  private static final double[] TYPE_MIX = {35, 30, 10, 8, 7, 5, 5};

  private EventGenerator() {}

  /** The event of {@code config} for {@code seed}, with the built-in taxonomy. */
  public static GeneratedEvent generate(GeneratorConfig config, long seed) {
    if (config.minMeetingsPerStartup() > config.slots()) {
      throw new IllegalArgumentException("minMeetingsPerStartup " + config.minMeetingsPerStartup()
          + " is above the " + config.slots() + " slots, expected at most one meeting per slot");
    }
    return new Run(config, seed, Taxonomy.builtIn()).run();
  }

  /** One generation: all state of a run, consumed in a fixed order. */
  private static final class Run {
    final GeneratorConfig c;
    final long seed;
    final Rnd rnd;
    final Taxonomy taxonomy;
    final boolean vietnam;
    final List<Place> places;
    final double[] placeWeights;
    final double viText;
    final double viNames;

    final List<String> codes = new ArrayList<>();
    double[] cumulative;
    final Map<String, List<String>> childrenOf = new LinkedHashMap<>();
    final Map<String, Integer> codeIndex = new LinkedHashMap<>();
    double[] codeWeight;

    List<Slot> slots;
    Session session;
    int[][] dayRanges; // [day] -> {from, to}
    List<Table> tables;

    // Per person, during generation.
    final List<StartupDraft> startups = new ArrayList<>();
    final List<InvestorDraft> investors = new ArrayList<>();
    final List<Preference> preferences = new ArrayList<>();

    Run(GeneratorConfig c, long seed, Taxonomy taxonomy) {
      this.c = c;
      this.seed = seed;
      this.rnd = new Rnd(seed);
      this.taxonomy = taxonomy;
      this.vietnam = c.region() == Region.VIETNAM;
      this.places = switch (c.preset()) {
        case "haiphong" -> Vocabulary.HAIPHONG_PLACES;
        default -> vietnam ? Vocabulary.NATIONAL_PLACES : Vocabulary.INTL_PLACES;
      };
      this.placeWeights = places.stream().mapToDouble(Place::weight).toArray();
      this.viText = vietnam ? 0.6 : 0.12;
      this.viNames = vietnam ? 0.9 : 0.15;
    }

    GeneratedEvent run() {
      sectors();
      slots();
      tables();
      for (int i = 0; i < c.startups(); i++) {
        startups.add(startup(i));
      }
      for (int i = 0; i < c.investors(); i++) {
        investors.add(investor(i));
      }
      exclusions();
      preferences();
      return build();
    }

    // ---------------------------------------------------------------- sectors

    /** Zipf weights over the codes: the popularity rank order, then the rest of the taxonomy. */
    void sectors() {
      List<String> ordered = new ArrayList<>();
      for (String code : Vocabulary.POPULARITY) {
        if (taxonomy.byCode(code).isPresent()) {
          ordered.add(code);
        }
      }
      for (Sector s : taxonomy.sectors()) {
        if (!ordered.contains(s.code())) {
          ordered.add(s.code());
        }
      }
      codes.addAll(ordered);
      codeWeight = new double[codes.size()];
      cumulative = new double[codes.size()];
      double sum = 0;
      for (int r = 0; r < codes.size(); r++) {
        String code = codes.get(r);
        codeIndex.put(code, r);
        double w = 1.0 / (r + 1) * boost(code);
        codeWeight[r] = w;
        sum += w;
        cumulative[r] = sum;
      }
      for (Sector s : taxonomy.sectors()) {
        childrenOf.put(s.code(), new ArrayList<>());
      }
      for (Sector s : taxonomy.sectors()) {
        if (s.parent() != null) {
          childrenOf.get(s.parent()).add(s.code());
        }
      }
    }

    /** Local colour: a port city hears more about ports and shipping. */
    double boost(String code) {
      if (!c.preset().equals("haiphong")) {
        return 1;
      }
      return switch (code) {
        case "ports" -> 5;
        case "shipping" -> 4;
        case "smart-manufacturing" -> 2;
        case "aquaculture" -> 1.5;
        default -> 1;
      };
    }

    String family(String code) {
      return taxonomy.byCode(code).map(s -> s.parent() == null ? s.code() : s.parent()).orElse(code);
    }

    String drawCode() {
      return codes.get(rnd.cumulative(cumulative));
    }

    /** A child of {@code code} drawn by popularity, or the code itself when it has none. */
    String drawChild(String code) {
      List<String> kids = childrenOf.getOrDefault(code, List.of());
      if (kids.isEmpty()) {
        return code;
      }
      double[] w = new double[kids.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = codeWeight[codeIndex.get(kids.get(i))];
      }
      return kids.get(rnd.weighted(w));
    }

    /** {@code n} distinct codes: the first by popularity, the others often of its family. */
    List<String> drawSectors(int n, double keepParent) {
      List<String> out = new ArrayList<>();
      int attempts = 0;
      while (out.size() < n && attempts++ < 20) {
        String code;
        if (!out.isEmpty() && rnd.chance(0.5)) {
          String fam = family(out.get(0));
          code = rnd.chance(keepParent) ? fam : drawChild(fam);
        } else {
          code = drawCode();
          if (!rnd.chance(keepParent)) {
            code = drawChild(code);
          }
        }
        if (!out.contains(code)) {
          out.add(code);
        }
      }
      return out;
    }

    /** How a profile writes a sector: the code, a label in either language or a synonym. */
    String spell(String code, double asCode) {
      if (rnd.chance(asCode)) {
        return code;
      }
      Sector s = taxonomy.byCode(code).orElseThrow();
      double x = rnd.unit();
      if (x < 0.45) {
        return s.label("vi");
      } else if (x < 0.8 || s.synonyms().isEmpty()) {
        return s.label("en");
      }
      return rnd.pick(s.synonyms());
    }

    /** A sector as text mentions it: mostly its label in the text's language, else a synonym. */
    String mention(String code, boolean vi) {
      Sector s = taxonomy.byCode(code).orElseThrow();
      if (!s.synonyms().isEmpty() && rnd.chance(0.35)) {
        String synonym = rnd.pick(s.synonyms());
        if (vi || isAscii(synonym)) { // English text does not borrow Vietnamese words
          return synonym;
        }
      }
      String label = s.label(vi ? "vi" : "en");
      return vi ? lowerFirst(label) : label;
    }

    String mentions(List<String> sectorCodes, boolean vi) {
      List<String> words = new ArrayList<>();
      for (String code : sectorCodes) {
        words.add(mention(code, vi));
      }
      return join(words, vi ? " và " : " and ");
    }

    Phrase product(String code) {
      List<Phrase> list = Vocabulary.PRODUCTS.get(code);
      if (list == null) {
        list = Vocabulary.PRODUCTS.get(family(code));
      }
      if (list == null) {
        Sector s = taxonomy.byCode(code).orElseThrow();
        return new Phrase(s.label("en") + " solutions", "giải pháp " + lowerFirst(s.label("vi")));
      }
      return rnd.pick(list);
    }

    // ---------------------------------------------------------------- slots and tables

    void slots() {
      int days = c.effectiveDays();
      int per = c.slots() / days;
      int extra = c.slots() % days;
      dayRanges = new int[days][];
      List<Session.Day> sessionDays = new ArrayList<>();
      Session firstDay = null;
      int first = 0;
      for (int d = 0; d < days; d++) {
        int n = per + (d < extra ? 1 : 0);
        LocalDate date = c.firstDate().plusDays(d);
        Session s = daySession(date, n);
        List<Slot> generated = SlotGenerator.generate(s);
        if (generated.size() != n) {
          throw new IllegalStateException("session " + s + " gives " + generated.size()
              + " slots, expected " + n);
        }
        dayRanges[d] = new int[] {first, first + n};
        first += n;
        sessionDays.add(s.days().get(0));
        firstDay = firstDay == null ? s : firstDay;
      }
      // several days are one session of several days (event.json's "session": {"days": [...]})
      session = Session.ofDays(sessionDays, firstDay.meetingMinutes(), firstDay.changeoverMinutes());
      slots = SlotGenerator.generate(session);
    }

    /**
     * A day of {@code n} meetings of 15 minutes, 5 apart: an afternoon with a coffee break for
     * up to 12, else from 09:00 with an hour's lunch half way.
     */
    static Session daySession(LocalDate date, int n) {
      boolean afternoon = n <= 12;
      LocalTime start = afternoon ? LocalTime.of(13, 30) : LocalTime.of(9, 0);
      int breakMinutes = afternoon ? 20 : 60;
      List<Break> breaks = new ArrayList<>();
      int minutes;
      if (n >= 4) {
        int before = (n + 1) / 2;
        LocalTime bs = start.plusMinutes(before * 20L);
        breaks.add(new Break(bs, bs.plusMinutes(breakMinutes)));
        minutes = n * 20 + breakMinutes;
      } else {
        minutes = n * 20;
      }
      return new Session(date, start, start.plusMinutes(minutes), 15, 5, breaks);
    }

    void tables() {
      int n = c.tables();
      int width = Math.max(2, String.valueOf(n).length());
      int zoneSize = Math.max(12, (n + 7) / 8);
      tables = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        String num = String.format(Locale.ROOT, "%0" + width + "d", i);
        int z = (i - 1) / zoneSize;
        String letter = z < 26 ? String.valueOf((char) ('A' + z)) : String.valueOf(z + 1);
        String zone = vietnam ? "Sảnh " + letter : "Hall " + letter;
        if (vietnam && n >= 24 && i > n - Math.max(2, n / 10)) {
          zone = "Phòng VIP";
        }
        tables.add(new Table("T" + num, (vietnam ? "Bàn " : "Table ") + num, zone));
      }
    }

    /**
     * Unavailable slots: on average {@code unavailablePercent} of the slots, unevenly spread
     * (many people stay all along, some arrive late or leave early, some miss a few slots at
     * random), never more than {@code slots - reserve}.
     */
    List<String> unavailable(int reserve) {
      int t = slots.size();
      double p = c.unavailablePercent() / 100.0;
      double m;
      if (p <= 0.25) {
        double x = rnd.unit();
        m = x < 0.4 ? 0 : x < 0.7 ? 1 : x < 0.9 ? 2 : 3;
      } else {
        m = 0.75 + 0.5 * rnd.unit();
      }
      int k = Math.min(rnd.round(p * t * m), Math.max(0, t - reserve));
      if (k == 0) {
        return List.of();
      }
      boolean[] off = new boolean[t];
      double pattern = rnd.unit();
      int scattered = k;
      if (pattern < 0.65) {
        int block = k >= 3 && rnd.chance(0.4) ? k - 1 : k;
        scattered = k - block;
        int[] day = dayRanges[rnd.below(dayRanges.length)];
        int len = Math.min(block, day[1] - day[0]);
        scattered += block - len;
        boolean late = pattern < 0.35;
        for (int j = 0; j < len; j++) {
          off[late ? day[0] + j : day[1] - 1 - j] = true;
        }
      }
      if (scattered > 0) {
        int[] free = new int[t];
        int nFree = 0;
        for (int j = 0; j < t; j++) {
          if (!off[j]) {
            free[nFree++] = j;
          }
        }
        for (int j = 0; j < scattered && j < nFree; j++) {
          int r = j + rnd.below(nFree - j);
          int tmp = free[j];
          free[j] = free[r];
          free[r] = tmp;
          off[free[j]] = true;
        }
      }
      List<String> out = new ArrayList<>();
      for (int j = 0; j < t; j++) {
        if (off[j]) {
          out.add(slots.get(j).id());
        }
      }
      return out;
    }

    boolean[] offMask(List<String> unavailable) {
      boolean[] off = new boolean[slots.size()];
      int j = 0;
      for (String id : unavailable) {
        while (!slots.get(j).id().equals(id)) {
          j++;
        }
        off[j] = true;
      }
      return off;
    }

    // ---------------------------------------------------------------- people

    Place place() {
      return places.get(rnd.weighted(placeWeights));
    }

    record Person(String given, String family, String display, boolean vietnamese) {}

    Person person() {
      if (rnd.chance(viNames)) {
        String family = rnd.pick(Vocabulary.VI_FAMILY);
        String given = rnd.pick(Vocabulary.VI_GIVEN);
        return new Person(given, family, family + " " + rnd.pick(Vocabulary.VI_MIDDLE) + " " + given, true);
      }
      String given = rnd.pick(Vocabulary.INTL_GIVEN);
      String family = rnd.pick(Vocabulary.INTL_FAMILY);
      return new Person(given, family, given + " " + family, false);
    }

    String phone(Place place, boolean mobile) {
      if (place.phonePrefix().startsWith("+84")) {
        return mobile
            ? "+84 9" + digits(2) + " " + digits(3) + " " + digits(3)
            : place.phonePrefix() + " " + digits(4) + " " + digits(4);
      }
      return place.phonePrefix() + " " + digits(3) + " " + digits(4);
    }

    String digits(int n) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append((char) ('0' + rnd.below(10)));
      }
      return b.toString();
    }

    /** An amount in USD as a round number (two significant digits) in {@code currency}. */
    BigDecimal amount(double usd, String currency) {
      BigDecimal rate = currency.equals("USD") ? BigDecimal.ONE : RATES.get(currency);
      BigDecimal v = BigDecimal.valueOf(usd).divide(rate, MathContext.DECIMAL64)
          .round(new MathContext(2, RoundingMode.HALF_UP));
      v = v.setScale(0, RoundingMode.HALF_UP);
      return new BigDecimal(v.unscaledValue().max(java.math.BigInteger.ONE));
    }

    String currency(double vndShare) {
      if (rnd.chance(vndShare)) {
        return "VND";
      }
      if (vietnam) {
        return rnd.chance(0.03) ? "SGD" : "USD";
      }
      return rnd.chance(0.5) ? "EUR" : "USD";
    }

    // ---------------------------------------------------------------- startups

    final Set<String> startupNames = new HashSet<>();

    StartupDraft startup(int index) {
      String id = id("S", index, c.startups());
      boolean vi = rnd.chance(viText);
      int n = rnd.weighted(new double[] {35, 45, 20}) + 1;
      List<String> sectorCodes = drawSectors(n, 0.4);
      List<String> spelled = new ArrayList<>();
      for (String code : sectorCodes) {
        spelled.add(spell(code, 0.8));
      }
      Stage stage = Stage.values()[rnd.weighted(STAGE_MIX)];
      BigDecimal raise = null;
      String raiseCurrency = null;
      if (rnd.chance(0.95)) {
        double[] r = RAISE_USD[stage.ordinal()];
        raiseCurrency = currency(vietnam ? (stage.ordinal() <= Stage.SEED.ordinal() ? 0.55 : 0.25) : 0.04);
        raise = amount(rnd.logUniform(r[0], r[1]), raiseCurrency);
      }
      Place place = place();
      String name = startupName(sectorCodes, vi, place);
      String domain = slug(name) + (vietnam && (vi || rnd.chance(0.5)) ? ".example.vn" : ".example.com");
      String description = description(name, sectorCodes, stage, vi, place);
      Person founder = person();
      Contact contact = null;
      if (rnd.chance(0.97)) {
        String local = switch (rnd.below(5)) {
          case 0 -> "founder";
          case 1 -> "hello";
          case 2 -> "contact";
          case 3 -> "ceo";
          default -> slug(founder.given());
        };
        String phone = rnd.chance(0.85) ? phone(place, rnd.chance(0.8)) : null;
        contact = new Contact(local + "@" + domain, phone, rnd.chance(0.7));
      }
      String website = rnd.chance(0.9) ? "https://" + domain : null;
      int min = c.minMeetingsPerStartup();
      int max = c.maxMeetingsPerStartup();
      List<String> unavailable = unavailable(Math.max(min, 1));
      int free = slots.size() - unavailable.size();
      Integer ownMax = null;
      Integer ownMin = null;
      int floor = Math.max(min, 1);
      if (max - 1 >= floor && rnd.chance(0.08)) {
        ownMax = rnd.between(floor, max - 1);
      }
      int cap = Math.min(ownMax == null ? max : ownMax, free);
      if (min + 1 <= cap && rnd.chance(0.04)) {
        ownMin = rnd.between(min + 1, Math.min(min + 2, cap));
      }
      return new StartupDraft(id, name, sectorCodes, spelled, stage, raise, raiseCurrency,
          place.name(), description, website, contact, ownMin, ownMax, unavailable,
          new ArrayList<>());
    }

    String startupName(List<String> sectorCodes, boolean vi, Place place) {
      String fam = family(sectorCodes.get(0));
      String[] roots = Vocabulary.ROOTS.getOrDefault(fam, new String[] {"Tech", "Hub", "Link"});
      String name = null;
      for (int attempt = 0; attempt < 8; attempt++) {
        double x = rnd.unit();
        if (vietnam && vi && x < 0.4) {
          name = rnd.pick(Vocabulary.VI_BRAND_WORDS) + rnd.pick(Vocabulary.TAGS);
        } else if (x < 0.75) {
          String[] prefixes = vietnam || rnd.chance(0.12) ? Vocabulary.BRAND_PREFIX : Vocabulary.BRAND_PREFIX_INTL;
          String prefix = rnd.pick(prefixes);
          String root = rnd.pick(roots);
          if (prefix.equals(root)) {
            continue;
          }
          name = prefix + root + rnd.pick(vietnam ? Vocabulary.TAGS : Vocabulary.TAGS_INTL);
        } else {
          name = rnd.pick(roots) + rnd.pick(Vocabulary.ENDINGS)
              + rnd.pick(vietnam ? Vocabulary.TAGS : Vocabulary.TAGS_INTL);
        }
        if (startupNames.add(name)) {
          return name;
        }
      }
      if (name == null) {
        name = roots[0] + "hub";
      }
      String local = name + " " + place.name();
      if (startupNames.add(local)) {
        return local;
      }
      for (int k = 2; ; k++) {
        String numbered = name + " " + k;
        if (startupNames.add(numbered)) {
          return numbered;
        }
      }
    }

    String description(String name, List<String> sectorCodes, Stage stage, boolean vi, Place place) {
      Phrase product = product(sectorCodes.get(0));
      Phrase customer = rnd.pick(Vocabulary.CUSTOMERS);
      Phrase unit = rnd.pick(Vocabulary.UNITS);
      String secs = mentions(sectorCodes, vi);
      String city = place.name();
      int pilots = rnd.between(3, 60);
      String users = number(rnd.between(5, 400) * 100, vi);
      int growth = rnd.between(8, 40);
      StringBuilder b = new StringBuilder();
      if (vi) {
        b.append(switch (rnd.below(4)) {
          case 0 -> name + " phát triển " + product.vi() + " cho " + customer.vi() + ", trong lĩnh vực " + secs + ".";
          case 1 -> name + " cung cấp giải pháp " + product.vi() + " dành cho " + customer.vi() + " (" + secs + ").";
          case 2 -> "Nền tảng " + product.vi() + " giúp " + customer.vi() + " tiết kiệm chi phí; lĩnh vực: " + secs + ".";
          default -> "Ứng dụng " + secs + " để mang " + product.vi() + " đến " + customer.vi() + ".";
        });
        b.append(' ').append(switch (rnd.below(4)) {
          case 0 -> "Đã thí điểm tại " + pilots + " " + unit.vi() + " ở " + city + " với hơn " + users + " người dùng.";
          case 1 -> "Doanh thu tăng " + growth + "% mỗi tháng trong " + rnd.between(3, 12) + " tháng gần nhất.";
          case 2 -> "Đội ngũ " + rnd.between(4, 40) + " người, trụ sở tại " + city + ".";
          default -> "Đang có " + pilots + " khách hàng trả phí là " + unit.vi() + " tại " + city + ".";
        });
        if (rnd.chance(0.6)) {
          b.append(' ').append("Gọi vốn vòng ").append(lowerFirst(stage.vietnamese()))
              .append(rnd.chance(0.5) ? " để mở rộng thị trường." : " để hoàn thiện sản phẩm và bán hàng.");
        }
      } else {
        b.append(switch (rnd.below(4)) {
          case 0 -> name + " builds " + product.en() + " for " + customer.en() + " in " + secs + ".";
          case 1 -> name + " offers " + product.en() + " to " + customer.en() + " (" + secs + ").";
          case 2 -> "A platform for " + product.en() + " that saves " + customer.en() + " time and money; sector: " + secs + ".";
          default -> "Applies " + secs + " to bring " + product.en() + " to " + customer.en() + ".";
        });
        b.append(' ').append(switch (rnd.below(4)) {
          case 0 -> "Piloted with " + pilots + " " + unit.en() + " in " + city + ", over " + users + " users.";
          case 1 -> "Revenue has grown " + growth + "% a month for the last " + rnd.between(3, 12) + " months.";
          case 2 -> "A team of " + rnd.between(4, 40) + " based in " + city + ".";
          default -> pilots + " paying " + unit.en() + " in " + city + " so far.";
        });
        if (rnd.chance(0.6)) {
          b.append(" Raising a ").append(stage.english()).append(" round")
              .append(rnd.chance(0.5) ? " to expand to new markets." : " to finish the product and grow sales.");
        }
      }
      return b.toString();
    }

    // ---------------------------------------------------------------- investors

    InvestorDraft investor(int index) {
      String id = id("I", index, c.investors());
      InvestorType type = TYPES[rnd.weighted(TYPE_MIX)];
      Person person = person();
      boolean vi = person.vietnamese() && rnd.chance(vietnam ? 0.7 : 0.3);
      int n = rnd.weighted(new double[] {20, 35, 30, 15}) + 1;
      List<String> sectorCodes = drawSectors(n, 0.45);
      List<String> spelled = new ArrayList<>();
      for (String code : sectorCodes) {
        spelled.add(spell(code, 0.5));
      }
      List<Stage> stages = stages(type);
      BigDecimal ticketMin = null;
      BigDecimal ticketMax = null;
      String currency = null;
      if (rnd.chance(0.92)) {
        double[] t = ticket(type);
        double vnd = !vietnam ? 0.03 : switch (type) {
          case ANGEL, GOVERNMENT, ACCELERATOR -> 0.55;
          default -> 0.2;
        };
        currency = currency(vnd);
        ticketMin = amount(t[0], currency);
        ticketMax = amount(t[1], currency);
        if (ticketMax.compareTo(ticketMin) < 0) {
          ticketMax = ticketMin;
        }
      }
      Place home = place();
      List<String> locations = new ArrayList<>();
      locations.add(home.name());
      int more = rnd.weighted(new double[] {45, 35, 20});
      for (int k = 0; k < more; k++) {
        String l = place().name();
        if (!locations.contains(l)) {
          locations.add(l);
        }
      }
      String[] org = organisation(type, person, home, vi);
      String thesis = thesis(type, org[0], sectorCodes, stages, vi);
      Contact contact = null;
      if (rnd.chance(0.95)) {
        String local = slug(person.given()) + "." + slug(person.family());
        String domain = org[1] + (vietnam && person.vietnamese() ? ".example.vn" : ".example.com");
        contact = new Contact(local + "@" + domain, rnd.chance(0.8) ? phone(home, true) : null,
            rnd.chance(0.35));
      }
      int max = c.maxMeetingsPerInvestor();
      Integer ownMax = null;
      int lo = Math.max(1, max - Math.max(1, max / 3));
      if (max - 1 >= lo && rnd.chance(0.2)) {
        ownMax = rnd.between(lo, max - 1);
      }
      List<String> unavailable = unavailable(1);
      return new InvestorDraft(id, person.display(), org[0], type, sectorCodes, spelled, stages,
          ticketMin, ticketMax, currency, locations, thesis, ownMax, unavailable, new ArrayList<>(),
          contact);
    }

    List<Stage> stages(InvestorType type) {
      if (rnd.chance(0.03)) {
        return List.of(); // any stage
      }
      int start;
      int len = rnd.between(2, 3);
      switch (type) {
        case ANGEL -> start = rnd.chance(0.25) ? 0 : 1;
        case ACCELERATOR -> start = rnd.chance(0.6) ? 0 : 1;
        case GOVERNMENT -> start = rnd.chance(0.5) ? 0 : 1;
        case VC -> start = new int[] {1, 2, 3}[rnd.weighted(new double[] {25, 60, 15})];
        case CVC -> start = rnd.chance(0.5) ? 2 : 3;
        case FAMILY_OFFICE -> start = new int[] {2, 3, 4}[rnd.weighted(new double[] {20, 40, 40})];
        default -> {
          start = rnd.between(0, 4);
          len = rnd.between(1, 3);
        }
      }
      List<Stage> out = new ArrayList<>();
      Stage[] all = Stage.values();
      for (int k = start; k < Math.min(all.length, start + len); k++) {
        out.add(all[k]);
      }
      return out;
    }

    /** {min, max} in USD by type. */
    double[] ticket(InvestorType type) {
      double[] r = switch (type) {
        case ANGEL -> new double[] {5_000, 30_000, 2, 6};
        case ACCELERATOR -> new double[] {15_000, 50_000, 1.5, 4};
        case VC -> new double[] {100_000, 1_000_000, 3, 10};
        case CVC -> new double[] {250_000, 2_000_000, 3, 8};
        case FAMILY_OFFICE -> new double[] {200_000, 2_000_000, 2, 6};
        case GOVERNMENT -> new double[] {5_000, 40_000, 2, 5};
        default -> new double[] {30_000, 300_000, 2, 6};
      };
      double min = rnd.logUniform(r[0], r[1]);
      return new double[] {min, min * rnd.logUniform(r[2], r[3])};
    }

    /** {display name, domain label}. */
    String[] organisation(InvestorType type, Person person, Place home, boolean vi) {
      boolean local = vietnam && person.vietnamese();
      String brand = local ? rnd.pick(Vocabulary.VI_BRANDS) : rnd.pick(Vocabulary.INTL_BRANDS);
      String b = slug(brand);
      String city = home.name();
      return switch (type) {
        case VC -> switch (rnd.below(4)) {
          case 0 -> local ? new String[] {"Quỹ Đầu tư " + brand, b + "fund"} : new String[] {brand + " Partners", b + "partners"};
          case 1 -> new String[] {brand + " Ventures", b + "ventures"};
          case 2 -> new String[] {brand + " Capital", b + "capital"};
          default -> new String[] {brand + " Partners", b + "partners"};
        };
        case ANGEL -> rnd.chance(0.5)
            ? new String[] {null, slug(person.given()) + slug(person.family())}
            : local && rnd.chance(0.5)
                ? new String[] {"Mạng lưới Nhà đầu tư thiên thần " + brand, b + "angels"}
                : new String[] {brand + " Angels", b + "angels"};
        case CVC -> local && rnd.chance(0.5)
            ? new String[] {"Quỹ đầu tư doanh nghiệp Tập đoàn " + brand, b + "group"}
            : new String[] {brand + " Group Ventures", b + "group"};
        case ACCELERATOR -> local && rnd.chance(0.5)
            ? new String[] {"Vườn ươm Khởi nghiệp " + brand, b + "incubator"}
            : new String[] {brand + " Accelerator", b + "accelerator"};
        case GOVERNMENT -> local || city.startsWith("Hà Nội") || city.startsWith("TP.")
            ? new String[] {"Quỹ Hỗ trợ Khởi nghiệp Đổi mới sáng tạo " + city, "innovationfund" + slug(city)}
            : new String[] {"Innovation Fund " + city, "innovationfund" + slug(city)};
        case FAMILY_OFFICE -> {
          String fam = local ? person.family() : rnd.pick(Vocabulary.FAMILIES_FO);
          yield new String[] {fam + " Family Office", slug(fam) + "family"};
        }
        default -> new String[] {brand + " Holdings", b + "holdings"};
      };
    }

    String thesis(InvestorType type, String org, List<String> sectorCodes, List<Stage> stages, boolean vi) {
      String who = org == null ? (vi ? "Tôi" : "I") : org;
      String secs = mentions(sectorCodes, vi);
      Phrase product = product(rnd.pick(sectorCodes));
      Phrase customer = rnd.pick(Vocabulary.CUSTOMERS);
      Phrase trait = rnd.pick(Vocabulary.TRAITS);
      List<String> st = new ArrayList<>();
      for (Stage s : stages) {
        st.add(vi ? lowerFirst(s.vietnamese()) : s.english());
      }
      String stageText = st.isEmpty() ? (vi ? "mọi giai đoạn" : "any stage") : join(st, vi ? " và " : " and ");
      if (vi) {
        return switch (type) {
          case ANGEL -> "Từng là " + rnd.pick(Vocabulary.ROLES).vi() + ", nay là nhà đầu tư thiên thần. "
              + "Tôi rót những khoản vốn đầu tiên cho nhà sáng lập trong lĩnh vực " + secs
              + ", đặc biệt là " + product.vi() + " cho " + customer.vi() + ".";
          case ACCELERATOR -> "Chương trình tăng tốc của " + who + " nhận các nhóm " + secs
              + " ở giai đoạn " + stageText + ", hỗ trợ vốn, cố vấn và kết nối khách hàng là "
              + customer.vi() + ".";
          case GOVERNMENT -> who + " tài trợ cho dự án đổi mới sáng tạo về " + secs
              + ", ưu tiên giải pháp " + product.vi() + " phục vụ " + customer.vi() + ".";
          default -> who + " đầu tư vào các công ty " + secs + " ở giai đoạn " + stageText
              + ". Chúng tôi tìm kiếm " + product.vi() + " cho " + customer.vi()
              + " và ưu tiên đội ngũ có " + trait.vi() + ".";
        };
      }
      return switch (type) {
        case ANGEL -> "Former " + rnd.pick(Vocabulary.ROLES).en() + " turned angel. I write small first "
            + "cheques into founders in " + secs + ", especially " + product.en() + " for "
            + customer.en() + ".";
        case ACCELERATOR -> "The " + who + " programme takes " + secs + " teams at " + stageText
            + " stage and offers funding, mentors and introductions to " + customer.en() + ".";
        case GOVERNMENT -> who + " gives grants to innovative projects in " + secs
            + ", with priority for " + product.en() + " serving " + customer.en() + ".";
        default -> who + " invests in " + secs + " at " + stageText + " stage. We look for "
            + product.en() + " for " + customer.en() + " and back teams with " + trait.en() + ".";
      };
    }

    // ---------------------------------------------------------------- exclusions, preferences

    final Set<Long> excluded = new HashSet<>();
    final Set<Long> decided = new HashSet<>();
    Map<String, List<Integer>> startupsByFamily;
    Map<String, List<Integer>> investorsByFamily;

    long pair(int investor, int startup) {
      return (long) investor * c.startups() + startup;
    }

    Map<String, List<Integer>> byFamily(List<? extends Draft> drafts) {
      Map<String, List<Integer>> map = new TreeMap<>();
      for (int i = 0; i < drafts.size(); i++) {
        for (String code : drafts.get(i).codes()) {
          List<Integer> l = map.computeIfAbsent(family(code), k -> new ArrayList<>());
          if (l.isEmpty() || l.get(l.size() - 1) != i) {
            l.add(i);
          }
        }
      }
      return map;
    }

    /** A counterpart that shares a sector family most of the time, else anyone. */
    int counterpart(Draft from, Map<String, List<Integer>> byFamily, int count) {
      if (rnd.chance(0.8) && !from.codes().isEmpty()) {
        List<Integer> l = byFamily.get(family(rnd.pick(from.codes())));
        if (l != null && !l.isEmpty()) {
          return rnd.pick(l);
        }
      }
      return rnd.below(count);
    }

    void exclusions() {
      startupsByFamily = byFamily(startups);
      investorsByFamily = byFamily(investors);
      for (int i = 0; i < investors.size(); i++) {
        if (!rnd.chance(0.03)) {
          continue;
        }
        InvestorDraft inv = investors.get(i);
        int n = rnd.between(1, 3);
        for (int k = 0; k < n; k++) {
          int s = counterpart(inv, startupsByFamily, startups.size());
          if (excluded.add(pair(i, s))) {
            inv.exclude().add(startups.get(s).id());
          }
        }
        inv.exclude().sort(null);
      }
      for (int s = 0; s < startups.size(); s++) {
        if (!rnd.chance(0.01)) {
          continue;
        }
        int i = rnd.below(investors.size());
        if (excluded.add(pair(i, s))) {
          startups.get(s).exclude().add(investors.get(i).id());
        }
      }
    }

    void preferences() {
      int[] mustsOfStartup = new int[startups.size()];
      int[] mustsOfInvestor = new int[investors.size()];
      for (int i = 0; i < investors.size(); i++) {
        InvestorDraft inv = investors.get(i);
        boolean must = rnd.chance(0.015);
        boolean no = rnd.chance(0.01);
        int wants = rnd.chance(0.06) ? rnd.between(1, 3) : 0;
        if (must) {
          for (int attempt = 0; attempt < 10; attempt++) {
            int s = counterpart(inv, startupsByFamily, startups.size());
            if (mustOk(i, s, mustsOfInvestor, mustsOfStartup)) {
              add(inv.id(), startups.get(s).id(), PreferenceLevel.MUST, i, s);
              mustsOfInvestor[i]++;
              mustsOfStartup[s]++;
              break;
            }
          }
        }
        wishes(inv, i, true, wants, no);
      }
      for (int s = 0; s < startups.size(); s++) {
        StartupDraft st = startups.get(s);
        boolean must = rnd.chance(0.01);
        boolean no = rnd.chance(0.01);
        int wants = rnd.chance(0.06) ? rnd.between(1, 3) : 0;
        if (must) {
          for (int attempt = 0; attempt < 10; attempt++) {
            int i = counterpart(st, investorsByFamily, investors.size());
            if (mustOk(i, s, mustsOfInvestor, mustsOfStartup)) {
              add(st.id(), investors.get(i).id(), PreferenceLevel.MUST, i, s);
              mustsOfInvestor[i]++;
              mustsOfStartup[s]++;
              break;
            }
          }
        }
        wishes(st, s, false, wants, no);
      }
    }

    void wishes(Draft from, int index, boolean investor, int wants, boolean no) {
      int total = wants + (no ? 1 : 0);
      for (int k = 0; k < total; k++) {
        PreferenceLevel level = k < wants ? PreferenceLevel.WANT : PreferenceLevel.NO;
        for (int attempt = 0; attempt < 5; attempt++) {
          int other = level == PreferenceLevel.NO
              ? rnd.below(investor ? startups.size() : investors.size())
              : counterpart(from, investor ? startupsByFamily : investorsByFamily,
                  investor ? startups.size() : investors.size());
          int i = investor ? index : other;
          int s = investor ? other : index;
          long key = pair(i, s);
          if (!decided.contains(key) && !excluded.contains(key)) {
            add(from.id(), investor ? startups.get(s).id() : investors.get(i).id(), level, i, s);
            break;
          }
        }
      }
    }

    boolean mustOk(int i, int s, int[] mustsOfInvestor, int[] mustsOfStartup) {
      long key = pair(i, s);
      if (decided.contains(key) || excluded.contains(key) || mustsOfStartup[s] >= 1) {
        return false;
      }
      InvestorDraft inv = investors.get(i);
      int max = inv.maxMeetings() != null ? inv.maxMeetings() : c.maxMeetingsPerInvestor();
      if (mustsOfInvestor[i] >= Math.min(2, max)) {
        return false;
      }
      StartupDraft st = startups.get(s);
      int stMax = st.maxMeetings() != null ? st.maxMeetings() : c.maxMeetingsPerStartup();
      if (stMax < 1) {
        return false;
      }
      boolean[] a = offMask(inv.unavailable());
      boolean[] b = offMask(st.unavailable());
      for (int j = 0; j < a.length; j++) {
        if (!a[j] && !b[j]) {
          return true;
        }
      }
      return false;
    }

    void add(String from, String to, PreferenceLevel level, int i, int s) {
      decided.add(pair(i, s));
      preferences.add(new Preference(from, to, level));
    }

    // ---------------------------------------------------------------- output

    GeneratedEvent build() {
      Rules rules = new Rules(c.minMeetingsPerStartup(), c.maxMeetingsPerStartup(),
          c.maxMeetingsPerInvestor(), c.minScore(), c.tableMode());
      CurrencyRates rates = new CurrencyRates("USD", RATES);
      List<Investor> written = new ArrayList<>();
      List<Investor> model = new ArrayList<>();
      for (InvestorDraft d : investors) {
        written.add(d.investor(d.spelled()));
        model.add(d.investor(d.codes()));
      }
      List<Startup> writtenS = new ArrayList<>();
      List<Startup> modelS = new ArrayList<>();
      for (StartupDraft d : startups) {
        writtenS.add(d.startup(d.spelled()));
        modelS.add(d.startup(d.codes()));
      }
      Map<String, String> files = new TreeMap<>();
      files.put("event.json", eventJson(rules));
      if (c.format() == Format.CSV) {
        files.put(EventLoader.INVESTORS + ".csv", ProfileWriter.investorsCsv(written));
        files.put(EventLoader.STARTUPS + ".csv", ProfileWriter.startupsCsv(writtenS));
      } else {
        files.put(EventLoader.INVESTORS + ".json", ProfileWriter.investorsJson(written));
        files.put(EventLoader.STARTUPS + ".json", ProfileWriter.startupsJson(writtenS));
      }
      files.put(EventLoader.PREFERENCES, ProfileWriter.preferencesCsv(preferences));
      List<Investment> portfolio = portfolio();
      files.put(EventLoader.PORTFOLIO + ".csv", ProfileWriter.portfolioCsv(portfolio));
      Event event = new Event(c.name(), c.venue(), ZoneId.of(c.timezone()), session, slots,
          tables, rules, rates, model, modelS, preferences, taxonomy, portfolio,
          io.matcher.geo.Gazetteer.builtIn());
      return new GeneratedEvent(c, seed, new TreeMap<>(files), event);
    }

    /**
     * Past investments: seven investors in ten have 2 to 10, mostly in their own sectors,
     * stages and places, dated 2019–2025, amounts around their tickets. Drawn from a stream of
     * their own, so adding them changed none of the profiles.
     */
    List<Investment> portfolio() {
      Rnd r = new Rnd(seed * 0x9E3779B97F4A7C15L + 0x5EED);
      String[] heads = {"Sao", "Lua", "Viet", "Minh", "An", "Bach", "Song", "Hoa", "Nova",
          "Blue", "Delta", "Lotus", "Mekong", "Tre", "Kite"};
      String[] tails = {"Tech", "Pay", "Farm", "Labs", "Go", "Care", "Learn", "Logistics",
          "AI", "Works", "Hub", "Mart"};
      List<Investment> out = new ArrayList<>();
      for (InvestorDraft d : investors) {
        if (!r.chance(0.7)) {
          continue;
        }
        int n = r.between(2, 10);
        for (int k = 0; k < n; k++) {
          String company = heads[r.below(heads.length)] + tails[r.below(tails.length)] + " "
              + (k + 1);
          List<String> sectors = List.of(!d.codes().isEmpty() && r.chance(0.8)
              ? d.codes().get(r.below(d.codes().size())) : codes.get(r.below(codes.size())));
          Stage stage = !d.stages().isEmpty() && r.chance(0.75)
              ? d.stages().get(r.below(d.stages().size()))
              : Stage.values()[r.below(Stage.values().length)];
          String location = r.chance(0.7) ? d.locations().get(r.below(d.locations().size()))
              : places.get(r.weighted(placeWeights)).name();
          LocalDate date = LocalDate.of(2019, 1, 1).plusDays(r.below(7 * 365));
          BigDecimal amount = null;
          String currency = null;
          if (d.ticketMin() != null && r.chance(0.8)) {
            currency = d.currency();
            amount = d.ticketMin().add(d.ticketMax()).divide(BigDecimal.valueOf(2))
                .multiply(BigDecimal.valueOf(Math.round(r.logUniform(0.5, 2) * 100)))
                .divide(BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.HALF_UP);
          }
          out.add(new Investment(d.id(), company, sectors, stage, location, date, amount,
              currency));
        }
      }
      return out;
    }

    String eventJson(Rules rules) {
      ObjectNode root = NODES.objectNode();
      root.put("name", c.name());
      if (c.venue() != null) {
        root.put("venue", c.venue());
      }
      root.put("timezone", c.timezone());
      if (session != null && session.multiDay()) {
        ObjectNode s = root.putObject("session");
        ArrayNode days = s.putArray("days");
        for (Session.Day day : session.days()) {
          ObjectNode d = days.addObject();
          d.put("date", day.date().toString());
          d.put("start", day.start().toString());
          d.put("end", day.end().toString());
          ArrayNode breaks = d.putArray("breaks");
          for (Break b : day.breaks()) {
            breaks.addObject().put("start", b.start().toString()).put("end", b.end().toString());
          }
        }
        s.put("meetingMinutes", session.meetingMinutes());
        s.put("changeoverMinutes", session.changeoverMinutes());
      } else if (session != null) {
        ObjectNode s = root.putObject("session");
        s.put("date", session.date().toString());
        s.put("start", session.start().toString());
        s.put("end", session.end().toString());
        s.put("meetingMinutes", session.meetingMinutes());
        s.put("changeoverMinutes", session.changeoverMinutes());
        ArrayNode breaks = s.putArray("breaks");
        for (Break b : session.breaks()) {
          breaks.addObject().put("start", b.start().toString()).put("end", b.end().toString());
        }
      } else {
        ArrayNode list = root.putArray("slots");
        for (Slot slot : slots) {
          list.addObject().put("id", slot.id()).put("start", slot.start().toString())
              .put("end", slot.end().toString());
        }
      }
      ArrayNode t = root.putArray("tables");
      for (Table table : tables) {
        t.addObject().put("id", table.id()).put("name", table.name()).put("zone", table.zone());
      }
      ObjectNode r = root.putObject("rules");
      r.put("minMeetingsPerStartup", rules.minMeetingsPerStartup());
      r.put("maxMeetingsPerStartup", rules.maxMeetingsPerStartup());
      r.put("maxMeetingsPerInvestor", rules.maxMeetingsPerInvestor());
      r.put("minScore", BigDecimal.valueOf(rules.minScore()));
      r.put("tableMode", rules.tableMode().code());
      ObjectNode cr = root.putObject("currencyRates");
      cr.put("base", "USD");
      ObjectNode rr = cr.putObject("rates");
      RATES.forEach(rr::put);
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
          .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
          .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      try {
        return JSON.writer(pp).writeValueAsString(root) + "\n";
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  // ---------------------------------------------------------------- drafts

  private interface Draft {
    String id();

    List<String> codes();
  }

  private record StartupDraft(String id, String name, List<String> codes, List<String> spelled,
      Stage stage, BigDecimal raise, String currency, String location, String description,
      String website, Contact contact, Integer minMeetings, Integer maxMeetings,
      List<String> unavailable, List<String> exclude) implements Draft {
    Startup startup(List<String> sectors) {
      List<String> ex = new ArrayList<>(exclude);
      ex.sort(null);
      return new Startup(id, name, sectors, stage, raise, currency, location, description,
          website, contact, minMeetings, maxMeetings, unavailable, ex);
    }
  }

  private record InvestorDraft(String id, String name, String organisation, InvestorType type,
      List<String> codes, List<String> spelled, List<Stage> stages, BigDecimal ticketMin,
      BigDecimal ticketMax, String currency, List<String> locations, String thesis,
      Integer maxMeetings, List<String> unavailable, List<String> exclude, Contact contact)
      implements Draft {
    Investor investor(List<String> sectors) {
      return new Investor(id, name, organisation, type, sectors, stages, ticketMin, ticketMax,
          currency, locations, thesis, maxMeetings, unavailable, exclude, contact);
    }
  }

  // ---------------------------------------------------------------- text helpers

  static String id(String prefix, int index, int count) {
    int width = Math.max(3, String.valueOf(count).length());
    return prefix + String.format(Locale.ROOT, "%0" + width + "d", index + 1);
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");

  /** ASCII letters and digits of {@code text}, lower case, diacritics dropped. */
  static String slug(String text) {
    String s = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    s = NOT_ALNUM.matcher(MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("");
    return s.isEmpty() ? "x" : s;
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  static String lowerFirst(String s) {
    if (s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1)))) {
      return s; // keep acronyms such as "AI"
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  static String join(List<String> words, String lastSeparator) {
    if (words.size() <= 1) {
      return words.isEmpty() ? "" : words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + lastSeparator
        + words.get(words.size() - 1);
  }

  static String number(int n, boolean vi) {
    String s = String.format(Locale.ROOT, "%,d", n);
    return vi ? s.replace(',', '.') : s;
  }
}
