package io.matcher.generate;

import io.matcher.model.TableMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link EventGenerator} produces: counts, the session, the event's rules and the flavour
 * of the text. Start from a {@link #preset(String)} and override with the {@code with...}
 * methods; every value is checked when the record is made ({@link IllegalArgumentException}
 * with a message fit for a user).
 *
 * @param preset the preset this came from ({@code haiphong}, {@code national}, {@code slush}) or
 *     a free label
 * @param name the event's name
 * @param timezone IANA zone of the event
 * @param firstDate the first day of the event
 * @param days over how many days the slots are spread (at least; more when a day would hold
 *     more than {@link #MAX_SLOTS_PER_DAY} slots)
 * @param unavailablePercent the share of each person's slots in which they cannot meet, on
 *     average, in percent (0–90)
 * @param region where the people come from: Vietnamese names, places and VND amounts, or an
 *     international mix
 * @param format how the profiles are written
 */
public record GeneratorConfig(
    String preset,
    String name,
    String venue,
    String timezone,
    LocalDate firstDate,
    int days,
    int startups,
    int investors,
    int slots,
    int tables,
    double unavailablePercent,
    int minMeetingsPerStartup,
    int maxMeetingsPerStartup,
    int maxMeetingsPerInvestor,
    double minScore,
    TableMode tableMode,
    Region region,
    Format format) {

  /** Preset names, in the order they are listed to users. */
  public static final List<String> PRESETS = List.of("haiphong", "national", "slush");

  public static final int MAX_PEOPLE = 100_000;
  public static final int MAX_SLOTS = 500;
  public static final int MAX_TABLES = 100_000;
  public static final int MAX_SLOTS_PER_DAY = 24;

  /** Where the people of the event come from, which sets names, places, currencies and languages. */
  public enum Region {
    /** A Vietnamese event: mostly Vietnamese names and text, VND and USD. */
    VIETNAM,
    /** An international event with a Vietnamese delegation: mostly English, EUR and USD. */
    INTERNATIONAL
  }

  /** The format of {@code investors} and {@code startups}. */
  public enum Format {
    JSON,
    CSV;

    public static Format parse(String text) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(text.trim())) {
          return f;
        }
      }
      throw new IllegalArgumentException("unknown format \"" + text + "\", expected json or csv");
    }
  }

  public GeneratorConfig {
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(tableMode, "tableMode");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(format, "format");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: expected a non-empty event name");
    }
    try {
      ZoneId.of(timezone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("timezone: found \"" + timezone
          + "\", expected an IANA time zone such as Asia/Ho_Chi_Minh");
    }
    range("startups", startups, 1, MAX_PEOPLE);
    range("investors", investors, 1, MAX_PEOPLE);
    range("slots", slots, 1, MAX_SLOTS);
    range("tables", tables, 1, MAX_TABLES);
    range("days", days, 1, 31);
    if (!(unavailablePercent >= 0 && unavailablePercent <= 90)) {
      throw new IllegalArgumentException("unavailable: found " + unavailablePercent
          + ", expected a percentage from 0 to 90");
    }
    range("minMeetingsPerStartup", minMeetingsPerStartup, 0, MAX_SLOTS);
    range("maxMeetingsPerStartup", maxMeetingsPerStartup, 0, MAX_SLOTS);
    range("maxMeetingsPerInvestor", maxMeetingsPerInvestor, 0, MAX_SLOTS);
    if (minMeetingsPerStartup > maxMeetingsPerStartup) {
      throw new IllegalArgumentException("minMeetingsPerStartup " + minMeetingsPerStartup
          + " is above maxMeetingsPerStartup " + maxMeetingsPerStartup + ", expected min ≤ max");
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore: found " + minScore + ", expected 0 to 1");
    }
  }

  private static void range(String what, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(what + ": found " + value + ", expected " + min + " to "
          + max);
    }
  }

  /**
   * A preset:
   *
   * <ul>
   *   <li>{@code haiphong}: a regional afternoon, 150 startups × 45 investors, 12 slots, 40
   *       tables (like the sample event);
   *   <li>{@code national}: 1,000 startups × 300 investors, 16 slots, 150 tables;
   *   <li>{@code slush}: 5,500 startups × 3,300 investors over two days of 24 slots, 400
   *       tables (19,200 seats).
   * </ul>
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static GeneratorConfig preset(String preset) {
    String p = preset == null ? "" : preset.trim().toLowerCase(Locale.ROOT);
    return switch (p) {
      case "haiphong" -> new GeneratorConfig("haiphong",
          "Techfest Hải Phòng 2025 — Phiên kết nối đầu tư (dữ liệu mô phỏng / synthetic)",
          "Trung tâm Hội nghị và Biểu diễn Thành phố Hải Phòng", "Asia/Ho_Chi_Minh",
          LocalDate.of(2025, 10, 10), 1, 150, 45, 12, 40, 10, 2, 4, 10, 0.15,
          TableMode.FIXED, Region.VIETNAM, Format.JSON);
      case "national" -> new GeneratorConfig("national",
          "Techfest Việt Nam 2025 — Kết nối đầu tư quốc gia (dữ liệu mô phỏng / synthetic)",
          "Trung tâm Hội nghị Quốc gia, Hà Nội", "Asia/Ho_Chi_Minh",
          LocalDate.of(2025, 11, 20), 1, 1000, 300, 16, 150, 10, 1, 3, 8, 0.15,
          TableMode.ROTATING, Region.VIETNAM, Format.JSON);
      case "slush" -> new GeneratorConfig("slush",
          "Slush-scale investor meetings 2025 (synthetic)",
          "Messukeskus Helsinki Expo and Convention Centre", "Europe/Helsinki",
          LocalDate.of(2025, 11, 19), 2, 5500, 3300, 48, 400, 10, 1, 3, 12, 0.1,
          TableMode.ROTATING, Region.INTERNATIONAL, Format.JSON);
      default -> throw new IllegalArgumentException("unknown preset \"" + preset
          + "\", expected one of " + String.join(", ", PRESETS));
    };
  }

  public GeneratorConfig withStartups(int n) {
    return new GeneratorConfig(preset, name, venue, timezone, firstDate, days, n, investors,
        slots, tables, unavailablePercent, minMeetingsPerStartup, maxMeetingsPerStartup,
        maxMeetingsPerInvestor, minScore, tableMode, region, format);
  }

  public GeneratorConfig withInvestors(int n) {
    return new GeneratorConfig(preset, name, venue, timezone, firstDate, days, startups, n,
        slots, tables, unavailablePercent, minMeetingsPerStartup, maxMeetingsPerStartup,
        maxMeetingsPerInvestor, minScore, tableMode, region, format);
  }

  /**
   * Another number of slots; the meeting rules are capped by it (a startup cannot be asked for
   * more meetings than there are slots).
   */
  public GeneratorConfig withSlots(int n) {
    range("slots", n, 1, MAX_SLOTS);
    return new GeneratorConfig(preset, name, venue, timezone, firstDate, days, startups,
        investors, n, tables, unavailablePercent, Math.min(minMeetingsPerStartup, n),
        Math.min(maxMeetingsPerStartup, n), Math.min(maxMeetingsPerInvestor, n), minScore,
        tableMode, region, format);
  }

  public GeneratorConfig withTables(int n) {
    return new GeneratorConfig(preset, name, venue, timezone, firstDate, days, startups,
        investors, slots, n, unavailablePercent, minMeetingsPerStartup, maxMeetingsPerStartup,
        maxMeetingsPerInvestor, minScore, tableMode, region, format);
  }

  public GeneratorConfig withUnavailablePercent(double percent) {
    return new GeneratorConfig(preset, name, venue, timezone, firstDate, days, startups,
        investors, slots, tables, percent, minMeetingsPerStartup, maxMeetingsPerStartup,
        maxMeetingsPerInvestor, minScore, tableMode, region, format);
  }

  public GeneratorConfig withRules(int minPerStartup, int maxPerStartup, int maxPerInvestor) {
    return new GeneratorConfig(preset, name, venue, timezone, firstDate, days, startups,
        investors, slots, tables, unavailablePercent, minPerStartup, maxPerStartup,
        maxPerInvestor, minScore, tableMode, region, format);
  }

  public GeneratorConfig withFormat(Format f) {
    return new GeneratorConfig(preset, name, venue, timezone, firstDate, days, startups,
        investors, slots, tables, unavailablePercent, minMeetingsPerStartup,
        maxMeetingsPerStartup, maxMeetingsPerInvestor, minScore, tableMode, region, f);
  }

  /**
   * The days the slots actually span: {@link #days}, more if a day would be too full, fewer
   * when there are fewer slots than days.
   */
  public int effectiveDays() {
    return Math.min(slots, Math.max(days, (slots + MAX_SLOTS_PER_DAY - 1) / MAX_SLOTS_PER_DAY));
  }
}
