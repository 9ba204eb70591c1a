package io.matcher.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matcher.io.EventLoader;
import io.matcher.io.LoadResult;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.InvestorType;
import io.matcher.model.Preference;
import io.matcher.model.PreferenceLevel;
import io.matcher.model.Startup;
import io.matcher.taxonomy.Fold;
import io.matcher.taxonomy.Stage;
import io.matcher.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventGeneratorTest {
  @TempDir static Path tmp;

  static GeneratedEvent haiphong;
  static LoadResult haiphongLoaded;

  @BeforeAll
  static void generateHaiphong() throws Exception {
    haiphong = EventGenerator.generate(GeneratorConfig.preset("haiphong"), 1);
    Path dir = tmp.resolve("haiphong");
    haiphong.write(dir, false);
    haiphongLoaded = EventLoader.load(dir);
  }

  static GeneratorConfig small() {
    return GeneratorConfig.preset("haiphong").withStartups(30).withInvestors(12).withSlots(8)
        .withTables(10);
  }

  @Test
  void haiphongValidatesWithTheExpectedCounts() {
    assertThat(haiphongLoaded.errors()).isEmpty();
    assertThat(haiphongLoaded.warnings()).isEmpty();
    Event e = haiphongLoaded.orThrow();
    assertThat(e.startups()).hasSize(150);
    assertThat(e.investors()).hasSize(45);
    assertThat(e.slots()).hasSize(12);
    assertThat(e.tables()).hasSize(40);
    assertThat(e.session()).isNotNull();
    assertThat(e.rules().minMeetingsPerStartup()).isEqualTo(2);
    assertThat(haiphong.files().keySet())
        .containsExactly("event.json", "investors.json", "portfolio.csv", "preferences.csv",
            "startups.json");
  }

  @Test
  void theModelIsWhatTheLoaderReadsBack() {
    assertThat(haiphongLoaded.orThrow().sameData(haiphong.event())).isTrue();
  }

  @Test
  void aSmallCustomConfigValidatesInJsonAndCsv() throws Exception {
    for (GeneratorConfig.Format f : GeneratorConfig.Format.values()) {
      GeneratedEvent g = EventGenerator.generate(small().withFormat(f), 7);
      Path dir = tmp.resolve("small-" + f);
      g.write(dir, false);
      LoadResult r = EventLoader.load(dir);
      assertThat(r.errors()).isEmpty();
      Event e = r.orThrow();
      assertThat(e.startups()).hasSize(30);
      assertThat(e.investors()).hasSize(12);
      assertThat(e.slots()).hasSize(8);
      assertThat(e.tables()).hasSize(10);
      assertThat(e.sameData(g.event())).isTrue();
      String ext = f == GeneratorConfig.Format.CSV ? ".csv" : ".json";
      assertThat(g.files()).containsKeys("investors" + ext, "startups" + ext);
    }
  }

  @Test
  void nationalValidates() throws Exception {
    GeneratedEvent g = EventGenerator.generate(GeneratorConfig.preset("national"), 3);
    Path dir = tmp.resolve("national");
    g.write(dir, false);
    LoadResult r = EventLoader.load(dir);
    assertThat(r.errors()).isEmpty();
    Event e = r.orThrow();
    assertThat(e.startups()).hasSize(1000);
    assertThat(e.investors()).hasSize(300);
    assertThat(e.slots()).hasSize(16);
    assertThat(e.tables()).hasSize(150);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void severalDaysAreOneSessionOfSeveralDaysWithSlotsOnEachDay() throws Exception {
    GeneratorConfig c = GeneratorConfig.preset("slush").withStartups(60).withInvestors(40)
        .withTables(30);
    GeneratedEvent g = EventGenerator.generate(c, 5);
    Path dir = tmp.resolve("two-days");
    g.write(dir, false);
    LoadResult r = EventLoader.load(dir);
    assertThat(r.errors()).isEmpty();
    Event e = r.orThrow();
    assertThat(e.session().multiDay()).isTrue();
    assertThat(e.session().days()).extracting(io.matcher.model.Session.Day::date)
        .containsExactly(c.firstDate(), c.firstDate().plusDays(1));
    assertThat(g.files().get("event.json"))
        .contains("\"days\"").doesNotContain("\"slots\"");
    assertThat(e.slots()).hasSize(48);
    assertThat(e.slots().stream().map(io.matcher.model.Slot::id).distinct()).hasSize(48);
    assertThat(e.slots().stream().map(s -> s.start().toLocalDate()).distinct())
        .containsExactly(c.firstDate(), c.firstDate().plusDays(1));
    assertThat(e.sameData(g.event())).isTrue();
    // Too many slots for one day spill over to another.
    GeneratedEvent long1 = EventGenerator.generate(small().withSlots(30), 1);
    assertThat(long1.event().slots().stream().map(s -> s.start().toLocalDate()).distinct()).hasSize(2);
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherFiles() {
    GeneratedEvent again = EventGenerator.generate(GeneratorConfig.preset("haiphong"), 1);
    assertThat(again.files()).isEqualTo(haiphong.files());
    GeneratedEvent other = EventGenerator.generate(GeneratorConfig.preset("haiphong"), 2);
    assertThat(other.files().get("investors.json")).isNotEqualTo(haiphong.files().get("investors.json"));
    assertThat(other.files().get("startups.json")).isNotEqualTo(haiphong.files().get("startups.json"));
    assertThat(other.files().get("event.json")).isEqualTo(haiphong.files().get("event.json"));
  }

  @Test
  void stagesAreMostlyPreSeedAndSeed() {
    List<Startup> s = EventGenerator.generate(GeneratorConfig.preset("national"), 11).event().startups();
    Map<Stage, Integer> count = new HashMap<>();
    s.forEach(x -> count.merge(x.stage(), 1, Integer::sum));
    double early = (count.getOrDefault(Stage.PRE_SEED, 0) + count.getOrDefault(Stage.SEED, 0)) / (double) s.size();
    assertThat(early).isBetween(0.55, 0.75);
    assertThat(count.getOrDefault(Stage.SEED, 0)).isGreaterThan(count.getOrDefault(Stage.SERIES_A, 0));
    assertThat(count.getOrDefault(Stage.GROWTH, 0)).isLessThan(count.getOrDefault(Stage.IDEA, 0) + 20);
    assertThat(count).containsKeys(Stage.values());
  }

  @Test
  void sectorPopularityIsSkewed() {
    Event e = EventGenerator.generate(GeneratorConfig.preset("national"), 11).event();
    Taxonomy t = e.taxonomy();
    Map<String, Integer> byFamily = new HashMap<>();
    for (Startup s : e.startups()) {
      assertThat(s.sectors()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
      s.sectors().stream().map(code -> t.selfAndParent(code).get(t.selfAndParent(code).size() - 1))
          .distinct().forEach(f -> byFamily.merge(f, 1, Integer::sum));
    }
    int families = (int) t.sectors().stream().filter(x -> x.parent() == null).count();
    int top = byFamily.values().stream().max(Integer::compare).orElseThrow();
    int total = byFamily.values().stream().mapToInt(Integer::intValue).sum();
    assertThat((double) top / total).isGreaterThan(2.0 / families);
    long children = e.startups().stream().flatMap(s -> s.sectors().stream())
        .filter(code -> t.byCode(code).orElseThrow().parent() != null).count();
    long all = e.startups().stream().mapToLong(s -> s.sectors().size()).sum();
    assertThat((double) children / all).isGreaterThan(0.4);
    for (Investor i : e.investors()) {
      assertThat(i.sectors()).hasSizeBetween(1, 4).doesNotHaveDuplicates();
    }
  }

  @Test
  void investorsSpellSomeSectorsAsLabelsAndTextMentionsThem() {
    Taxonomy t = Taxonomy.builtIn();
    List<Investor> written = haiphong.event().investors();
    String json = haiphong.files().get("investors.json");
    assertThat(json).contains("Công nghệ").containsPattern("\"sectors\" : \\[\\s*[^\\]]*\"[A-ZĐ][^\"]*\"");
    int withMention = 0;
    for (Investor i : written) {
      String thesis = Fold.key(i.thesis());
      boolean mentions = i.sectors().stream().anyMatch(code ->
          t.spellings(code).stream().anyMatch(sp -> thesis.contains(Fold.key(sp))));
      withMention += mentions ? 1 : 0;
    }
    assertThat(withMention).isEqualTo(written.size());
    long described = haiphong.event().startups().stream().filter(s -> {
      String d = Fold.key(s.description());
      return s.sectors().stream().anyMatch(code -> t.spellings(code).stream().anyMatch(sp -> d.contains(Fold.key(sp))));
    }).count();
    assertThat(described).isEqualTo(haiphong.event().startups().size());
    assertThat(haiphong.files().get("startups.json")).containsPattern("[ảạắằẳẵặấầẩẫậđếềểễệốồổỗộớờởỡợứừửữự]");
  }

  @Test
  void ticketsFollowInvestorTypesAndCurrenciesHaveRates() {
    Event e = EventGenerator.generate(GeneratorConfig.preset("national"), 4).event();
    Map<InvestorType, BigDecimal> largest = new HashMap<>();
    Set<String> currencies = new HashSet<>();
    for (Investor i : e.investors()) {
      if (i.ticketMin() == null) {
        continue;
      }
      currencies.add(i.ticketCurrency());
      assertThat(i.ticketMin()).isLessThanOrEqualTo(i.ticketMax());
      BigDecimal usd = e.currencyRates().toBase(i.ticketMax(), i.ticketCurrency()).orElseThrow();
      largest.merge(i.type(), usd, BigDecimal::max);
    }
    assertThat(currencies).contains("VND", "USD");
    assertThat(largest.get(InvestorType.ANGEL)).isLessThan(largest.get(InvestorType.VC));
    assertThat(largest.get(InvestorType.ANGEL)).isLessThanOrEqualTo(new BigDecimal("200000"));
    assertThat(e.investors().stream().filter(i -> i.type() == InvestorType.ANGEL)
        .allMatch(i -> i.stages().isEmpty() || i.stages().get(0).ordinal() <= Stage.PRE_SEED.ordinal())).isTrue();
  }

  @Test
  void unavailableShareIsCloseToTheConfiguredPercent() {
    for (double p : new double[] {10, 30}) {
      Event e = EventGenerator.generate(GeneratorConfig.preset("national").withUnavailablePercent(p), 9).event();
      long off = 0;
      long total = 0;
      for (Startup s : e.startups()) {
        off += s.unavailable().size();
        total += e.slots().size();
        int free = e.slots().size() - s.unavailable().size();
        assertThat(e.minMeetings(s)).isLessThanOrEqualTo(free);
        assertThat(e.minMeetings(s)).isLessThanOrEqualTo(e.maxMeetings(s));
      }
      for (Investor i : e.investors()) {
        off += i.unavailable().size();
        total += e.slots().size();
        assertThat(i.unavailable()).hasSizeLessThan(e.slots().size());
      }
      assertThat(100.0 * off / total).isCloseTo(p, org.assertj.core.data.Offset.offset(p * 0.2));
    }
    Event none = EventGenerator.generate(small().withUnavailablePercent(0), 1).event();
    assertThat(none.startups()).allMatch(s -> s.unavailable().isEmpty());
  }

  @Test
  void someBlocksAreContiguous() {
    Event e = EventGenerator.generate(GeneratorConfig.preset("national"), 9).event();
    List<String> ids = e.slots().stream().map(s -> s.id()).toList();
    long late = e.investors().stream().filter(i -> i.unavailable().size() >= 2
        && i.unavailable().equals(ids.subList(0, i.unavailable().size()))).count();
    long early = e.startups().stream().filter(s -> s.unavailable().size() >= 2
        && s.unavailable().equals(ids.subList(ids.size() - s.unavailable().size(), ids.size()))).count();
    assertThat(late).isPositive();
    assertThat(early).isPositive();
  }

  @Test
  void exclusionsAndPreferencesNeverContradict() {
    Event e = EventGenerator.generate(GeneratorConfig.preset("national"), 21).event();
    Set<String> excluded = new HashSet<>();
    e.investors().forEach(i -> i.exclude().forEach(s -> excluded.add(i.id() + "|" + s)));
    e.startups().forEach(s -> s.exclude().forEach(i -> excluded.add(i + "|" + s.id())));
    long excluding = e.investors().stream().filter(i -> !i.exclude().isEmpty()).count();
    assertThat(excluding).isBetween(2L, 30L);
    Set<String> pairs = new HashSet<>();
    Set<String> investorIds = new HashSet<>();
    e.investors().forEach(i -> investorIds.add(i.id()));
    Map<PreferenceLevel, Integer> levels = new HashMap<>();
    for (Preference p : e.preferences()) {
      boolean fromInvestor = investorIds.contains(p.fromId());
      String pair = fromInvestor ? p.fromId() + "|" + p.toId() : p.toId() + "|" + p.fromId();
      assertThat(pairs.add(pair)).as("one decision per pair %s", pair).isTrue();
      if (p.level() == PreferenceLevel.MUST) {
        assertThat(excluded).doesNotContain(pair);
      }
      levels.merge(p.level(), 1, Integer::sum);
    }
    assertThat(levels).containsKeys(PreferenceLevel.values());
    int people = e.investors().size() + e.startups().size();
    assertThat(e.preferences().size()).isBetween(people / 100, people / 5);
  }

  @Test
  void contactsUseExampleDomainsAndSomeAreShareable() {
    List<Startup> s = haiphong.event().startups();
    assertThat(s).allMatch(x -> x.contact().email() == null || x.contact().email().contains(".example."));
    assertThat(haiphong.event().investors())
        .allMatch(x -> x.contact().email() == null || x.contact().email().contains(".example."));
    assertThat(s).anyMatch(x -> x.contact().shareable()).anyMatch(x -> !x.contact().shareable());
    assertThat(s).allMatch(x -> x.website() == null || x.website().startsWith("https://")
        && x.website().contains(".example."));
  }

  @Test
  void badConfigsAreRejectedWithClearMessages() {
    assertThatThrownBy(() -> GeneratorConfig.preset("davos"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown preset \"davos\"")
        .hasMessageContaining("haiphong, national, slush");
    assertThatThrownBy(() -> small().withStartups(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startups: found -1");
    assertThatThrownBy(() -> small().withUnavailablePercent(95))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unavailable");
    assertThatThrownBy(() -> EventGenerator.generate(small().withSlots(2).withRules(3, 4, 5), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slots");
  }

  @Test
  void oneSlotOneTableOnePersonEachStillValidates() throws Exception {
    GeneratorConfig tiny = small().withStartups(1).withInvestors(1).withSlots(1).withTables(1)
        .withUnavailablePercent(90);
    GeneratedEvent g = EventGenerator.generate(tiny, 3);
    Path dir = tmp.resolve("tiny");
    g.write(dir, false);
    assertThat(EventLoader.load(dir).errors()).isEmpty();
  }
}
