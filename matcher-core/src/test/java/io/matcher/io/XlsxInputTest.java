package io.matcher.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles in .xlsx: what is read, where problems are, and files that are not workbooks. */
class XlsxInputTest {
  @TempDir Path tmp;

  private static byte[] book(XlsxWriter.Sheet... sheets) {
    return XlsxWriter.write(List.of(sheets), Instant.EPOCH);
  }

  private static XlsxWriter.Sheet sheet(String name, List<String> header, List<List<Object>> rows) {
    return new XlsxWriter.Sheet(name, header.stream().map(h -> new XlsxWriter.Column(h, 12, null)).toList(), rows);
  }

  private Path event(String... files) {
    return TestEvents.write(tmp.resolve("e"), files);
  }

  private static List<String> messages(LoadResult r) {
    return r.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void vietnameseHeadersInAWorkbookWithATitleRow() throws IOException {
    Path dir = event("event.json", TestEvents.EVENT_JSON);
    List<List<Object>> investors = new ArrayList<>();
    investors.add(Arrays.asList("Danh sách nhà đầu tư", null, null, null, null, null));
    investors.add(Arrays.asList("Mã", "Họ và tên", "Lĩnh vực", "Giai đoạn", "Mức đầu tư tối thiểu", "Tiền tệ"));
    investors.add(Arrays.asList("I1", "Quỹ Sao Mai", "fintech", "seed", 100000, "USD"));
    List<List<Object>> startups = List.of(
        Arrays.asList("Mã", "Tên", "Lĩnh vực", "Giai đoạn", "Số vốn gọi", "Tiền tệ", "Mô tả", "Địa điểm"),
        Arrays.asList("S1", "PayHP", "payments", "hạt giống", new java.math.BigDecimal("300000.5"), "USD", "Thanh toán", "Hải Phòng"));
    Files.write(dir.resolve("event.xlsx"), book(
        sheet("Nhà đầu tư", List.of("a", "b", "c", "d", "e", "f"), investors.subList(0, 3)),
        sheet("Khởi nghiệp", startups.get(0).stream().map(String::valueOf).toList(), startups.subList(1, 2))));
    LoadResult r = EventLoader.load(dir);
    // the writer's own header row ("a", "b", ...) is row 1, the title row 2, the real header row 3
    assertThat(r.isValid()).as(messages(r).toString()).isTrue();
    var e = r.event().orElseThrow();
    assertThat(e.investors()).singleElement().satisfies(i -> {
      assertThat(i.name()).isEqualTo("Quỹ Sao Mai");
      assertThat(i.sectors()).containsExactly("fintech");
      assertThat(i.ticketMin()).isEqualByComparingTo("100000");
    });
    assertThat(e.startups()).singleElement().satisfies(s -> {
      assertThat(s.stage().code()).isEqualTo("seed");
      assertThat(s.raiseAmount()).isEqualByComparingTo("300000.5");
    });
    assertThat(messages(r)).anyMatch(m -> m.startsWith("warning: event.xlsx sheet \"Nhà đầu tư\", row 2: above the header (row 3) and ignored"));
    assertThat(r.sources()).extracting(InputSource::description).contains(
        "event.xlsx: sheet \"Nhà đầu tư\", header in row 3, 1 rows",
        "event.xlsx: sheet \"Khởi nghiệp\", header in row 1, 1 rows");
  }

  @Test
  void aBadCellIsLocatedByFileSheetRowAndColumn() throws IOException {
    Path dir = event("event.json", TestEvents.EVENT_JSON, "startups.json", TestEvents.STARTUPS_JSON);
    Files.write(dir.resolve("investors.xlsx"), book(sheet("Sheet1",
        List.of("id", "name", "sectors", "ticketMin"),
        List.of(List.of("I1", "A", "fintech", "lots"), List.of("I2", "B", "fintek", 5)))));
    LoadResult r = EventLoader.load(dir);
    assertThat(r.isValid()).isFalse();
    assertThat(messages(r)).contains(
        "error: investors.xlsx sheet \"Sheet1\", row 2, ticketMin (column D): found \"lots\", expected a positive amount below 10^15");
    assertThat(messages(r)).anyMatch(m -> m.startsWith(
        "error: investors.xlsx sheet \"Sheet1\", row 3, sectors (column C): unknown sector \"fintek\""));
  }

  @Test
  void twoSourcesOfOneTableAreAnError() throws IOException {
    Path dir = event("event.json", TestEvents.EVENT_JSON, "investors.json", TestEvents.INVESTORS_JSON,
        "startups.json", TestEvents.STARTUPS_JSON);
    Files.write(dir.resolve("investors.xlsx"), book(sheet("investors", List.of("id", "name"), List.of(List.of("I9", "X")))));
    LoadResult r = EventLoader.load(dir);
    assertThat(messages(r)).contains("error: investors.json: found both investors.json and investors.xlsx, "
        + "expected one of them (remove the other, so that nothing is read twice)");
  }

  @Test
  void filesThatAreNotWorkbooksGetOneCleanError() throws IOException {
    byte[] ole2 = new byte[512];
    ole2[0] = (byte) 0xD0; ole2[1] = (byte) 0xCF; ole2[2] = 0x11; ole2[3] = (byte) 0xE0;
    byte[] good = book(sheet("investors", List.of("id", "name"), List.of(List.of("I1", "A"))));
    byte[][] cases = {
      ole2,                                                    // encrypted (or .xls)
      "id,name\nI1,A\n".getBytes(),                            // a CSV renamed
      Arrays.copyOf(good, good.length / 2),                    // truncated
      new byte[0],                                             // empty
    };
    List<String> expected = List.of("is password-protected (encrypted)", "is not an .xlsx workbook",
        "cannot be read as an .xlsx workbook", "is not an .xlsx workbook");
    for (int k = 0; k < cases.length; k++) {
      Path dir = TestEvents.write(tmp.resolve("c" + k), "event.json", TestEvents.EVENT_JSON,
          "startups.json", TestEvents.STARTUPS_JSON);
      Files.write(dir.resolve("investors.xlsx"), cases[k]);
      LoadResult r = EventLoader.load(dir);
      String want = expected.get(k);
      assertThat(r.errors()).as("case " + k).singleElement().satisfies(p -> {
        assertThat(p.file()).isEqualTo("investors.xlsx");
        assertThat(p.message()).contains(want);
      });
    }
  }

  @Test
  void onlyRegularFilesAreRead() throws IOException {
    Path dir = event("event.json", TestEvents.EVENT_JSON, "startups.json", TestEvents.STARTUPS_JSON);
    Files.createDirectories(dir.resolve("investors.xlsx"));
    LoadResult r = EventLoader.load(dir);
    assertThat(messages(r)).contains("error: investors.xlsx: is not a regular file (a directory, device or pipe), expected a file");
  }

  @Test
  void theFirstSheetUnlessOneIsNamedForTheTable() throws IOException {
    Path dir = event("event.json", TestEvents.EVENT_JSON, "startups.json", TestEvents.STARTUPS_JSON);
    Files.write(dir.resolve("investors.xlsx"), book(
        sheet("Hướng dẫn", List.of("note"), List.of(List.of("fill in the next sheet"))),
        sheet("Investors", List.of("id", "name", "sectors", "stages", "ticketMin", "ticketMax", "ticketCurrency", "thesis", "locations"),
            List.of(List.of("I1", "A", "fintech", "seed", 1, 2, "USD", "x", "Hà Nội")))));
    LoadResult r = EventLoader.load(dir);
    assertThat(r.isValid()).as(messages(r).toString()).isTrue();
    assertThat(messages(r)).contains("warning: investors.xlsx sheet \"Hướng dẫn\": sheet ignored; "
        + "investors.xlsx is read from its sheet named investors, \"Investors\"");
    assertThat(r.unscoredColumns()).isEmpty();
  }
}
