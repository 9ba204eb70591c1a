package io.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Separator and byte-order mark detection, and decimal commas, as Excel writes CSV by region. */
class CsvDialectTest {
  private static final List<String> FIELDS = List.of("id", "name", "ticketMin", "sectors");

  @Test
  void whatWasFoundIsSaidInOneLine() {
    assertThat(CsvDialect.detect("\uFEFFid;name\nI1;A\n").describe("startups.csv"))
        .isEqualTo("startups.csv: separator ';' (detected), UTF-8 with BOM, decimal comma");
    assertThat(CsvDialect.detect("id,name\n").describe("x.csv")).isEqualTo("x.csv: separator ',' (detected), UTF-8");
    assertThat(CsvDialect.detect("id\tname\n").describe("x.csv")).isEqualTo("x.csv: separator tab (detected), UTF-8");
    assertThat(CsvDialect.detect("sep=;\nid,name;x\n").describe("x.csv"))
        .isEqualTo("x.csv: separator ';' (from its sep= line), UTF-8, decimal comma");
  }

  @Test
  void separatorsInsideQuotedHeadersDoNotCount() {
    assertThat(CsvDialect.detect("\"a;b;c\",d,e\n").separator()).isEqualTo(',');
  }

  @Test
  void aSemicolonFileReadsDecimalCommasAndGroupingPoints() {
    Problems p = new Problems();
    String text = "\uFEFFid;name;ticketMin;sectors\r\nI1;\"Quỹ; Sao Mai\";1.500.000;\"fintech; payments\"\r\n"
        + "I2;B;0,5;ai\r\nI3;C;1.500;ai\r\nI4;D;2500000;ai\r\n";
    List<InputRecord> rows = CsvTable.read("x.csv", text, FIELDS, Map.of(), p);
    assertThat(p.all()).isEmpty();
    assertThat(rows).extracting(r -> r.decimal("ticketMin")).containsExactly(
        new BigDecimal("1500000"), new BigDecimal("0.5"), new BigDecimal("1500"), new BigDecimal("2500000"));
    assertThat(rows.get(0).text("name")).isEqualTo("Quỹ; Sao Mai");
    assertThat(rows.get(0).list("sectors")).containsExactly("fintech", "payments");
    assertThat(rows).extracting(InputRecord::where).containsExactly("row 2", "row 3", "row 4", "row 5");
  }

  @Test
  void theSepLineIsNotARow() {
    Problems p = new Problems();
    List<InputRecord> rows = CsvTable.read("x.csv", "sep=;\nid;name\nI1;A\n", FIELDS, Map.of(), p);
    assertThat(p.all()).isEmpty();
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.where()).isEqualTo("row 2");
      assertThat(r.text("name")).isEqualTo("A");
    });
  }

  @Property(tries = 200)
  void anyTableIsReadBackWhateverItsSeparator(
      @ForAll("separators") char separator,
      @ForAll @Size(min = 1, max = 5) List<@StringLength(max = 12) @CharRange(from = ' ', to = 'ỹ') String> names)
      throws Exception {
    List<List<String>> table = new ArrayList<>();
    table.add(List.of("id", "name"));
    for (int i = 0; i < names.size(); i++) {
      table.add(List.of("I" + i, "x" + names.get(i)));
    }
    String text = new CsvMapper().writer(CsvSchema.emptySchema().withColumnSeparator(separator)).writeValueAsString(table);
    assertThat(CsvDialect.detect(text).separator()).isEqualTo(separator);
    Problems p = new Problems();
    List<InputRecord> rows = CsvTable.read("x.csv", "\uFEFF" + text, FIELDS, Map.of(), p);
    assertThat(p.all()).isEmpty();
    assertThat(rows).extracting(r -> r.text("name"))
        .containsExactlyElementsOf(names.stream().map(n -> ("x" + n).strip()).toList());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Character> separators() {
    return net.jqwik.api.Arbitraries.of(',', ';', '\t');
  }

  @Property(tries = 300)
  void decimalCommaNumbersParseToTheirValue(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long cents) {
    BigDecimal value = BigDecimal.valueOf(cents, 2);
    // as a spreadsheet set to Vietnamese shows it: 1.234.567,89
    String vietnamese = String.format(Locale.forLanguageTag("vi-VN"), "%,.2f", value)
        .replace('\u00a0', '.');
    assertThat(Numbers.parse(vietnamese, true)).isEqualByComparingTo(value);
  }
}
