package io.matcher.score;

import io.matcher.io.PairCsv;
import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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
    List<PairCsv.Row> rows;
    try {
      rows = PairCsv.read(reader, "score", Set.of());
    } catch (PairCsv.ShapeException e) {
      throw new ScoringInputException(sourceName, e.location(), e.getMessage());
    }
    for (PairCsv.Row r : rows) {
      int row = r.row();
      String inv = r.investorId();
      String st = r.startupId();
      String raw = r.value();
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
