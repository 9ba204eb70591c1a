package io.matcher.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Caps a flood of problems of one kind: a spreadsheet whose every row lacks the same column, or a
 * schedule of another event whose every meeting names unknown people, gives the first {@value
 * #PER_KIND} problems of the kind and one line "... and 312 more like this", not thousands of
 * lines. Two problems are of one kind when they share severity, file, field and message once the
 * quoted values and numbers are taken out of it. Order is kept; linear time.
 */
public final class ProblemFloods {
  /** Problems shown of each kind. */
  public static final int PER_KIND = 20;

  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private ProblemFloods() {}

  /** {@code problems} with each kind past {@value #PER_KIND} cut and counted. */
  public static List<Problem> cap(List<Problem> problems) {
    Map<String, Integer> total = new HashMap<>();
    List<String> keys = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      String k = kind(p);
      keys.add(k);
      total.merge(k, 1, Integer::sum);
    }
    Map<String, Integer> seen = new HashMap<>();
    List<Problem> out = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      Problem p = problems.get(i);
      String k = keys.get(i);
      int n = seen.merge(k, 1, Integer::sum);
      if (n <= PER_KIND) {
        out.add(p);
      }
      int more = total.get(k) - PER_KIND;
      if (n == PER_KIND && more > 0) {
        out.add(new Problem(p.severity(), p.file(), null, p.field(), "... and " + more
            + " more like this (" + (p.isError() ? "errors" : "warnings") + " of the same kind as the "
            + PER_KIND + " above, not listed)"));
      }
    }
    return List.copyOf(out);
  }

  private static String kind(Problem p) {
    String m = NUMBER.matcher(QUOTED.matcher(p.message()).replaceAll("\"\"")).replaceAll("#");
    return p.severity() + "\u0000" + p.file() + "\u0000" + p.field() + "\u0000" + m;
  }
}
