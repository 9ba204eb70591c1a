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
 * with the columns {@code investorId}, {@code startupId} and {@code score}, found by their header
 * names in any order (other columns are not read, and named: {@link #ignoredColumns()}), or
 * without a header those three in that order. Scores are in [0, 1], or in [0, max] when the
 * caller says so explicitly ({@link #parse(Reader, String, double)}), and then divided by max.
 * Parsed from a {@link Reader}: opening the file is the caller's business. Immutable.
 *
 * <p>The file need not name every pair; {@link #coverage} says how many of an event's allowed
 * pairs it names and which it does not (those keep their computed score), so a caller can
 * report them instead of letting them fall back silently.
 */
public final class ExternalScores {

  private record Entry(double score, int row) {}

  private final String source;
  private final Map<String, Map<String, Entry>> byInvestor; // sorted, deterministic
  private final double max;
  private final List<String> ignoredColumns;

  private ExternalScores(String source, Map<String, Map<String, Entry>> byInvestor, double max,
      List<String> ignoredColumns) {
    this.source = source;
    this.byInvestor = byInvestor;
    this.max = max;
    this.ignoredColumns = List.copyOf(ignoredColumns);
  }

  /** No external scores. */
  public static ExternalScores none() {
    return new ExternalScores("(none)", Map.of(), 1, List.of());
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
    return parse(reader, sourceName, 1);
  }

  /**
   * As {@link #parse(Reader, String)}, with scores on the scale [0, {@code max}] (such as 100),
   * divided by {@code max}.
   *
   * @throws IllegalArgumentException when {@code max} is not a finite number &gt; 0
   */
  public static ExternalScores parse(Reader reader, String sourceName, double max)
      throws IOException {
    if (!(max > 0) || Double.isInfinite(max)) {
      throw new IllegalArgumentException("the scale maximum must be a number > 0, found " + max);
    }
    Map<String, Map<String, Entry>> out = new TreeMap<>();
    List<PairCsv.Row> rows;
    List<String> ignored;
    try {
      PairCsv.Table t = PairCsv.readByHeader(reader, "score", Set.of());
      rows = t.rows();
      ignored = t.ignoredColumns();
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
      if (!(score >= 0 && score <= max)) {
        throw new ScoringInputException(sourceName, "row " + row + ", field score",
            raw + " is outside [0, " + scale(max) + "]" + (max == 1 && score > 1
                ? " (scores on another scale need its maximum given explicitly, such as "
                + "--scores-max 100)" : ""));
      }
      Entry prev = out.computeIfAbsent(inv, k -> new TreeMap<>())
          .putIfAbsent(st, new Entry(score / max, row));
      if (prev != null) {
        throw new ScoringInputException(sourceName, "row " + row,
            "pair " + inv + "," + st + " already given in row " + prev.row());
      }
    }
    Map<String, Map<String, Entry>> frozen = new TreeMap<>();
    out.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
    return new ExternalScores(sourceName, Collections.unmodifiableMap(frozen), max, ignored);
  }

  private static String scale(double max) {
    return max == Math.rint(max) ? Long.toString((long) max) : Double.toString(max);
  }

  /** The scale the file was read on: its scores were divided by this. */
  public double max() {
    return max;
  }

  /** Header columns that are not investorId, startupId or score, and were not read. */
  public List<String> ignoredColumns() {
    return ignoredColumns;
  }

  /**
   * How many of the allowed pairs the file names.
   *
   * @param covered allowed pairs with an external score
   * @param allowed allowed pairs of the event
   * @param uncoveredSample the first uncovered pairs, {@code investorId,startupId}, by investor
   *     id then startup id
   */
  public record Coverage(long covered, long allowed, List<String> uncoveredSample) {
    public long uncovered() {
      return allowed - covered;
    }
  }

  /**
   * The coverage of the allowed pairs of {@code scores}, listing at most {@code limit} uncovered
   * ones. O(allowed pairs) map look-ups.
   */
  public Coverage coverage(PairScores scores, int limit) {
    List<String[]> investors = sortedIds(scores, true);
    List<String[]> startups = sortedIds(scores, false);
    long covered = 0;
    long allowed = 0;
    List<String> sample = new java.util.ArrayList<>();
    for (String[] inv : investors) {
      int i = Integer.parseInt(inv[1]);
      Map<String, Entry> m = byInvestor.get(inv[0]);
      for (String[] st : startups) {
        int s = Integer.parseInt(st[1]);
        if (!scores.allowed(i, s)) {
          continue;
        }
        allowed++;
        if (m != null && m.containsKey(st[0])) {
          covered++;
        } else if (sample.size() < limit) {
          sample.add(inv[0] + "," + st[0]);
        }
      }
    }
    return new Coverage(covered, allowed, List.copyOf(sample));
  }

  private static List<String[]> sortedIds(PairScores scores, boolean investors) {
    int n = investors ? scores.investorCount() : scores.startupCount();
    List<String[]> out = new java.util.ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(new String[] {investors ? scores.investorId(k) : scores.startupId(k),
          Integer.toString(k)});
    }
    out.sort(java.util.Comparator.comparing(a -> a[0]));
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
