package io.matcher.io;

import io.matcher.geo.Gazetteer;
import io.matcher.model.Contact;
import io.matcher.model.InterestWeights;
import io.matcher.model.Investor;
import io.matcher.model.InvestorType;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Sector;
import io.matcher.taxonomy.Stage;
import io.matcher.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binds investor and startup profiles from {@link InputRecord}s, whatever the file format:
 * resolves sectors and stages through the taxonomy, checks each field on its own (types, ranges,
 * e-mail), and reports unknown fields. Checks that need other records (duplicate ids,
 * references) are {@link EventChecks}'.
 */
final class ProfileBinder {
  static final List<String> INVESTOR_FIELDS = List.of("id", "name", "organisation", "type",
      "sectors", "stages", "ticketMin", "ticketMax", "ticketCurrency", "locations", "thesis",
      "maxMeetings", "unavailable", "exclude", "contact.email", "contact.phone",
      "contact.shareable", "minMeetings", "seats");
  static final List<String> STARTUP_FIELDS = List.of("id", "name", "sectors", "stage",
      "raiseAmount", "raiseCurrency", "location", "description", "website", "contact.email",
      "contact.phone", "contact.shareable", "minMeetings", "maxMeetings", "unavailable",
      "exclude", "seats");
  /** Spreadsheet headers that mean a canonical field. */
  static final Map<String, String> CSV_ALIASES = Map.of(
      "email", "contact.email",
      "phone", "contact.phone",
      "shareable", "contact.shareable",
      "organization", "organisation",
      "sector", "sectors",
      "stages of interest", "stages",
      "location", "location");

  /** Above this an amount is taken for a typing error, in any currency (10^15 VND ≈ 40 bn USD). */
  static final BigDecimal ABSURD = new BigDecimal("1e15");
  /** Most meetings one person can be given: far above any day's slots, below any overflow. */
  static final int MAX_COUNT = 10_000;
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-]{6,24}");
  private static final Set<String> CONTACT_KEYS = Set.of("email", "phone", "shareable");

  private final Taxonomy taxonomy;
  private final Gazetteer gazetteer;
  private final Map<String, String> placeWarnings = new java.util.HashMap<>();

  ProfileBinder(Taxonomy taxonomy) {
    this(taxonomy, Gazetteer.builtIn());
  }

  ProfileBinder(Taxonomy taxonomy, Gazetteer gazetteer) {
    this.taxonomy = taxonomy;
    this.gazetteer = gazetteer;
  }

  Investor investor(InputRecord r) {
    reportUnknown(r, INVESTOR_FIELDS);
    String id = id(r);
    String name = required(r, "name");
    InvestorType type = InvestorType.OTHER;
    String typeText = r.text("type");
    if (typeText != null) {
      Optional<InvestorType> t = InvestorType.parse(typeText);
      if (t.isEmpty()) {
        r.error("type", "found " + Problems.quote(typeText) + ", expected one of "
            + String.join(", ", Arrays.stream(InvestorType.values()).map(InvestorType::code).toList()));
      } else {
        type = t.get();
      }
    }
    Map<String, BigDecimal> sectorWeights = new LinkedHashMap<>();
    List<String> sectors = sectors(r, sectorWeights);
    List<Stage> stages = new ArrayList<>();
    Map<Stage, BigDecimal> stageWeights = new LinkedHashMap<>();
    for (WeightedEntry e : r.weightedList("stages")) {
      Stage s = stage(r, e.field(), e.name());
      if (s != null && !stages.contains(s)) {
        stages.add(s);
        if (e.weight() != null) {
          stageWeights.put(s, e.weight());
        }
      } else if (s != null) {
        repeated(r, e);
      }
    }
    BigDecimal min = amount(r, "ticketMin");
    BigDecimal max = amount(r, "ticketMax");
    if (min != null && max != null && min.compareTo(max) > 0) {
      r.error("ticketMin", "found " + min.toPlainString() + " above ticketMax "
          + max.toPlainString() + ", expected ticketMin ≤ ticketMax");
    }
    String currency = currency(r, "ticketCurrency", min != null || max != null);
    Integer maxMeetings = count(r, "maxMeetings");
    Integer minMeetings = count(r, "minMeetings");
    if (minMeetings != null && maxMeetings != null && minMeetings > maxMeetings) {
      r.error("minMeetings", "found " + minMeetings + " above maxMeetings " + maxMeetings
          + ", expected minMeetings ≤ maxMeetings");
    }
    Integer investorSeats = seats(r);
    String organisation = r.text("organisation");
    List<String> locations = new ArrayList<>();
    Map<String, BigDecimal> locationWeights = new LinkedHashMap<>();
    for (WeightedEntry e : r.weightedList("locations")) {
      if (locations.contains(e.name())) {
        repeated(r, e);
        continue;
      }
      locations.add(e.name());
      if (e.weight() != null) {
        locationWeights.put(e.name(), e.weight());
      }
      place(r, e.field(), e.name());
    }
    String thesis = r.text("thesis");
    List<String> unavailable = distinct(r, "unavailable");
    List<String> exclude = distinct(r, "exclude");
    Contact contact = contact(r);
    if (id == null || name == null) {
      return null; // every field was still checked, so that all problems are reported at once
    }
    return new Investor(id, name, organisation, type, sectors, stages, min, max, currency,
        locations, thesis, maxMeetings, unavailable, exclude, contact, minMeetings, investorSeats,
        new InterestWeights(sectorWeights, stageWeights, locationWeights));
  }

  Startup startup(InputRecord r) {
    reportUnknown(r, STARTUP_FIELDS);
    String id = id(r);
    String name = required(r, "name");
    List<String> sectors = sectors(r, new LinkedHashMap<>());
    String stageText = r.text("stage");
    Stage stage = stageText == null ? null : stage(r, "stage", stageText);
    BigDecimal raise = amount(r, "raiseAmount");
    String currency = currency(r, "raiseCurrency", raise != null);
    Integer min = count(r, "minMeetings");
    Integer max = count(r, "maxMeetings");
    if (min != null && max != null && min > max) {
      r.error("minMeetings", "found " + min + " above maxMeetings " + max
          + ", expected minMeetings ≤ maxMeetings");
    }
    Integer startupSeats = seats(r);
    String website = r.text("website");
    if (website != null && (website.contains(" ") || !website.contains("."))) {
      r.error("website", "found " + Problems.quote(website)
          + ", expected a web address such as https://example.vn");
    }
    String location = r.text("location");
    if (location != null) {
      place(r, "location", location);
    }
    String description = r.text("description");
    List<String> unavailable = distinct(r, "unavailable");
    List<String> exclude = distinct(r, "exclude");
    Contact contact = contact(r);
    if (id == null || name == null) {
      return null; // every field was still checked, so that all problems are reported at once
    }
    return new Startup(id, name, sectors, stage, raise, currency, location, description,
        website, contact, min, max, unavailable, exclude, startupSeats);
  }

  private static void reportUnknown(InputRecord r, List<String> fields) {
    if (!(r instanceof JsonRecord)) {
      return; // CsvTable reported unknown columns once, at the header
    }
    Set<String> top = new LinkedHashSet<>();
    fields.forEach(f -> top.add(f.contains(".") ? f.substring(0, f.indexOf('.')) : f));
    for (String f : r.fieldNames()) {
      if (!top.contains(f)) {
        r.warn(f, "unknown field ignored; known fields: " + String.join(", ", top));
      }
    }
    if (r.fieldNames().contains("contact")) {
      InputRecord c = r.object("contact");
      for (String f : c.fieldNames()) {
        if (!CONTACT_KEYS.contains(f)) {
          r.warn("contact." + f, "unknown field ignored; known fields: email, phone, shareable");
        }
      }
    }
  }

  private static String id(InputRecord r) {
    if (!r.present("id")) {
      r.error("id", "missing or empty, expected a non-empty id");
      return null;
    }
    String id = r.id("id"); // null after reporting a wrong type or an invisible character
    if (id != null && id.contains(";")) {
      r.error("id", "found " + Problems.quote(id) + ", expected an id without ';' (it separates list items)");
      return null;
    }
    return id;
  }

  private static String required(InputRecord r, String field) {
    if (!r.present(field)) {
      r.error(field, "missing or empty, expected a non-empty " + field);
      return null;
    }
    return r.text(field); // null after reporting a wrong type
  }

  /** The sector codes of the list; the weights written with them go to {@code weights}. */
  private List<String> sectors(InputRecord r, Map<String, BigDecimal> weights) {
    Set<String> codes = new LinkedHashSet<>();
    for (WeightedEntry e : r.weightedList("sectors")) {
      String code = sector(r, e.field(), e.name());
      if (code != null && codes.add(code)) {
        if (e.weight() != null) {
          weights.put(code, e.weight());
        }
      } else if (code != null) {
        repeated(r, e);
      }
    }
    return List.copyOf(codes);
  }

  /** The code of a sector spelling, or null after reporting it unknown with suggestions. */
  String sector(InputRecord r, String field, String text) {
    Optional<Sector> s = taxonomy.sector(text);
    if (s.isPresent()) {
      return s.get().code();
    }
    List<String> near = taxonomy.suggestSectors(text);
    r.error(field, "unknown sector " + Problems.quote(text) + ", expected a sector code, "
        + "label or synonym of the taxonomy" + (near.isEmpty() ? "" : "; did you mean "
        + String.join(", ", near.stream().map(this::describeSector).toList()) + "?"));
    return null;
  }

  /**
   * A place the gazetteer does not know is a warning with suggestions, never an error. Each
   * distinct spelling is looked up once (thousands of profiles share a few places).
   */
  void place(InputRecord r, String field, String text) {
    String warning = placeWarnings.computeIfAbsent(text, t -> {
      if (gazetteer.resolve(t).isPresent()) {
        return "";
      }
      List<String> near = gazetteer.suggest(t);
      return "unknown place " + Problems.quote(t) + "; it matches only the same "
          + "spelling (add it to gazetteer.json to place it)"
          + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?");
    });
    if (!warning.isEmpty()) {
      r.warn(field, warning);
    }
  }

  private static void repeated(InputRecord r, WeightedEntry e) {
    r.warn(e.field(), Problems.quote(e.name()) + " is listed twice; counted once"
        + (e.weight() == null ? "" : ", with its first weight"));
  }

  private String describeSector(String code) {
    Sector s = taxonomy.byCode(code).orElseThrow();
    return code + " (" + s.label("en") + " / " + s.label("vi") + ")";
  }

  Stage stage(InputRecord r, String field, String text) {
    Optional<Stage> s = taxonomy.stage(text);
    if (s.isEmpty()) {
      List<String> near = taxonomy.suggestStages(text);
      r.error(field, "unknown stage " + Problems.quote(text) + ", expected one of idea, pre-seed, "
          + "seed, series-a, series-b, growth (or a Vietnamese/English spelling)"
          + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
      return null;
    }
    return s.get();
  }

  private static BigDecimal amount(InputRecord r, String field) {
    BigDecimal d = r.number(field, "a positive amount below 10^15");
    if (d == null) {
      return null;
    }
    if (d.signum() <= 0) {
      r.error(field, "found " + Numbers.show(d) + ", expected a positive amount");
      return null;
    }
    if (d.compareTo(ABSURD) > 0) {
      r.error(field, "found " + Numbers.show(d) + ", expected an amount below 10^15 "
          + "(is a digit doubled?)");
      return null;
    }
    return d;
  }

  static String currency(InputRecord r, String field, boolean needed) {
    String c = r.text(field);
    if (c == null) {
      if (needed) {
        r.error(field, "missing, expected an ISO 4217 currency code such as USD or VND for the amount");
      }
      return null;
    }
    String code = c.toUpperCase(java.util.Locale.ROOT);
    try {
      Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      r.error(field, "found " + Problems.quote(c) + ", expected an ISO 4217 currency code such as USD or VND");
      return null;
    }
    return code;
  }

  private static Integer count(InputRecord r, String field) {
    return r.integer(field, 0, MAX_COUNT);
  }

  /** {@code seats}: meetings the person can hold in one slot, 1 or more (null = 1). */
  private static Integer seats(InputRecord r) {
    Integer n = r.integer("seats");
    if (n != null && (n < 1 || n > 20)) {
      r.error("seats", "found " + n + ", expected 1 to 20 (people the team sends to hold meetings at once)");
      return null;
    }
    return n;
  }

  /** A list of ids; a repeated id is reported and kept once. */
  private static List<String> distinct(InputRecord r, String field) {
    Set<String> out = new LinkedHashSet<>();
    for (String id : r.ids(field)) {
      if (!out.add(id)) {
        r.warn(field, Problems.quote(id) + " is listed twice; counted once");
      }
    }
    return List.copyOf(out);
  }

  private static Contact contact(InputRecord r) {
    InputRecord c = r.object("contact");
    String email = c.text("email");
    if (email != null && !EMAIL.matcher(email).matches()) {
      c.error("email", "found " + Problems.quote(email) + ", expected an e-mail address such as name@example.vn");
      email = null;
    }
    String phone = c.text("phone");
    if (phone != null && !PHONE.matcher(phone).matches()) {
      c.error("phone", "found " + Problems.quote(phone) + ", expected a phone number such as +84 912 345 678");
      phone = null;
    }
    Boolean shareable = c.bool("shareable");
    if (email == null && phone == null && shareable == null) {
      return Contact.NONE;
    }
    return new Contact(email, phone, Boolean.TRUE.equals(shareable));
  }
}
