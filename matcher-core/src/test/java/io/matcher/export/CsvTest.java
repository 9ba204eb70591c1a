package io.matcher.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CsvTest {
  /** A strict RFC 4180 reader for the tests: BOM required, CRLF rows, quoted cells. */
  static List<List<String>> parse(byte[] bytes) {
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String s = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        throw new AssertionError("unexpected character outside quotes at " + i + ": " + (int) c);
      }
    }
    assertThat(quoted).isFalse();
    assertThat(cell.length() == 0 && row.isEmpty()).as("file ends with CRLF").isTrue();
    return rows;
  }

  @Test
  void formulaCellsAreDefused() {
    assertThat(Csv.cell("=1+1")).isEqualTo("\"'=1+1\"");
    assertThat(Csv.cell("+84 912")).isEqualTo("\"'+84 912\"");
    assertThat(Csv.cell("-5")).isEqualTo("\"'-5\"");
    assertThat(Csv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(Csv.cell("\t=cmd")).isEqualTo("\"'=cmd\"");
    assertThat(Csv.cell("\r=cmd")).isEqualTo("\"'=cmd\"");
    assertThat(Csv.cell("  =cmd")).isEqualTo("\"'=cmd\"");
    assertThat(Csv.cell("＝cmd")).isEqualTo("\"'＝cmd\"");
    assertThat(Csv.cell("Quỹ = tốt")).isEqualTo("\"Quỹ = tốt\"");
  }

  @Test
  void quotingAndOneLine() {
    assertThat(Csv.cell("a \"b\", c")).isEqualTo("\"a \"\"b\"\", c\"");
    assertThat(Csv.cell("line1\r\nline2\nline3")).isEqualTo("\"line1 line2 line3\"");
    assertThat(Csv.cell(null)).isEqualTo("\"\"");
  }

  @Test
  void documentHasBomHeaderAndCrlf() {
    byte[] doc = Csv.document(List.of("a", "b"), List.of(List.of("Hải Phòng", "=x")));
    assertThat(parse(doc)).containsExactly(List.of("a", "b"), List.of("Hải Phòng", "'=x"));
  }

  @Property(tries = 300)
  void anyTextRoundTripsAsOneSafeCell(@ForAll String text) {
    byte[] doc = Csv.document(List.of("h"), List.of(List.of(text)));
    List<List<String>> rows = parse(doc);
    assertThat(rows).hasSize(2);
    String cell = rows.get(1).get(0);
    assertThat(cell).doesNotContain("\n", "\r");
    if (!cell.isEmpty()) {
      assertThat("=+-@\t".indexOf(cell.charAt(0))).isLessThan(0);
    }
  }
}
