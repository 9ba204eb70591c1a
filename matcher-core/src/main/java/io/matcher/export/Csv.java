package io.matcher.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the
 * local code page and Vietnamese turns to mojibake), CRLF line ends (RFC 4180), every cell
 * quoted, and cells that a spreadsheet would run as a formula defused with a leading quote.
 */
final class Csv {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Csv() {}

  /**
   * One cell: cleaned to one line, formula-guarded, quoted. Guarded are cells starting with
   * {@code = + - @}, a tab or a CR (OWASP's list), also after leading spaces and in their
   * full-width forms, which some spreadsheets normalise.
   */
  static String cell(String text) {
    String t = Text.oneLine(text);
    if (isFormulaLike(text == null ? "" : text) || isFormulaLike(t)) {
      t = "'" + t;
    }
    return '"' + t.replace("\"", "\"\"") + '"';
  }

  static boolean isFormulaLike(String raw) {
    if (raw.isEmpty()) {
      return false;
    }
    char first = raw.charAt(0);
    if (first == '\t' || first == '\r') {
      return true;
    }
    String s = raw.stripLeading();
    if (s.isEmpty()) {
      return false;
    }
    return "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(s.charAt(0)) >= 0;
  }

  /** The whole file: BOM, header, rows. */
  static byte[] document(List<String> header, List<List<String>> rows) {
    StringBuilder b = new StringBuilder();
    appendRow(b, header);
    for (List<String> r : rows) {
      appendRow(b, r);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void appendRow(StringBuilder b, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(cell(cells.get(i)));
    }
    b.append("\r\n");
  }
}
