package io.matcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.matcher.export.ExportOptions;
import io.matcher.io.EventLoader;
import io.matcher.io.ProfileWriter;
import io.matcher.io.XlsxWriter;
import io.matcher.model.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample event as organisers have it, built from the JSON sample by the writers: two .xlsx
 * files, one workbook, a CSV saved by Excel in a Vietnamese locale (BOM, {@code ;}) and a CSV
 * with Vietnamese headers. Each must give the meetings the JSON gives.
 */
class SpreadsheetInputTest {
  @TempDir static Path tmp;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
  /** The headers an organiser writes, as in issue 17. */
  private static final Map<String, String> VIETNAMESE = Map.of("id", "Mã", "name", "Họ và tên",
      "organisation", "Tổ chức", "sectors", "Lĩnh vực", "stages", "Giai đoạn", "stage", "Giai đoạn",
      "email", "Thư điện tử", "phone", "Số điện thoại");
  private static Event sample;
  private static JsonNode jsonMeetings;

  @BeforeAll
  static void planTheJsonSample() throws IOException {
    sample = EventLoader.load(Path.of(CliRunner.sample())).orThrow();
    jsonMeetings = meetings(schedule(Path.of(CliRunner.sample()), "json"));
  }

  @Test
  void xlsxFilesGiveTheMeetingsOfJson() throws IOException {
    Path dir = copyOfSettings("xlsx-files");
    Files.write(dir.resolve("investors.xlsx"), XlsxWriter.write(
        List.of(ProfileWriter.investorsSheet(sample.investors())), ExportOptions.defaults().stampFor(sample)));
    Files.write(dir.resolve("startups.xlsx"), XlsxWriter.write(
        List.of(ProfileWriter.startupsSheet(sample.startups())), ExportOptions.defaults().stampFor(sample)));
    Files.writeString(dir.resolve("preferences.csv"), ProfileWriter.preferencesCsv(sample.preferences()));
    assertThat(meetings(schedule(dir, "out-xlsx-files"))).isEqualTo(jsonMeetings);
  }

  @Test
  void theWorkbookConvertWritesGivesTheMeetingsOfJson() throws IOException {
    Path dir = tmp.resolve("workbook");
    assertThat(CliRunner.run("convert", CliRunner.sample(), "--to", "xlsx", "--out", dir.toString()).exitCode()).isZero();
    assertThat(dir.resolve("event.xlsx")).exists();
    assertThat(dir.resolve("preferences.csv")).doesNotExist(); // a sheet of the workbook
    CliRunner.Result v = CliRunner.run("validate", dir.toString());
    assertThat(v.out()).contains("event.xlsx: sheet \"investors\", header in row 1, 45 rows",
        "event.xlsx: sheet \"preferences\", header in row 1, " + sample.preferences().size() + " rows");
    assertThat(meetings(schedule(dir, "out-workbook"))).isEqualTo(jsonMeetings);
  }

  @Test
  void aSemicolonCsvWithBomAsExcelSavesItInVietnameseGivesTheMeetingsOfJson() throws IOException {
    Path dir = copyOfSettings("semicolon");
    write(dir.resolve("investors.csv"), ProfileWriter.investorsCsv(sample.investors()), ';', true, Map.of());
    write(dir.resolve("startups.csv"), ProfileWriter.startupsCsv(sample.startups()), ';', true, Map.of());
    write(dir.resolve("preferences.csv"), ProfileWriter.preferencesCsv(sample.preferences()), ';', true, Map.of());
    CliRunner.Result r = CliRunner.run("schedule", dir.toString(), "--out", tmp.resolve("out-semicolon").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("startups.csv: separator ';' (detected), UTF-8 with BOM, decimal comma");
    assertThat(meetings(tmp.resolve("out-semicolon"))).isEqualTo(jsonMeetings);
  }

  @Test
  void vietnameseHeadersGiveTheMeetingsOfJson() throws IOException {
    Path dir = copyOfSettings("vietnamese");
    write(dir.resolve("investors.csv"), ProfileWriter.investorsCsv(sample.investors()), ',', false, VIETNAMESE);
    write(dir.resolve("startups.csv"), ProfileWriter.startupsCsv(sample.startups()), ',', false, VIETNAMESE);
    Files.writeString(dir.resolve("preferences.csv"), ProfileWriter.preferencesCsv(sample.preferences()));
    assertThat(Files.readAllLines(dir.resolve("startups.csv")).get(0))
        .contains("Mã", "Họ và tên", "Lĩnh vực", "Giai đoạn", "Thư điện tử", "Số điện thoại");
    CliRunner.Result v = CliRunner.run("validate", dir.toString());
    assertThat(v.out()).doesNotContain("unknown column");
    assertThat(meetings(schedule(dir, "out-vietnamese"))).isEqualTo(jsonMeetings);
  }

  @Test
  void aSectorColumnNoHeaderNamesIsRefusedUnlessAllowed() throws IOException {
    Path dir = copyOfSettings("no-sectors");
    write(dir.resolve("investors.csv"), ProfileWriter.investorsCsv(sample.investors()), ',', false, Map.of());
    write(dir.resolve("startups.csv"), ProfileWriter.startupsCsv(sample.startups()), ',', false,
        Map.of("sectors", "Ngành hàng"));
    CliRunner.Result refused = CliRunner.run("schedule", dir.toString(), "--out", tmp.resolve("refused").toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("error: startups.csv row 1: no column gives sectors",
        "columns not recognised: \"Ngành hàng\"", "--allow-warnings", "nothing was written");
    assertThat(tmp.resolve("refused")).doesNotExist();
    CliRunner.Result allowed = CliRunner.run("schedule", dir.toString(), "--out", tmp.resolve("allowed").toString(),
        "--allow-warnings");
    assertThat(allowed.exitCode()).as(allowed.err()).isZero();
    assertThat(allowed.err()).containsPattern("\\d+ warning\\(s\\) in the input, the first 5 above");
  }

  @Test
  void versionIsTheProjectVersion() {
    CliRunner.Result r = CliRunner.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().strip()).matches("matcher \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?").doesNotContain("development");
  }

  private static Path copyOfSettings(String name) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.copy(Path.of(CliRunner.sample()).resolve("event.json"), dir.resolve("event.json"));
    // the portfolio is a table of its own, not one of the profile tables these variants rewrite
    Files.copy(Path.of(CliRunner.sample()).resolve("portfolio.csv"), dir.resolve("portfolio.csv"));
    return dir;
  }

  /** {@code csv} (comma-separated, as ProfileWriter writes it) again with another separator and headers. */
  private static void write(Path file, String csv, char separator, boolean bom, Map<String, String> headers)
      throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (var it = CSV.readerFor(String[].class).readValues(csv)) {
      it.forEachRemaining(r -> rows.add((String[]) r));
    }
    rows.set(0, Arrays.stream(rows.get(0)).map(h -> headers.getOrDefault(h, h)).toArray(String[]::new));
    String text = CSV.writer(CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\r\n"))
        .writeValueAsString(rows);
    Files.write(file, ((bom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8));
  }

  private static Path schedule(Path dir, String out) {
    Path target = tmp.resolve(out);
    CliRunner.Result r = CliRunner.run("schedule", dir.toString(), "--out", target.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return target;
  }

  private static JsonNode meetings(Path out) throws IOException {
    return JSON.readTree(out.resolve("schedule.json").toFile()).get("meetings");
  }
}
