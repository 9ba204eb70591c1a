package io.matcher.io;

import java.util.Locale;

/**
 * How a CSV file was written, found from its text: the cell separator, whether it starts with a
 * byte-order mark, and whether its numbers use a decimal comma.
 *
 * <p>Excel writes CSV with the list separator of the machine's region: {@code ,} where the
 * decimal separator is a point, {@code ;} where it is a comma (Vietnamese, and most of Europe),
 * so a {@code ;}-separated file has {@code 0,786} for 0.786 and {@code 1.500.000} for 1500000.
 * Tab-separated text comes from copying cells out of a spreadsheet. The separator is the one of
 * {@code , ; tab} that occurs most often, outside quotes, in the header line (ties go to the
 * comma, then the semicolon), unless Excel's {@code sep=;} hint line starts the file.
 *
 * @param separator the cell separator
 * @param bom whether the text started with a UTF-8 byte-order mark
 * @param hinted whether a {@code sep=} line named the separator (and is skipped)
 */
record CsvDialect(char separator, boolean bom, boolean hinted) {
  private static final char[] CANDIDATES = {',', ';', '\t'};

  /** The dialect of {@code text} (as read, possibly starting with a byte-order mark). */
  static CsvDialect detect(String text) {
    boolean bom = !text.isEmpty() && text.charAt(0) == '\uFEFF';
    String t = bom ? text.substring(1) : text;
    String first = firstLine(t);
    if (first.length() == 5 && first.toLowerCase(Locale.ROOT).startsWith("sep=")) {
      return new CsvDialect(first.charAt(4), bom, true);
    }
    int[] counts = new int[CANDIDATES.length];
    boolean quoted = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        for (int k = 0; k < CANDIDATES.length; k++) {
          if (c == CANDIDATES[k]) {
            counts[k]++;
          }
        }
      }
    }
    int best = 0;
    for (int k = 1; k < CANDIDATES.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return new CsvDialect(CANDIDATES[best], bom, false);
  }

  /** Numbers in the file use a decimal comma ({@code 0,786}): the files Excel writes with {@code ;}. */
  boolean decimalComma() {
    return separator == ';';
  }

  /** The text to parse: without the byte-order mark and the {@code sep=} line. */
  String body(String text) {
    String t = bom ? text.substring(1) : text;
    if (hinted) {
      int nl = t.indexOf('\n');
      t = nl < 0 ? "" : t.substring(nl + 1);
    }
    return t;
  }

  /** One line for the user: {@code startups.csv: separator ';' (detected), UTF-8 with BOM, decimal comma}. */
  String describe(String file) {
    String sep = separator == '\t' ? "tab" : "'" + separator + "'";
    return file + ": separator " + sep + (hinted ? " (from its sep= line)" : " (detected)")
        + ", UTF-8" + (bom ? " with BOM" : "") + (decimalComma() ? ", decimal comma" : "");
  }

  private static String firstLine(String t) {
    int end = 0;
    while (end < t.length() && t.charAt(end) != '\n' && t.charAt(end) != '\r') {
      end++;
    }
    return t.substring(0, end);
  }
}
