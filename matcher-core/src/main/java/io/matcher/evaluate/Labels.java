package io.matcher.evaluate;

import io.matcher.io.PairCsv;
import io.matcher.model.Event;
import io.matcher.model.Investor;
import io.matcher.model.Startup;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Labelled outcomes: CSV {@code investorId,startupId,label} with an integer grade &ge; 0
 * (0 no interest, 1 meeting held, 2 follow-up, 3 invested; for an investment history 1 =
 * invested). A pair that is not in the file counts as grade 0. Parsed from a {@link Reader}:
 * opening the file is the caller's business. Immutable.
 *
 * <p>The header row {@code investorId,startupId,label} is optional ({@code grade} is accepted for
 * {@code label}); blank lines are skipped; a byte-order mark and quoted fields are accepted. Row
 * numbers count every physical line, the header included, as a text editor shows them.
 */
public final class Labels {
  /** One labelled pair with the row it came from. */
  public record Label(String investorId, String startupId, int grade, int row) {}

  private final String source;
  private final Map<String, Map<String, Label>> byInvestor; // sorted: deterministic

  private Labels(String source, Map<String, Map<String, Label>> byInvestor) {
    this.source = source;
    this.byInvestor = byInvestor;
  }

  /**
   * Reads the CSV.
   *
   * @throws LabelsInputException naming the row and field: wrong field count, an empty id, a
   *     grade that is not an integer or is negative, a pair given twice
   * @throws IOException when the reader fails
   */
  public static Labels parse(Reader reader, String sourceName) throws IOException {
    Map<String, Map<String, Label>> out = new TreeMap<>();
    List<PairCsv.Row> rows;
    try {
      rows = PairCsv.read(reader, "label", Set.of("grade"));
    } catch (PairCsv.ShapeException e) {
      throw new LabelsInputException(sourceName, e.location(), e.getMessage());
    }
    for (PairCsv.Row r : rows) {
      int row = r.row();
      String inv = r.investorId();
      String st = r.startupId();
      String raw = r.value();
      int grade;
      try {
        grade = Integer.parseInt(raw);
      } catch (NumberFormatException e) {
        throw new LabelsInputException(sourceName, "row " + row + ", field label",
            "\"" + raw + "\" is not an integer grade (expected 0 no interest, 1 meeting held, "
                + "2 follow-up, 3 invested)");
      }
      if (grade < 0) {
        throw new LabelsInputException(sourceName, "row " + row + ", field label",
            "grade " + grade + " is negative; expected an integer >= 0");
      }
      Label prev = out.computeIfAbsent(inv, k -> new TreeMap<>())
          .putIfAbsent(st, new Label(inv, st, grade, row));
      if (prev != null) {
        throw new LabelsInputException(sourceName, "row " + row,
            "pair " + inv + "," + st + " already labelled in row " + prev.row());
      }
    }
    Map<String, Map<String, Label>> frozen = new TreeMap<>();
    out.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
    return new Labels(sourceName, Collections.unmodifiableMap(frozen));
  }

  /** Labels built in code (tests, tools); rows are numbered from 1 in the given order. */
  public static Labels of(String sourceName, List<Label> labels) {
    Map<String, Map<String, Label>> out = new TreeMap<>();
    for (Label l : labels) {
      if (l.grade() < 0) {
        throw new IllegalArgumentException("negative grade " + l);
      }
      if (out.computeIfAbsent(l.investorId(), k -> new TreeMap<>())
          .putIfAbsent(l.startupId(), l) != null) {
        throw new IllegalArgumentException("pair labelled twice: " + l);
      }
    }
    Map<String, Map<String, Label>> frozen = new TreeMap<>();
    out.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
    return new Labels(sourceName, Collections.unmodifiableMap(frozen));
  }

  /**
   * Checks that every id names a profile of the event.
   *
   * @throws LabelsInputException for the first row (in file order) with an unknown id, with the
   *     number of further such rows
   */
  public void requireKnown(Event event) {
    Set<String> investors = new HashSet<>();
    for (Investor i : event.investors()) {
      investors.add(i.id());
    }
    Set<String> startups = new HashSet<>();
    for (Startup s : event.startups()) {
      startups.add(s.id());
    }
    Map<Integer, String[]> problems = new TreeMap<>();
    forEach(l -> {
      if (!investors.contains(l.investorId())) {
        problems.put(l.row(), new String[] {"investorId",
            "no investor \"" + l.investorId() + "\" in the event"});
      } else if (!startups.contains(l.startupId())) {
        problems.put(l.row(), new String[] {"startupId",
            "no startup \"" + l.startupId() + "\" in the event"});
      }
    });
    if (!problems.isEmpty()) {
      Map.Entry<Integer, String[]> f = problems.entrySet().iterator().next();
      String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more rows)" : "";
      throw new LabelsInputException(source, "row " + f.getKey() + ", field " + f.getValue()[0],
          f.getValue()[1] + more);
    }
  }

  public String source() {
    return source;
  }

  /** Number of labelled pairs (any grade). */
  public int size() {
    return byInvestor.values().stream().mapToInt(Map::size).sum();
  }

  /** The grade of a pair; 0 when it is not labelled. */
  public int grade(String investorId, String startupId) {
    Map<String, Label> m = byInvestor.get(investorId);
    Label l = m == null ? null : m.get(startupId);
    return l == null ? 0 : l.grade();
  }

  /** The positive labels (grade &gt; 0) of an investor, by startup id. */
  public Map<String, Integer> positives(String investorId) {
    Map<String, Integer> out = new TreeMap<>();
    Map<String, Label> m = byInvestor.getOrDefault(investorId, Map.of());
    m.forEach((st, l) -> {
      if (l.grade() > 0) {
        out.put(st, l.grade());
      }
    });
    return Collections.unmodifiableMap(out);
  }

  /** Investors with at least one positive label, sorted by id: the ones an evaluation covers. */
  public List<String> investorsWithPositives() {
    List<String> out = new ArrayList<>();
    byInvestor.forEach((inv, m) -> {
      if (m.values().stream().anyMatch(l -> l.grade() > 0)) {
        out.add(inv);
      }
    });
    return Collections.unmodifiableList(out);
  }

  /** Investors with labels but none positive (skipped by an evaluation). */
  public List<String> investorsWithoutPositives() {
    List<String> out = new ArrayList<>();
    byInvestor.forEach((inv, m) -> {
      if (m.values().stream().noneMatch(l -> l.grade() > 0)) {
        out.add(inv);
      }
    });
    return Collections.unmodifiableList(out);
  }

  /** Visits every label, by investor id then startup id. */
  public void forEach(java.util.function.Consumer<Label> action) {
    byInvestor.values().forEach(m -> m.values().forEach(action));
  }

  @Override
  public String toString() {
    return "Labels[" + source + ", " + size() + " pairs]";
  }
}
