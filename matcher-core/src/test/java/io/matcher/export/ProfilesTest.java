package io.matcher.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.matcher.model.Event;
import io.matcher.model.CurrencyRates;
import io.matcher.taxonomy.Labels;
import io.matcher.taxonomy.Stage;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Amounts in the reader's convention; labels in both languages, Vietnamese first. */
class ProfilesTest {
  private static String vi(String amount, String currency) {
    return Profiles.money(new BigDecimal(amount), currency, ReaderLanguage.VIETNAMESE, true);
  }

  private static String en(String amount, String currency) {
    return Profiles.money(new BigDecimal(amount), currency, ReaderLanguage.ENGLISH, true);
  }

  @Test
  void vietnameseReadersGetDotGroupsAndShortDong() {
    assertThat(vi("70000000000", "VND")).isEqualTo("70 tỷ ₫");
    assertThat(vi("1500000000", "VND")).isEqualTo("1,5 tỷ ₫");
    assertThat(vi("350000000", "VND")).isEqualTo("350 triệu ₫");
    assertThat(vi("70123456789", "VND")).isEqualTo("70.123.456.789 ₫");
    assertThat(vi("1500000", "USD")).isEqualTo("1.500.000 USD");
    assertThat(vi("2500.5", "EUR")).isEqualTo("2.500,5 EUR");
  }

  @Test
  void englishReadersGetCommaGroupsAndTheCurrencyCode() {
    assertThat(en("70000000000", "VND")).isEqualTo("70,000,000,000 VND");
    assertThat(en("1500000", "USD")).isEqualTo("1,500,000 USD");
    assertThat(en("2500.5", "EUR")).isEqualTo("2,500.5 EUR");
  }

  @Test
  void theReaderIsVietnameseForAnEventInVietnamOrInDong() {
    Event e = ExportFixtures.SAMPLE.event();
    assertThat(ReaderLanguage.of(e)).isEqualTo(ReaderLanguage.VIETNAMESE);
    Event helsinki = new Event(e.name(), e.venue(), ZoneId.of("Europe/Helsinki"), e.session(), e.slots(), e.tables(),
        e.rules(), CurrencyRates.only("EUR"), e.investors(), e.startups(), e.preferences(), e.taxonomy());
    assertThat(ReaderLanguage.of(helsinki)).isEqualTo(ReaderLanguage.ENGLISH);
    Event dong = new Event(e.name(), e.venue(), ZoneId.of("Europe/Helsinki"), e.session(), e.slots(), e.tables(),
        e.rules(), CurrencyRates.only("VND"), e.investors(), e.startups(), e.preferences(), e.taxonomy());
    assertThat(ReaderLanguage.of(dong)).isEqualTo(ReaderLanguage.VIETNAMESE);
  }

  @Test
  void labelsAreBilingualVietnameseFirst() {
    Event e = ExportFixtures.SAMPLE.event();
    assertThat(Labels.sector(e.taxonomy(), "payments")).isEqualTo("Thanh toán / Payments");
    assertThat(Labels.stage(Stage.SEED)).isEqualTo("Hạt giống / Seed");
    assertThat(Labels.both("Edtech", "EdTech")).isEqualTo("Edtech");
    // the agendas carry them
    String agenda = ExportFixtures.text(ExportFixtures.SAMPLE_FILES, "investors/nguyen-thi-thu-ha-I001.html");
    assertThat(agenda).contains("gọi vốn / raising").containsPattern("(Hạt giống / Seed|Vòng A / Series A|Tiền hạt giống / Pre-seed)");
    assertThat(agenda).doesNotContainPattern("\\d{1,3}(,\\d{3}){2,} VND");
    String startup = ExportFixtures.SAMPLE_FILES.keySet().stream()
        .filter(p -> p.startsWith("startups/") && p.endsWith(".html")).findFirst().orElseThrow();
    assertThat(ExportFixtures.text(ExportFixtures.SAMPLE_FILES, startup)).contains("khoản đầu tư / ticket")
        .doesNotContainPattern("\\d{1,3}(,\\d{3}){2,} (USD|VND)");
  }
}
