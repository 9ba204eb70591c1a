package io.matcher.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pair scores an organiser holds from elsewhere (an earlier event, a screening committee): CSV
 * {@code investorId,startupId,score} with the score in [0, 1]. Parsed from a {@link Reader}:
 * opening the file is the caller's business. Immutable.
 */
public final class ExternalScores {
  private static final List<String> HEADER = List.of("investorid", "startupid", "score");

  private record Entry(double score, int row) {}

  private final String source;
  private final Map<String, Map<String, Entry>> byInvestor; // sorted, deterministic

  private ExternalScores(String source, Map<String, Map<String, Entry>> byInvestor) {
    this.source = source;
    this.byInvestor = byInvestor;
  }

  /** No external scores. */
  public static ExternalScores none() {
    return new ExternalScores("(none)", Map.of());
  }

  /**
   * Reads the CSV. A header row {@code investorId,startupId,score} is optional; blank lines are
   * skipped; fields may be quoted.
   *
   * @throws ScoringInputException naming the row and field: wrong field count, empty id, a score
   *     that is not a number or lies outside [0, 1], a pair given twice
   * @throws IOException when the reader fails
   */
  public static ExternalScores parse(Reader reader, String sourceName) throws IOException {
    Map<String, Map<String, Entry>> out = new TreeMap<>();
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    String line;
    int row = 0;
    boolean first = true;
    while ((line = in.readLine()) != null) {
      row++;
      if (row == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      List<String> f = split(line, sourceName, row);
      if (first) {
        first = false;
        List<String> lower = f.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        if (lower.equals(HEADER)) {
          continue;
        }
      }
      if (f.size() != 3) {
        throw new ScoringInputException(sourceName, "row " + row,
            "expected 3 fields investorId,startupId,score, found " + f.size());
      }
      String inv = f.get(0).trim();
      String st = f.get(1).trim();
      String raw = f.get(2).trim();
      if (inv.isEmpty()) {
        throw new ScoringInputException(sourceName, "row " + row + ", field investorId", "empty");
      }
      if (st.isEmpty()) {
        throw new ScoringInputException(sourceName, "row " + row + ", field startupId", "empty");
      }
      double score;
      try {
        score = Double.parseDouble(raw);
      } catch (NumberFormatException e) {
        throw new ScoringInputException(sourceName, "row " + row + ", field score",
            "\"" + raw + "\" is not a number");
      }
      if (!(score >= 0 && score <= 1)) {
        throw new ScoringInputException(sourceName, "row " + row + ", field score",
            raw + " is outside [0, 1]");
      }
      Entry prev = out.computeIfAbsent(inv, k -> new TreeMap<>()).putIfAbsent(st, new Entry(score, row));
      if (prev != null) {
        throw new ScoringInputException(sourceName, "row " + row,
            "pair " + inv + "," + st + " already given in row " + prev.row());
      }
    }
    Map<String, Map<String, Entry>> frozen = new TreeMap<>();
    out.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
    return new ExternalScores(sourceName, Collections.unmodifiableMap(frozen));
  }

  /** RFC 4180 fields of one line (no embedded line breaks). */
  private static List<String> split(String line, String source, int row) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"' && cur.toString().isBlank()) {
        quoted = true;
        cur.setLength(0);
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (quoted) {
      throw new ScoringInputException(source, "row " + row, "unterminated quoted field");
    }
    out.add(cur.toString());
    return out;
  }

  public String source() {
    return source;
  }

  public int size() {
    return byInvestor.values().stream().mapToInt(Map::size).sum();
  }

  public boolean isEmpty() {
    return byInvestor.isEmpty();
  }

  /** The external score of a pair, if given. */
  public OptionalDouble get(String investorId, String startupId) {
    Map<String, Entry> m = byInvestor.get(investorId);
    Entry e = m == null ? null : m.get(startupId);
    return e == null ? OptionalDouble.empty() : OptionalDouble.of(e.score());
  }

  /**
   * Checks that every id names a profile of the event.
   *
   * @throws ScoringInputException for the first row (in file order) with an unknown id
   */
  void requireKnown(Set<String> investorIds, Set<String> startupIds) {
    Map<Integer, String> problems = new TreeMap<>();
    byInvestor.forEach((inv, m) -> m.forEach((st, e) -> {
      if (!investorIds.contains(inv)) {
        problems.put(e.row(), "field investorId: no investor \"" + inv + "\" in the event");
      } else if (!startupIds.contains(st)) {
        problems.put(e.row(), "field startupId: no startup \"" + st + "\" in the event");
      }
    }));
    if (!problems.isEmpty()) {
      Map.Entry<Integer, String> f = problems.entrySet().iterator().next();
      String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more rows)" : "";
      throw new ScoringInputException(source, "row " + f.getKey() + ", " + f.getValue().split(":")[0],
          f.getValue().substring(f.getValue().indexOf(':') + 2) + more);
    }
  }

  /** Visits all entries, by investor id then startup id. */
  void forEach(TriConsumer action) {
    byInvestor.forEach((inv, m) -> m.forEach((st, e) -> action.accept(inv, st, e.score())));
  }

  @FunctionalInterface
  interface TriConsumer {
    void accept(String investorId, String startupId, double score);
  }

  @Override
  public String toString() {
    return "ExternalScores[" + source + ", " + size() + " pairs]";
  }

  static Map<String, Integer> positions(List<String> ids) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      m.put(ids.get(i), i);
    }
    return m;
  }
}
