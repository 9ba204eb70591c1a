package io.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  private static final List<String> FIELDS = List.of("id", "name", "ticketMin", "sectors", "contact.email");

  private static List<InputRecord> read(String text, Problems p) {
    return CsvTable.read("x.csv", text, FIELDS, Map.of("email", "contact.email"), p);
  }

  @Test
  void spreadsheetExportsAreReadAsTheyAre() {
    Problems p = new Problems();
    String text = "\uFEFFID , Name,TICKET_MIN,Sectors,E-mail\r\n"
        + "I1,\"Quỹ, Sao Mai\",\"1,500,000\",fintech; payments ;,a@b.vn\r\n"
        + "I2,\"Hai\ndòng\",200000,,\r\n"
        + ",,,,\r\n"
        + "I3,\"Có \"\"ngoặc\"\"\",1.500.000,ai,\r\n"
        + "\r\n\r\n";
    List<InputRecord> rows = read(text, p);
    assertThat(p.all()).isEmpty();
    assertThat(rows).extracting(InputRecord::where).containsExactly("row 2", "row 3", "row 5");
    assertThat(rows.get(0).text("name")).isEqualTo("Quỹ, Sao Mai");
    assertThat(rows.get(0).decimal("ticketMin")).isEqualTo(new BigDecimal("1500000"));
    assertThat(rows.get(0).list("sectors")).containsExactly("fintech", "payments");
    assertThat(rows.get(0).object("contact").text("email")).isEqualTo("a@b.vn");
    assertThat(rows.get(1).text("name")).isEqualTo("Hai\ndòng");
    assertThat(rows.get(2).text("name")).isEqualTo("Có \"ngoặc\"");
    assertThat(rows.get(2).decimal("ticketMin")).isEqualTo(new BigDecimal("1500000"));
  }

  @Test
  void unknownColumnsAndStrayCellsAreReportedNotDropped() {
    Problems p = new Problems();
    read("id,name,colour\nI1,A,blue,extra\n", p);
    assertThat(p.all()).extracting(Problem::toString).containsExactly(
        "warning: x.csv row 1, colour: unknown column ignored; known columns: id, name, ticketMin, sectors, contact.email",
        "warning: x.csv row 2: cell 4 \"extra\" lies beyond the header's 3 columns and is ignored");
  }

  @Test
  void wrongTypesNameTheColumnAsWritten() {
    Problems p = new Problems();
    List<InputRecord> rows = read("Id,Ticket Min\nI1,lots\n", p);
    assertThat(rows.get(0).decimal("ticketMin")).isNull();
    assertThat(p.all()).singleElement().hasToString(
        "error: x.csv row 2, Ticket Min: found \"lots\", expected a number such as 1500000");
  }

  @Property(tries = 300)
  void anyTextSurvivesTheCsvWriterAndReader(@ForAll @StringLength(max = 40) String name)
      throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse(name.isBlank());
    String text = com.fasterxml.jackson.dataformat.csv.CsvMapper.builder().build()
        .writer(com.fasterxml.jackson.dataformat.csv.CsvSchema.builder().addColumn("id").addColumn("name")
            .setUseHeader(true).build())
        .writeValueAsString(List.of(List.of("I1", name)));
    Problems p = new Problems();
    List<InputRecord> rows = read(text, p);
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.text("name")).isEqualTo(name.strip()));
  }

  @Property(tries = 300)
  void groupedNumbersParseToTheirValue(@ForAll @LongRange(min = 1000, max = 999_999_999_999L) long n) {
    String english = String.format(java.util.Locale.US, "%,d", n);
    String vietnamese = english.replace(',', '.');
    assertThat(Numbers.parse(english)).isEqualTo(BigDecimal.valueOf(n));
    if (n >= 1_000_000) {
      assertThat(Numbers.parse(vietnamese)).isEqualTo(BigDecimal.valueOf(n));
    }
    assertThat(Numbers.parse(Long.toString(n))).isEqualTo(BigDecimal.valueOf(n));
  }
}
