package io.matcher.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an {@code .xlsx} workbook of typed cells with fastexcel (a small streaming writer of
 * the Office Open XML format): numbers are numbers, date-times are Excel date-times shown in the
 * column's format, text is text, so that no spreadsheet locale re-reads a score {@code 0.786}
 * as 786. Every sheet has a bold, frozen header row with filters.
 *
 * <p>Deterministic: the same sheets and {@code created} give the same bytes. fastexcel stamps
 * the document properties with the current time, so the package is written once more with that
 * stamp replaced and fixed entry times; this costs an inflate and a second deflate of the
 * package (linear in its size, a few milliseconds for the sample event). Pure: returns bytes, the caller writes them.
 */
public final class XlsxWriter {
  /** The number format of Excel date-times in our sheets. */
  public static final String DATE_TIME = "yyyy-mm-dd hh:mm";
  private static final Pattern CREATED =
      Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int DATA_DESCRIPTOR = 0x08074b50;

  /**
   * A column: its header, its width in characters, and the number format of its cells ({@code
   * 0.000}, {@link #DATE_TIME}; null for the general format).
   */
  public record Column(String header, double width, String format) {}

  /**
   * A sheet: its name (at most 31 characters, none of {@code : \ / ? * [ ]}), its columns, and its
   * rows; each value a {@link String}, a {@link Number}, a {@link LocalDateTime}, a {@link Boolean}
   * or null (an empty cell).
   */
  public record Sheet(String name, List<Column> columns, List<List<Object>> rows) {
    public Sheet {
      if (name.isEmpty() || name.length() > 31 || name.matches(".*[:\\\\/?*\\[\\]].*")) {
        throw new IllegalArgumentException("not a sheet name: " + name);
      }
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  private XlsxWriter() {}

  /** The workbook of {@code sheets}, in order; {@code created} is its creation time. */
  public static byte[] write(List<Sheet> sheets, Instant created) {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(raw, "matcher", null);
      for (Sheet s : sheets) {
        Worksheet ws = wb.newWorksheet(s.name());
        List<Column> cols = s.columns();
        for (int c = 0; c < cols.size(); c++) {
          ws.value(0, c, cols.get(c).header());
          ws.width(c, cols.get(c).width());
        }
        ws.range(0, 0, 0, cols.size() - 1).style().bold().set();
        for (int r = 0; r < s.rows().size(); r++) {
          List<Object> row = s.rows().get(r);
          for (int c = 0; c < row.size(); c++) {
            Object v = row.get(c);
            if (v instanceof String t) {
              ws.value(r + 1, c, t);
            } else if (v instanceof Number n) {
              ws.value(r + 1, c, n);
            } else if (v instanceof LocalDateTime t) {
              ws.value(r + 1, c, t);
            } else if (v instanceof Boolean b) {
              ws.value(r + 1, c, b);
            } else if (v != null) {
              throw new IllegalArgumentException("cell of type " + v.getClass().getSimpleName());
            }
          }
        }
        for (int c = 0; c < cols.size(); c++) {
          if (cols.get(c).format() != null && !s.rows().isEmpty()) {
            ws.range(1, c, s.rows().size(), c).style().format(cols.get(c).format()).set();
          }
        }
        ws.freezePane(0, 1);
        ws.setAutoFilter(0, 0, cols.size() - 1);
      }
      wb.finish();
      return reproducible(raw.toByteArray(), created);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: not expected
    }
  }

  /** The same package with {@code created} as its creation time and fixed entry times. */
  private static byte[] reproducible(byte[] xlsx, Instant created) throws IOException {
    String stamp = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(created.atOffset(ZoneOffset.UTC)
        .toLocalDateTime()) + "Z";
    ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 256);
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(4); // fastexcel's choice: nearly the size of level 6 in far less time
      for (Map.Entry<String, byte[]> e : entries(xlsx).entrySet()) {
        byte[] bytes = e.getValue();
        if (e.getKey().equals("docProps/core.xml")) {
          Matcher m = CREATED.matcher(new String(bytes, StandardCharsets.UTF_8));
          bytes = m.replaceFirst("$1" + stamp + "$2").getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry copy = new ZipEntry(e.getKey());
        copy.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(copy);
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /**
   * The entries of a package as fastexcel streams it (opczip): each a local header, deflated
   * data and a Zip64 data descriptor, which the JDK's {@code ZipInputStream} misreads (it expects
   * 4-byte sizes). Read here in one pass, so that writing a schedule loads no zip library; the
   * tests read every workbook back with fastexcel-reader.
   */
  private static Map<String, byte[]> entries(byte[] zip) {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    Map<String, byte[]> out = new LinkedHashMap<>();
    byte[] buf = new byte[1 << 16];
    int p = 0;
    while (p + 30 <= zip.length && b.getInt(p) == LOCAL_HEADER) {
      int flags = b.getShort(p + 6) & 0xffff;
      int method = b.getShort(p + 8) & 0xffff;
      int nameLength = b.getShort(p + 26) & 0xffff;
      int extraLength = b.getShort(p + 28) & 0xffff;
      String name = new String(zip, p + 30, nameLength, StandardCharsets.UTF_8);
      if (method != java.util.zip.ZipEntry.DEFLATED || (flags & 8) == 0) {
        throw new IllegalStateException("fastexcel wrote " + name + " in an unexpected zip layout");
      }
      int data = p + 30 + nameLength + extraLength;
      Inflater inflater = new Inflater(true);
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      try {
        inflater.setInput(zip, data, zip.length - data);
        while (!inflater.finished()) {
          int n = inflater.inflate(buf);
          if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            throw new IllegalStateException("fastexcel wrote a truncated " + name);
          }
          content.write(buf, 0, n);
        }
        p = data + (int) inflater.getBytesRead();
      } catch (DataFormatException e) {
        throw new IllegalStateException("fastexcel wrote a damaged " + name, e);
      } finally {
        inflater.end();
      }
      if (b.getInt(p) != DATA_DESCRIPTOR) {
        throw new IllegalStateException("fastexcel wrote " + name + " without a data descriptor");
      }
      p += 24; // signature, CRC, 8-byte compressed and uncompressed sizes
      out.put(name, content.toByteArray());
    }
    return out;
  }
}
