package io.matcher.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of an input file's bytes, one class of damage each, as a fuzzer that knows the
 * formats (JSON and CSV) and one that does not would make them. Deterministic for a seed.
 */
final class InputMutator {
  enum Kind {
    BYTE_EDITS, TRUNCATE, DEEP_NESTING, HUGE_STRING, HUGE_NUMBER, UNICODE, STRUCTURE, DATES, CSV_SHAPE
  }

  /** Values put in place of a number (and sometimes of a text). */
  static final List<String> NUMBERS = List.of("1e400", "-1e400", "1e99999999", "1E+2147483648",
      "1e-2147483648", "1e999999999", "4294967297", "-4294967297", "9223372036854775808", "1e-400",
      "0.000000000000000000000001", "NaN", "Infinity", "-Infinity", "-0", "1e1000", "1e1001", "0e99999999",
      "1" + "0".repeat(99), "1" + "0".repeat(101), "0x1F", "1_000", "1,500,000", "1.500.000", "+5", ".5",
      "5.", "01", "-", "2147483648", "-2147483649", "1e-7", "0", "-1", "100000", "100001");
  private static final List<String> ODD_TEXT = List.of("\u0301", "\u0323\u0302", "\uFEFF", "\u202E",
      "\u2066", "\u200B", "\u200D", "\u0000", "\u0085", "\u2028", "\uD83D\uDE00", "\u001b[31m", "\t", "\r",
      "\n", "e\u0301", "\u1EC5", "\u0110", "\uE000", "\uFFFF", "\u00AD");
  private static final List<String> JSON_ESCAPES = List.of("\\uD800", "\\uDC00", "\\u0000", "\\uFEFF",
      "\\u202e", "\\ud83d\\ude00", "\\q", "\\", "\\u12");
  private static final List<String> DATES = List.of("+10000-10-10", "-0001-10-10", "+999999999-12-31",
      "-999999999-01-01", "2025-02-30", "1999-12-31", "2101-01-01", "2100-12-31", "0000-01-01", "2025-13-01",
      "99999-01-01");
  private static final List<String> TIMES = List.of("24:00", "13:60", "-1:00", "23:59:59.999999999",
      "00:00", "1:30", "13:30:00", "T13:30");
  private static final List<String> TRAILERS = List.of("{}", "\u0000", "x", "]", "}", "[1]", "\n\n{\"a\": 1}",
      "\uFEFF", "null", ",");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");

  private final Random random;

  InputMutator(long seed) {
    this.random = new Random(seed);
  }

  byte[] mutate(Kind kind, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return switch (kind) {
      case BYTE_EDITS -> byteEdits(bytes);
      case TRUNCATE -> Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
      case DEEP_NESTING -> utf8(insertAtValue(text, nesting()));
      case HUGE_STRING -> utf8(replaceText(text, "x\u1EA1".repeat(pick(List.of(500, 50_000, 500_001, 600_000)))));
      case HUGE_NUMBER -> utf8(random.nextInt(4) == 0 ? replaceText(text, pick(NUMBERS))
          : replace(text, NUMBER, pick(NUMBERS)));
      case UNICODE -> unicode(text, bytes);
      case STRUCTURE -> utf8(structure(text));
      case DATES -> utf8(random.nextBoolean() ? replace(text, DATE, pick(DATES)) : replace(text, TIME, pick(TIMES)));
      case CSV_SHAPE -> utf8(csvShape(text));
    };
  }

  private byte[] byteEdits(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] b = bytes.clone();
    int edits = 1 + random.nextInt(8);
    List<Byte> list = new ArrayList<>();
    for (byte x : b) {
      list.add(x);
    }
    for (int e = 0; e < edits && !list.isEmpty(); e++) {
      int at = random.nextInt(list.size());
      switch (random.nextInt(4)) {
        case 0 -> list.set(at, (byte) (list.get(at) ^ (1 << random.nextInt(8))));
        case 1 -> list.set(at, (byte) random.nextInt(256));
        case 2 -> list.add(at, (byte) random.nextInt(256));
        default -> list.remove(at);
      }
    }
    list.forEach(out::write);
    return out.toByteArray();
  }

  private String nesting() {
    int depth = pick(List.of(10, 63, 64, 65, 1000, 100_000));
    String open = random.nextBoolean() ? "[" : "{\"a\":";
    String close = open.equals("[") ? "]" : "}";
    boolean balanced = random.nextInt(3) > 0;
    return open.repeat(depth) + "1" + (balanced ? close.repeat(depth) : "");
  }

  private byte[] unicode(String text, byte[] bytes) {
    switch (random.nextInt(6)) {
      case 0 -> {
        // raw bytes that are not UTF-8: an encoded surrogate, a lone continuation byte, Latin-1
        byte[][] bad = {{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xE9},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        byte[] ins = bad[random.nextInt(bad.length)];
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        byte[] out = new byte[bytes.length + ins.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(ins, 0, out, at, ins.length);
        System.arraycopy(bytes, at, out, at + ins.length, bytes.length - at);
        return out;
      }
      case 1 -> {
        return utf8(pick(List.of("\uFEFF", "\uFEFF\uFEFF", "\u200B")) + text);
      }
      case 2 -> {
        return utf8(Normalizer.normalize(text, random.nextBoolean() ? Normalizer.Form.NFD : Normalizer.Form.NFKC));
      }
      case 3 -> {
        return utf8(insertInText(text, pick(JSON_ESCAPES)));
      }
      default -> {
        return utf8(insertInText(text, pick(ODD_TEXT)));
      }
    }
  }

  private String structure(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    switch (random.nextInt(7)) {
      case 0 -> lines.add(at, lines.get(random.nextInt(lines.size())));
      case 1 -> lines.remove(at);
      case 2 -> {
        int other = random.nextInt(lines.size());
        String l = lines.get(at);
        lines.set(at, lines.get(other));
        lines.set(other, l);
      }
      case 3 -> {
        return text + pick(TRAILERS);
      }
      case 4 -> {
        return text.replace('"', '\'');
      }
      case 5 -> {
        return replaceText(text, pick(List.of("", " ", "I001", "S001", "T01", "fintech", "seed", "USD", "VND",
            "must", "no", "true", "x@y", "Asia/Ho_Chi_Minh", "UTC", "Mars/Olympus")));
      }
      default -> {
        // a value of another type where a text was
        return replaceQuoted(text, pick(List.of("1", "null", "true", "[]", "{}", "[\"a\"]", "{\"a\": 1}")));
      }
    }
    return String.join("\n", lines);
  }

  private String csvShape(String text) {
    return switch (random.nextInt(6)) {
      case 0 -> text.replace(",", ";");
      case 1 -> text.substring(Math.max(0, text.indexOf('\n') + 1)); // no header
      case 2 -> insertAt(text, "\"");
      case 3 -> insertAt(text, ",,,,");
      case 4 -> text.replace("\n", "\r\n");
      default -> {
        int nl = text.indexOf('\n');
        yield nl < 0 ? text : text.substring(0, nl).toUpperCase(java.util.Locale.ROOT).replace("ID", "ID ")
            + text.substring(nl);
      }
    };
  }

  private String insertAtValue(String text, String value) {
    List<Integer> places = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ':' || text.charAt(i) == ',' || text.charAt(i) == '[') {
        places.add(i + 1);
      }
    }
    int at = places.isEmpty() ? 0 : places.get(random.nextInt(places.size()));
    return text.substring(0, at) + value + (random.nextBoolean() ? "," : "") + text.substring(at);
  }

  /** Inserts after a random double quote (so mostly inside a text or an id), else anywhere. */
  private String insertInText(String text, String s) {
    List<Integer> quotes = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"' || text.charAt(i) == ',') {
        quotes.add(i + 1);
      }
    }
    if (quotes.isEmpty()) {
      return insertAt(text, s);
    }
    int at = quotes.get(random.nextInt(quotes.size()));
    return text.substring(0, at) + s + text.substring(at);
  }

  private String insertAt(String text, String s) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length());
    if (at > 0 && Character.isLowSurrogate(text.charAt(at))) {
      at--;
    }
    return text.substring(0, at) + s + text.substring(at);
  }

  /** Replaces the content of a random "quoted" text (or a random CSV cell) with {@code s}. */
  private String replaceText(String text, String s) {
    Matcher m = Pattern.compile("\"[^\"\\\\\\n]*\"").matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start() + 1, m.end() - 1});
    }
    if (spans.isEmpty()) {
      return insertAt(text, s);
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    return text.substring(0, span[0]) + s + text.substring(span[1]);
  }

  private String replaceQuoted(String text, String s) {
    Matcher m = Pattern.compile(": *\"[^\"\\\\\\n]*\"").matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start() + 1, m.end()});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    return text.substring(0, span[0]) + " " + s + text.substring(span[1]);
  }

  private String replace(String text, Pattern p, String s) {
    Matcher m = p.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return insertAt(text, s);
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    return text.substring(0, span[0]) + s + text.substring(span[1]);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static byte[] utf8(String s) {
    // a lone surrogate becomes '?': raw surrogates are made by the byte case above
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
